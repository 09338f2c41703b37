import type { Core, UID } from '@strapi/strapi';
import { BOOKING_REQUEST_UID } from '../uids';

const DAY_MS = 24 * 60 * 60 * 1000;
// Deleting is cheap but not free: at most once an hour, triggered by new requests and by startup.
const PURGE_AT_MOST_EVERY_MS = 60 * 60 * 1000;

/**
 * Deletes booking requests older than the clinic's retention period (`retentionDays`
 * in the booking settings). Without a retention period nothing is deleted.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let lastPurge = 0;

  async function purgeExpired(now = new Date()): Promise<number> {
    lastPurge = now.getTime();
    const { retentionDays } = await strapi.plugin('smp-kit').service('booking-settings').findPrivate();
    if (!retentionDays) return 0;
    const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
    // The Document Service deletes one document at a time; this is one statement.
    const { count } = await strapi.db.query(BOOKING_REQUEST_UID as UID.CollectionType).deleteMany({ where: { createdAt: { $lt: cutoff } } });
    if (count) strapi.log.info(`[smp-kit] Deleted ${count} booking request(s) older than ${retentionDays} days.`);
    return count;
  }

  return {
    purgeExpired,
    purgeOccasionally(): void {
      if (Date.now() - lastPurge < PURGE_AT_MOST_EVERY_MS) return;
      purgeExpired().catch((error: unknown) => strapi.log.warn(`[smp-kit] Old booking requests could not be deleted (${String((error as { code?: unknown })?.code ?? 'unknown')}).`));
    },
  };
};
