import type { Core } from '@strapi/strapi';

// Saving a draft, saving and publishing at once, and publishing all go through these.
const SAVE_ACTIONS = new Set(['create', 'update', 'publish']);

/** Row ids a create/update (one entry or null) or a publish (`{ entries }`) wrote. */
function writtenRowIds(result: unknown): number[] {
  const entries = (result as { entries?: unknown[] } | null)?.entries ?? [result];
  return entries.map((entry) => (entry as { id?: number } | null)?.id).filter((id): id is number => typeof id === 'number');
}

/**
 * Runs `check` on the ids of the rows every save or publish of `uid` wrote, after the write and
 * inside the same transaction: partial updates are judged as the whole saved row, and a check
 * that throws leaves nothing behind.
 */
export function checkSavedRows(strapi: Core.Strapi, uid: string, check: (ids: number[]) => Promise<void>): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uid || !SAVE_ACTIONS.has(context.action)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const ids = writtenRowIds(result);
      if (ids.length) await check(ids);
      return result;
    });
  });
}
