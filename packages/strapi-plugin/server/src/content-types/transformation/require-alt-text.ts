import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { TRANSFORMATION_UID } from '../../uids';
import { checkSavedRows } from '../check-saved-rows';
import { altTextOf, type MediaFileAlt } from './alt-text';

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
  checkSavedRows(strapi, TRANSFORMATION_UID, async (ids) => {
    const rows = (await strapi.db.query(TRANSFORMATION_UID as UID.CollectionType).findMany({
      where: { id: { $in: ids } },
      select: ['id', 'locale', 'beforeAlt', 'afterAlt'],
      populate: { before: { select: ['name', 'alternativeText'] }, after: { select: ['name', 'alternativeText'] } },
    })) as WrittenRow[];
    rows.forEach(assertImagesDescribed);
  });
}
