import type { Faq, FaqCategory } from '@smp-kit/schema';
import { faqCategoryJsonSchema, faqJsonSchema } from '@smp-kit/schema/widget-contracts';
import { conformingEntries, keepConforming } from '../internal/data-client.js';

export interface FaqContent {
  entries: Faq[];
  categories: FaqCategory[];
}

/**
 * Reads a `/faqs` answer (or inline data: the same object, or a bare list of
 * entries). Invalid entries are dropped with a warning; a body without a list, or whose
 * entries all break the contract, throws (the element shows its fallback and retries).
 */
export function readFaqContent(body: unknown): FaqContent {
  const response = (Array.isArray(body) ? { data: body } : body) as { data?: unknown; meta?: { categories?: unknown } } | null;
  return {
    entries: conformingEntries<Faq>(response?.data, faqJsonSchema, 'FAQ'),
    categories: Array.isArray(response?.meta?.categories) ? keepConforming<FaqCategory>(response.meta.categories, faqCategoryJsonSchema, 'FAQ category') : [],
  };
}
