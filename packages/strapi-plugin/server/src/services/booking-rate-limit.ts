import type { Core, UID } from '@strapi/strapi';
import { BOOKING_ATTEMPT_UID } from '../uids';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const SWEEP_EVERY_MS = 10 * MINUTE_MS;

export interface RateLimit {
  perMinute: number;
  perDay: number;
}

export type Reservation = { allowed: true; release: () => Promise<void> } | { allowed: false; retryAfterSeconds: number };

/** Thrown inside the counting transaction to roll the attempt back. */
class LimitReached extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Booking rate limit reached.');
  }
}

const noRelease = async () => {};

/**
 * Counts booking attempts per client (IP hash) over the last minute and day, in the
 * database (`smp_kit_booking_attempts`), so every cms instance on it shares one count.
 * An attempt is its Idempotency-Key, unique in the table: a repeat never counts twice,
 * here or on another instance, even while the first is still in flight.
 *
 * The attempt is inserted, then the client's others are counted, in one transaction
 * that no other attempt of the same client can interleave with: SQLite's single writer
 * lock (taken by the insert) or, on PostgreSQL, a transaction-scoped advisory lock per
 * client. On any other database the insert is committed before counting instead, which
 * never lets more through but may refuse a burst that would just have fitted.
 */
export function createRateLimiter(strapi: Core.Strapi, now: () => number = Date.now) {
  const attempts = () => strapi.db.query(BOOKING_ATTEMPT_UID as UID.Schema);
  const databaseClient = String(strapi.db.config.connection.client);
  const serialised = databaseClient === 'sqlite' || databaseClient === 'postgres';
  let lastSweep = 0;

  // Attempts older than a day no longer count: delete them now and then, from any instance.
  function sweepOccasionally(time: number): void {
    if (time - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = time;
    attempts()
      .deleteMany({ where: { attemptedAt: { $lt: new Date(time - DAY_MS) } } })
      .catch((error: unknown) => strapi.log.warn(`[smp-kit] Old booking attempts could not be deleted (${String((error as { code?: unknown })?.code ?? 'unknown')}).`));
  }

  /** Seconds until the client may try again, or null while it is under both limits. */
  async function waitBeforeNext(ipHash: string, key: string, time: number, limit: RateLimit): Promise<number | null> {
    const waits: number[] = [];
    for (const [windowMs, allowed] of [
      [MINUTE_MS, limit.perMinute],
      [DAY_MS, limit.perDay],
    ] as const) {
      const others = { ipHash, idempotencyKey: { $ne: key }, attemptedAt: { $gt: new Date(time - windowMs) } };
      if ((await attempts().count({ where: others })) < allowed) continue;
      // Room opens when the allowed-th newest attempt leaves the window.
      const [opening] = await attempts().findMany({ where: others, select: ['attemptedAt'], orderBy: { attemptedAt: 'desc' }, offset: allowed - 1, limit: 1 });
      waits.push(opening ? new Date(opening.attemptedAt as string).getTime() + windowMs - time : 1000);
    }
    return waits.length ? Math.max(1, Math.ceil(Math.max(...waits) / 1000)) : null;
  }

  async function countAttempt(ipHash: string, key: string, time: number, limit: RateLimit): Promise<void> {
    const insert = () => attempts().create({ data: { idempotencyKey: key, ipHash, attemptedAt: new Date(time) } });
    if (!serialised) {
      await insert();
      const retryAfterSeconds = await waitBeforeNext(ipHash, key, time, limit);
      if (retryAfterSeconds === null) return;
      await attempts().deleteMany({ where: { idempotencyKey: key } });
      throw new LimitReached(retryAfterSeconds);
    }
    await strapi.db.transaction(async ({ trx }) => {
      if (databaseClient === 'postgres') await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`smp-kit:booking-attempts:${ipHash}`]);
      await insert();
      const retryAfterSeconds = await waitBeforeNext(ipHash, key, time, limit);
      if (retryAfterSeconds !== null) throw new LimitReached(retryAfterSeconds);
    });
  }

  return {
    /** Counts one attempt, or says how long to wait. Call `release` if the attempt stored nothing. */
    async reserve(ipHash: string, key: string, limit: RateLimit): Promise<Reservation> {
      const time = now();
      sweepOccasionally(time);
      try {
        await countAttempt(ipHash, key, time, limit);
      } catch (error) {
        if (error instanceof LimitReached) return { allowed: false, retryAfterSeconds: error.retryAfterSeconds };
        // The unique key refused the insert: this request is counted already (a repeat).
        if ((await attempts().count({ where: { idempotencyKey: key } })) > 0) return { allowed: true, release: noRelease };
        throw error;
      }
      return {
        allowed: true,
        release: async () => {
          await attempts().deleteMany({ where: { idempotencyKey: key } });
        },
      };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
