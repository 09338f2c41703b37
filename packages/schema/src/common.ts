import * as z from 'zod/mini';

/** URL-safe identifier an editor sees and a page can deep-link to (`#what-is-smp`). */
export const slugSchema = z.string().check(
  z.maxLength(120, 'A slug is at most 120 characters.'),
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A slug uses lowercase letters, digits and single hyphens, like "how-long-does-it-last".'),
);

/** BCP 47 language tag as Strapi's i18n uses it: `en`, `de`, `pt-BR`. */
export const localeSchema = z.string().check(
  z.maxLength(35, 'A locale code is at most 35 characters.'),
  z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'A locale is a language code such as "en", "de" or "pt-BR".'),
);

export type Slug = z.infer<typeof slugSchema>;
export type Locale = z.infer<typeof localeSchema>;
