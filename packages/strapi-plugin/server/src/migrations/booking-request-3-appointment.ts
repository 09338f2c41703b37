import type { ContentMigration } from './content-migration';

/**
 * Version 3 records the consultation slot a request booked (`slotLocation`, `slotStart`, and `slotCancelledAt` when the patient cancels). Nothing
 * stored moves: requests before it asked for a preferred day and time and keep doing so.
 */
export const bookingRequestAppointment: ContentMigration = {
  name: 'smp-kit::booking-request-3-appointment',
  contentType: 'plugin::smp-kit.booking-request',
  schemaVersion: 3,
  async up() {},
};
