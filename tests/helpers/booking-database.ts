import { join } from 'node:path';
import knex, { type Knex } from 'knex';

export interface StoredBookingRow {
  idempotencyKey: string;
  reference: string;
}

/**
 * A direct connection to a cms's database (the same env the cms got), to check what
 * was stored without any route in between: booking requests have no public route.
 */
export function openCmsDatabase(env: Record<string, string>, dataDir: string): Knex {
  if (env.DATABASE_CLIENT === 'postgres') {
    return knex({
      client: 'pg',
      connection: { host: env.DATABASE_HOST, port: Number(env.DATABASE_PORT), database: env.DATABASE_NAME, user: env.DATABASE_USERNAME, password: env.DATABASE_PASSWORD },
      pool: { min: 0, max: 2 },
    });
  }
  return knex({ client: 'better-sqlite3', connection: { filename: env.DATABASE_FILENAME ?? join(dataDir, 'data.db') }, useNullAsDefault: true });
}

/** Stored booking requests whose Idempotency-Key starts with `keyPrefix`. */
export async function storedBookings(db: Knex, keyPrefix: string): Promise<StoredBookingRow[]> {
  const rows = await db('smp_kit_booking_requests').where('idempotency_key', 'like', `${keyPrefix}%`).select('idempotency_key', 'reference');
  return rows.map((row: { idempotency_key: string; reference: string }) => ({ idempotencyKey: row.idempotency_key, reference: row.reference }));
}

/** Every stored booking request, whatever its key. */
export async function countStoredBookings(db: Knex): Promise<number> {
  const row = await db('smp_kit_booking_requests').count({ count: '*' }).first();
  return Number(row?.count ?? 0);
}
