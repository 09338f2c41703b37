import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BOOKING_SETTINGS_UID } from '../../uids';
import { fieldName } from '../content-manager-layouts';
import { bookingSettingsProblems, type BookingSettingsRow } from './settings-dto';

// Saving a draft, saving and publishing at once, and publishing all go through these.
const GUARDED_ACTIONS = new Set(['create', 'update', 'publish']);

/** Row ids a create/update (one entry or null) or a publish (`{ entries }`) wrote. */
function writtenRowIds(result: unknown): number[] {
  const entries = (result as { entries?: unknown[] } | null)?.entries ?? [result];
  return entries.map((entry) => (entry as { id?: number } | null)?.id).filter((id): id is number => typeof id === 'number');
}

/**
 * Booking settings that the widget could not use (say, embed mode without an https
 * address) are refused when an editor saves them, with the field named, rather than
 * breaking the booking button on the clinic's site. Checked after the write, inside
 * the same transaction, so partial updates are judged as the whole saved row.
 */
export function validateBookingSettingsOnSave(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== BOOKING_SETTINGS_UID || !GUARDED_ACTIONS.has(context.action)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const ids = writtenRowIds(result);
      if (!ids.length) return result;
      const rows = (await strapi.db.query(BOOKING_SETTINGS_UID as UID.SingleType).findMany({ where: { id: { $in: ids } } })) as BookingSettingsRow[];
      const problems = rows.flatMap((row) => bookingSettingsProblems(row).map((problem) => ({ ...problem, locale: row.locale })));
      if (problems.length) {
        const sentences = problems.map(({ path, message, locale }) => `${fieldName(BOOKING_SETTINGS_UID, path, locale)}: ${message}`);
        throw new errors.ValidationError(`These booking settings cannot be saved. ${sentences.join(' ')}`, { errors: problems.map(({ path, message }) => ({ path, message })) });
      }
      return result;
    });
  });
}
