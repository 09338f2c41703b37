import type { ContentMigration } from './content-migration';

/** Version 2 adds the booking mode `slots` (patients pick a free time). Nothing stored changes. */
export const bookingSettingsSlotsMode: ContentMigration = {
  name: 'smp-kit::booking-settings-2-slots-mode',
  contentType: 'plugin::smp-kit.booking-settings',
  schemaVersion: 2,
  async up() {},
};
