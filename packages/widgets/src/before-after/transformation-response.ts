import type { Transformation } from '@smp-kit/schema';
import { transformationJsonSchema } from '@smp-kit/schema/widget-contracts';
import { keepConforming } from '../internal/data-client.js';

/**
 * Reads a `/transformations` answer (or inline data: the same object, or a bare list).
 * Invalid entries are dropped with a warning; a body without a list throws.
 */
export function readTransformations(body: unknown): Transformation[] {
  const list = Array.isArray(body) ? body : (body as { data?: unknown } | null)?.data;
  return keepConforming<Transformation>(list, transformationJsonSchema, 'before/after result');
}

/** The published case with `slug`; throws when the CMS has none (the element then shows its fallback). */
export function readTransformation(body: unknown, slug: string): Transformation {
  const found = readTransformations(body).find((transformation) => transformation.slug === slug);
  if (!found) throw new Error(`The CMS has no published before/after result "${slug}".`);
  return found;
}
