const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const SWEEP_EVERY_MS = 10 * MINUTE_MS;

export interface RateLimit {
  perMinute: number;
  perDay: number;
}

export type Reservation = { allowed: true; release: () => void } | { allowed: false; retryAfterSeconds: number };

interface Attempt {
  key: string;
  at: number;
}

/**
 * Counts booking attempts per client (IP hash) over the last minute and day. An
 * attempt is its Idempotency-Key, so a retry of the same request never counts twice,
 * even while the first is still in flight. Checking and counting happen in one
 * synchronous step, so concurrent requests cannot all slip under the limit.
 * Counts live in this process: several cms instances each count on their own.
 */
export function createRateLimiter(now: () => number = Date.now) {
  const attempts = new Map<string, Attempt[]>();
  let lastSweep = now();

  const recent = (client: string, time: number) => (attempts.get(client) ?? []).filter((attempt) => attempt.at > time - DAY_MS);

  function sweep(time: number): void {
    if (time - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = time;
    for (const client of attempts.keys()) {
      const kept = recent(client, time);
      if (kept.length) attempts.set(client, kept);
      else attempts.delete(client);
    }
  }

  return {
    /** Counts one attempt, or says how long to wait. Call `release` if the attempt stored nothing. */
    reserve(client: string, key: string, limit: RateLimit): Reservation {
      const time = now();
      sweep(time);
      const log = recent(client, time);
      attempts.set(client, log);
      const release = () => {
        const current = attempts.get(client);
        const index = current?.findIndex((attempt) => attempt.key === key) ?? -1;
        if (current && index >= 0) current.splice(index, 1);
      };
      if (log.some((attempt) => attempt.key === key)) return { allowed: true, release: () => {} };

      const lastMinute = log.filter((attempt) => attempt.at > time - MINUTE_MS);
      const waits: number[] = [];
      if (lastMinute.length >= limit.perMinute) waits.push(lastMinute[lastMinute.length - limit.perMinute]!.at + MINUTE_MS - time);
      if (log.length >= limit.perDay) waits.push(log[log.length - limit.perDay]!.at + DAY_MS - time);
      if (waits.length) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) };

      log.push({ key, at: time });
      return { allowed: true, release };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
