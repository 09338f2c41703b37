import * as z from 'zod/mini';
import { localeSchema, slugSchema } from './common.js';

import { HAIR_COLOURS, HAIR_LOSS_PATTERNS, MAX_WEEKS_SINCE_LAST_SESSION, SKIN_TONES } from './result-facts.js';
import { TRANSFORMATION_TAGS } from './transformation-tags.js';

export { HAIR_COLOURS, HAIR_LOSS_PATTERNS, MAX_WEEKS_SINCE_LAST_SESSION, SKIN_TONES, TRANSFORMATION_TAGS };

export const transformationTagSchema = z.enum(TRANSFORMATION_TAGS, `A tag is one of: ${TRANSFORMATION_TAGS.join(', ')}.`);
export const hairLossPatternSchema = z.enum(HAIR_LOSS_PATTERNS, `A hair-loss pattern is one of: ${HAIR_LOSS_PATTERNS.join(', ')}.`);
export const skinToneSchema = z.enum(SKIN_TONES, `A skin tone is one of: ${SKIN_TONES.join(', ')}.`);
export const hairColourSchema = z.enum(HAIR_COLOURS, `A hair colour is one of: ${HAIR_COLOURS.join(', ')}.`);

// Images are loaded by pages on other origins, so only absolute http(s) addresses are usable.
// The regex repeats the protocol rule where JSON Schema (the widgets' check) can see it.
const absoluteImageUrlMessage = 'An image URL is an absolute http(s) address.';
const absoluteImageUrlSchema = z.url({ protocol: /^https?$/, error: absoluteImageUrlMessage }).check(z.regex(/^https?:\/\/\S+$/i, absoluteImageUrlMessage));
const pixelsSchema = z.int().check(z.positive(), z.lte(20000));

/** One rendition of an image, for `srcset` (`url 750w`). */
export const imageSourceSchema = z.object({
  url: absoluteImageUrlSchema,
  width: pixelsSchema,
});

export const transformationImageSchema = z.object({
  url: absoluteImageUrlSchema,
  /** What the image shows, for people who cannot see it. Never empty: an entry without it is not published. */
  alt: z.string().check(z.regex(/\S/, 'An image needs alternative text.'), z.maxLength(1000)),
  /** Intrinsic size of the original, so a page reserves its space before it loads. */
  width: pixelsSchema,
  height: pixelsSchema,
  /** Every available rendition, narrowest first; the original is among them. */
  sources: z.array(imageSourceSchema),
});

export const transformationSchema = z.object({
  /** The case's public document id (stable across locales and edits). */
  id: z.string().check(z.minLength(1)),
  slug: slugSchema,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Short description; may be empty. Plain text. */
  caption: z.string().check(z.maxLength(1000)),
  /** Number of treatment sessions the result took. */
  sessions: z.int().check(z.gte(1), z.lte(20)),
  /** Treated areas (and `women` for results of women). */
  tags: z.array(transformationTagSchema),
  // Treatment facts. The plugin always sends them (an entry without them is not published); they are
  // optional here so that inline data and answers of plugin 0.2 still show.
  /** Weeks between the last session and the "after" photo. */
  weeksSinceLastSession: z.optional(z.int().check(z.gte(0), z.lte(MAX_WEEKS_SINCE_LAST_SESSION))),
  hairLossPattern: z.optional(hairLossPatternSchema),
  skinTone: z.optional(skinToneSchema),
  hairColour: z.optional(hairColourSchema),
  /** True when neither photo was retouched; false for edited photos and for illustrations. */
  unretouched: z.optional(z.boolean()),
  before: transformationImageSchema,
  after: transformationImageSchema,
});

export const transformationListResponseSchema = z.object({
  data: z.array(transformationSchema),
});

export const transformationQuerySchema = z.object({
  locale: z.optional(localeSchema),
  tag: z.optional(transformationTagSchema),
});

export type TransformationTag = z.infer<typeof transformationTagSchema>;
export type HairLossPattern = z.infer<typeof hairLossPatternSchema>;
export type SkinTone = z.infer<typeof skinToneSchema>;
export type HairColour = z.infer<typeof hairColourSchema>;
export type ImageSource = z.infer<typeof imageSourceSchema>;
export type TransformationImage = z.infer<typeof transformationImageSchema>;
export type Transformation = z.infer<typeof transformationSchema>;
export type TransformationListResponse = z.infer<typeof transformationListResponseSchema>;
export type TransformationQuery = z.output<typeof transformationQuerySchema>;
