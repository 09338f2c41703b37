import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describeIssues, locationAvailabilitySchema, summarizeIssues } from '@smp-kit/schema';
import { BOOKING_LOCATION_UID } from '../../uids';
import { checkSavedRows } from '../check-saved-rows';

/**
 * A location is saved only with settings the availability can use: a real IANA time zone, hours
 * written as lines of days and times, lengths on the 5-minute grid, closures that end after they
 * start. The Content Manager shows each message at its field.
 */
export function guardLocationSettings(strapi: Core.Strapi): void {
  checkSavedRows(strapi, BOOKING_LOCATION_UID, async (ids) => {
    const rows = (await strapi.db.query(BOOKING_LOCATION_UID as UID.Schema).findMany({ where: { id: { $in: ids } } })) as Record<string, unknown>[];
    for (const row of rows) {
      const result = locationAvailabilitySchema.safeParse({ ...row, serviceMinutes: row.serviceMinutes ?? [], closures: row.closures ?? [] });
      if (!result.success) {
        const details = describeIssues(result.error);
        throw new errors.ValidationError(`The booking location cannot be saved. ${summarizeIssues(details)}`, { errors: details });
      }
    }
  });
}
