import type { Core, UID } from '@strapi/strapi';
import { BOOKING_REQUEST_UID } from '../uids';

const DAY_MS = 24 * 60 * 60 * 1000;
// Deleting is cheap but not free: at most once an hour, triggered by new requests and by startup.
const PURGE_AT_MOST_EVERY_MS = 60 * 60 * 1000;
/** Name of the daily job in `strapi.cron`. */
export const RETENTION_JOB_NAME = 'smp-kit-booking-retention';
// Every day at 03:17 server time: outside clinic hours, off the round hour other jobs crowd.
const RETENTION_JOB_RULE = '17 3 * * *';

/**
 * Deletes booking requests older than the clinic's retention period (`retentionDays`
 * in the SMP Kit settings), with their photos. Without a retention period no request is
 * deleted; photos never attached to one go after an hour either way.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let lastPurge = 0;

  async function purgeExpired(now = new Date()): Promise<number> {
    lastPurge = now.getTime();
    const { retentionDays } = await strapi.plugin('smp-kit').service('plugin-settings').get();
    await strapi.plugin('smp-kit').service('booking-photos').deleteUnattached(now);
    if (!retentionDays) return 0;
    const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
    const expired = { createdAt: { $lt: cutoff } };
    const references = ((await strapi.db.query(BOOKING_REQUEST_UID as UID.CollectionType).findMany({ where: expired, select: ['reference'] })) as { reference: string }[]).map((row) => row.reference);
    // Photos first: a failure in between leaves a request without photos, never photos without a request.
    await strapi.plugin('smp-kit').service('booking-photos').deleteFor(references);
    await strapi.plugin('smp-kit').service('availability').release(references);
    // The Document Service deletes one document at a time; this is one statement.
    const { count } = await strapi.db.query(BOOKING_REQUEST_UID as UID.CollectionType).deleteMany({ where: expired });
    if (count) strapi.log.info(`[smp-kit] Deleted ${count} booking request(s) older than ${retentionDays} days.`);
    return count;
  }

  /** Never throws: a failed purge is retried by the next one. Logs the error kind only (SQL errors quote values). */
  async function purgeAndLog(): Promise<number> {
    try {
      return await purgeExpired();
    } catch (error) {
      strapi.log.warn(`[smp-kit] Old booking requests could not be deleted (${String((error as { code?: unknown })?.code ?? 'unknown')}).`);
      return 0;
    }
  }

  return {
    purgeExpired,
    purgeOccasionally(): void {
      if (Date.now() - lastPurge < PURGE_AT_MOST_EVERY_MS) return;
      void purgeAndLog();
    },
    /**
     * The daily retention job, in Strapi's cron (runs whether or not the app enables
     * `server.cron`, and stops with Strapi). Each cms instance runs it; deleting twice is harmless.
     */
    scheduleDaily(): void {
      strapi.cron.add({ [RETENTION_JOB_NAME]: { task: purgeAndLog, options: { rule: RETENTION_JOB_RULE } } });
    },
  };
};
