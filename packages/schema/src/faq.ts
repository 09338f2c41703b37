import * as z from 'zod/mini';
import { blocksSchema } from './blocks.js';
import { localeSchema, slugSchema } from './common.js';

export const faqCategorySchema = z.object({
  slug: slugSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  order: z.int(),
});

export const faqSchema = z.object({
  /** The entry's public document id (stable across locales and edits). */
  id: z.string().check(z.minLength(1)),
  slug: slugSchema,
  question: z.string().check(z.minLength(1), z.maxLength(500)),
  answer: blocksSchema,
  /** Slug of the entry's category, or null when it has none. */
  category: z.nullable(slugSchema),
  order: z.int(),
});

export const faqListResponseSchema = z.object({
  data: z.array(faqSchema),
  meta: z.object({
    locale: localeSchema,
    categories: z.array(faqCategorySchema),
  }),
});

/** `?category=` takes one slug or several separated by commas. */
export const categoryListSchema = z.pipe(
  z.string().check(z.maxLength(1000, 'The category list is at most 1000 characters.')),
  z.transform((value) =>
    value
      .split(',')
      .map((slug) => slug.trim())
      .filter(Boolean),
  ),
).check(z.refine((slugs) => slugs.every((slug) => slugSchema.safeParse(slug).success), 'Each category is a slug such as "treatment" (lowercase letters, digits, hyphens), separated by commas.'));

export const faqQuerySchema = z.object({
  locale: z.optional(localeSchema),
  category: z.optional(categoryListSchema),
});

export type FaqCategory = z.infer<typeof faqCategorySchema>;
export type Faq = z.infer<typeof faqSchema>;
export type FaqListResponse = z.infer<typeof faqListResponseSchema>;
export type FaqQuery = z.output<typeof faqQuerySchema>;
