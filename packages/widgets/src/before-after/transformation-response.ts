import type { Transformation } from '@smp-kit/schema';
import { transformationJsonSchema } from '@smp-kit/schema/widget-contracts';
import { conformingEntries, keepConforming } from '../internal/data-client.js';

const listIn = (body: unknown): unknown => (Array.isArray(body) ? body : (body as { data?: unknown } | null)?.data);

/** The results in a `/transformations` answer (or a bare list) that conform; the others are dropped with a warning. */
export const keepTransformations = (body: unknown): Transformation[] => keepConforming(listIn(body), transformationJsonSchema, 'before/after result');

/**
 * Reads a `/transformations` answer for the gallery (or inline data: the same object, or a bare list).
 * Invalid results are dropped with a warning; a body without a list, or whose results all break the contract, throws.
 */
export const readTransformations = (body: unknown): Transformation[] => conformingEntries(listIn(body), transformationJsonSchema, 'before/after result');

/** The published case with `slug`; throws when the CMS has none (the element then shows its fallback). */
export function readTransformation(body: unknown, slug: string): Transformation {
  const found = keepTransformations(body).find((transformation) => transformation.slug === slug);
  if (!found) throw new Error(`The CMS has no published before/after result "${slug}".`);
  return found;
}
