import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BOOKING_SETTINGS_UID } from '../../uids';
import { checkSavedRows } from '../check-saved-rows';
import { fieldName } from '../content-manager-layouts';
import { bookingSettingsProblems, type BookingSettingsRow } from './settings-dto';

/**
 * Booking settings that the widget could not use (say, embed mode without an https
 * address) are refused when an editor saves them, with the field named, rather than
 * breaking the booking button on the clinic's site. Checked after the write, inside
 * the same transaction, so partial updates are judged as the whole saved row.
 */
export function validateBookingSettingsOnSave(strapi: Core.Strapi): void {
  checkSavedRows(strapi, BOOKING_SETTINGS_UID, async (ids) => {
    const rows = (await strapi.db.query(BOOKING_SETTINGS_UID as UID.SingleType).findMany({ where: { id: { $in: ids } } })) as BookingSettingsRow[];
    const problems = rows.flatMap((row) => bookingSettingsProblems(row).map((problem) => ({ ...problem, locale: row.locale })));
    if (problems.length) {
      const sentences = problems.map(({ path, message, locale }) => `${fieldName(BOOKING_SETTINGS_UID, path, locale)}: ${message}`);
      throw new errors.ValidationError(`These booking settings cannot be saved. ${sentences.join(' ')}`, { errors: problems.map(({ path, message }) => ({ path, message })) });
    }
  });
}
