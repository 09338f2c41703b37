import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { TRANSFORMATION_UID } from '../../uids';
import { altTextOf, type MediaFileAlt } from './alt-text';

// Saving a draft, saving and publishing at once, and publishing all go through these.
const GUARDED_ACTIONS = new Set(['create', 'update', 'publish']);

const IMAGE_FIELDS = [
  { field: 'before', altField: 'beforeAlt' },
  { field: 'after', altField: 'afterAlt' },
] as const;

interface WrittenRow {
  id: number;
  locale?: string | null;
  before?: MediaFileAlt | null;
  after?: MediaFileAlt | null;
  beforeAlt?: string | null;
  afterAlt?: string | null;
}

/** Row ids a create/update (one entry or null) or a publish (`{ entries }`) wrote. */
function writtenRowIds(result: unknown): number[] {
  const entries = (result as { entries?: unknown[] } | null)?.entries ?? [result];
  return entries.map((entry) => (entry as { id?: number } | null)?.id).filter((id): id is number => typeof id === 'number');
}

function assertImagesDescribed(row: WrittenRow): void {
  const problems = IMAGE_FIELDS.filter(({ field, altField }) => row[field] && !altTextOf(row[altField], row[field])).map(({ field, altField }) => ({
    path: [field],
    message:
      `The ${field} image ("${row[field]?.name ?? 'unnamed file'}") has no alternative text. Describe what it shows for people who cannot see it: ` +
      `edit the image in the Media Library and fill in "Alternative text", or fill in "${altField}"${row.locale ? ` for ${row.locale}` : ''}. Then save again.`,
  }));
  if (problems.length) throw new errors.ValidationError(problems.map((problem) => problem.message).join(' '), { errors: problems });
}

/**
 * Before/after images must be described for people who cannot see them. Strapi
 * cannot require a file's alternative text, so every save is checked after it is
 * written, inside the same transaction: a refused save leaves nothing behind.
 */
export function requireAltText(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== TRANSFORMATION_UID || !GUARDED_ACTIONS.has(context.action)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const ids = writtenRowIds(result);
      if (ids.length) {
        const rows = (await strapi.db.query(TRANSFORMATION_UID as UID.CollectionType).findMany({
          where: { id: { $in: ids } },
          select: ['id', 'locale', 'beforeAlt', 'afterAlt'],
          populate: { before: { select: ['name', 'alternativeText'] }, after: { select: ['name', 'alternativeText'] } },
        })) as WrittenRow[];
        rows.forEach(assertImagesDescribed);
      }
      return result;
    });
  });
}
