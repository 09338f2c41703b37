import type { ContentMigration } from './content-migration';

/**
 * Version 4 keeps a booked consultation's history (`appointmentHistory`: booked, moved, cancelled,
 * with when and by whom). Nothing stored moves: the column is new when this runs, and for a
 * consultation booked before it the history is read off its own columns (see appointments.ts).
 */
export const bookingRequestAppointmentHistory: ContentMigration = {
  name: 'smp-kit::booking-request-4-appointment-history',
  contentType: 'plugin::smp-kit.booking-request',
  schemaVersion: 4,
  async up() {},
};
