import { localeSchema, slugSchema, TRANSFORMATION_TAGS } from '@smp-kit/schema';
import * as z from 'zod/mini';

// A boolean attribute arrives as `search` (empty), `search=true` or `search=false`.
const flag = z.optional(z.pipe(z.enum(['', 'true', 'false'], 'A switch is empty, "true" or "false".'), z.transform((value) => value !== 'false')));
const headingLevel = z.optional(z.pipe(z.enum(['2', '3', '4', '5', '6'], 'The heading level is a number from 2 to 6.'), z.transform(Number)));
const categoryList = z.pipe(
  z.string().check(z.maxLength(1000)),
  z.transform((value) => value.split(',').map((slug) => slug.trim()).filter(Boolean)),
).check(z.refine((slugs) => slugs.every((slug) => slugSchema.safeParse(slug).success), 'Categories are slugs separated by commas, like "treatment,aftercare".'));

/** What the preview page may render: one element and only the attributes it knows. */
export const previewQuerySchema = z.discriminatedUnion('element', [
  z.strictObject({
    element: z.literal('smp-faq'),
    locale: z.optional(localeSchema),
    category: z.optional(categoryList),
    'heading-level': headingLevel,
    search: flag,
    single: flag,
    'expand-all': flag,
    'json-ld': flag,
  }),
  z.strictObject({
    element: z.literal('smp-before-after'),
    locale: z.optional(localeSchema),
    slug: slugSchema,
  }),
  z.strictObject({
    element: z.literal('smp-transformations'),
    locale: z.optional(localeSchema),
    tag: z.optional(z.enum(TRANSFORMATION_TAGS, `The tag is one of ${TRANSFORMATION_TAGS.join(', ')}.`)),
    'heading-level': headingLevel,
  }),
  z.strictObject({
    element: z.literal('smp-booking-button'),
    locale: z.optional(localeSchema),
    floating: flag,
    label: z.optional(z.string().check(z.maxLength(80, 'The button label is at most 80 characters.'))),
  }),
], { error: 'The element is one of smp-faq, smp-before-after, smp-transformations, smp-booking-button.' });

export type PreviewQuery = z.output<typeof previewQuerySchema>;
