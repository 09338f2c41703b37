import type { Core } from '@strapi/strapi';
import { bookingRequestPlainText } from './booking-request-2-plain-text';
import { bookingRequestAppointment } from './booking-request-3-appointment';
import { bookingRequestAppointmentHistory } from './booking-request-4-appointment-history';
import { bookingSettingsSlotsMode } from './booking-settings-2-slots-mode';
import type { ContentMigration } from './content-migration';
import { transformationPatientConsent } from './transformation-2-patient-consent';
import { transformationTreatmentFacts } from './transformation-3-treatment-facts';

/** Every content migration, oldest first: one per schemaVersion step of a content type. */
export const contentMigrations: ContentMigration[] = [bookingRequestPlainText, transformationPatientConsent, transformationTreatmentFacts, bookingRequestAppointment, bookingSettingsSlotsMode, bookingRequestAppointmentHistory];

/** Hands the migrations to Strapi, which runs the pending ones on boot before syncing the tables. */
export function registerContentMigrations(strapi: Core.Strapi): void {
  for (const { name, up } of contentMigrations) {
    // No way down: the data before a migration broke rules the plugin now enforces.
    strapi.db.migrations.providers.internal.register({ name, up, down: async () => {} });
  }
}
