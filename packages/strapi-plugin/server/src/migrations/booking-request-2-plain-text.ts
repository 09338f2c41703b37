import { withoutUnsafeText } from '@smp-kit/schema';
import type { ContentMigration } from './content-migration';

const TABLE = 'smp_kit_booking_requests';
/** The columns the booking form fills with what a patient typed (and the admin's note). */
const TEXT_COLUMNS = ['name', 'email', 'phone', 'service', 'message', 'language', 'page_url', 'consent_text', 'note'];
const BATCH = 500;

const cleanUtm = (utm: unknown): unknown => {
  const parsed = typeof utm === 'string' ? (JSON.parse(utm) as unknown) : utm;
  if (!parsed || typeof parsed !== 'object') return utm;
  const cleaned = Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, typeof value === 'string' ? withoutUnsafeText(value) : value]));
  return typeof utm === 'string' ? JSON.stringify(cleaned) : cleaned;
};

/**
 * Booking requests stored before 0.2 could hold control characters (NUL, escape, bell, a lone
 * CR), direction overrides and lone surrogates, which the form now refuses: they hide in CSV
 * cells and emails, and PostgreSQL refuses NUL. Rewrites those fields as the form would now
 * accept them, row by row, and touches nothing else.
 */
export const bookingRequestPlainText: ContentMigration = {
  name: 'smp-kit::booking-request-2-plain-text',
  contentType: 'plugin::smp-kit.booking-request',
  schemaVersion: 2,
  async up(knex) {
    if (!(await knex.schema.hasTable(TABLE))) return; // a new database: nothing stored yet
    const present = Object.keys(await knex(TABLE).columnInfo());
    const columns = TEXT_COLUMNS.filter((column) => present.includes(column));
    const withUtm = present.includes('utm');
    let lastId = 0;
    for (;;) {
      const rows: Record<string, unknown>[] = await knex(TABLE)
        .select(['id', ...columns, ...(withUtm ? ['utm'] : [])])
        .where('id', '>', lastId)
        .orderBy('id')
        .limit(BATCH);
      if (rows.length === 0) return;
      for (const row of rows) {
        const changes: Record<string, unknown> = {};
        for (const column of columns) {
          const value = row[column];
          if (typeof value !== 'string') continue;
          const cleaned = withoutUnsafeText(value);
          if (cleaned !== value) changes[column] = cleaned;
        }
        if (withUtm && row.utm != null) {
          const utm = cleanUtm(row.utm);
          if (JSON.stringify(utm) !== JSON.stringify(row.utm)) changes.utm = typeof utm === 'string' ? utm : JSON.stringify(utm);
        }
        if (Object.keys(changes).length > 0) await knex(TABLE).where('id', Number(row.id)).update(changes);
      }
      lastId = Number(rows.at(-1)!.id);
    }
  },
};
