import type { Core, UID } from '@strapi/strapi';
import type { EmbedOptions } from '@smp-kit/schema';
import { FAQ_CATEGORY_UID, PLUGIN_ID, TRANSFORMATION_UID } from '../uids';

interface LocaleRecord {
  code: string;
  name: string;
}

/**
 * What the Embed page offers: this CMS's public address (where the snippet loads the
 * widgets from), the locales, and the published categories and results of the default locale.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async options(requestOrigin: string): Promise<EmbedOptions> {
    const locales = strapi.plugin('i18n').service('locales');
    const [records, defaultCode] = (await Promise.all([locales.find(), locales.getDefaultLocale()])) as [LocaleRecord[], string];
    const published = { locale: defaultCode, status: 'published' as const };
    const [categories, transformations, booking] = await Promise.all([
      strapi.documents(FAQ_CATEGORY_UID as UID.CollectionType).findMany({ ...published, fields: ['slug', 'name'] as never, sort: [{ order: 'asc' }, { name: 'asc' }] as never }),
      strapi.documents(TRANSFORMATION_UID as UID.CollectionType).findMany({ ...published, fields: ['slug', 'title'] as never, sort: [{ order: 'asc' }, { title: 'asc' }] as never }),
      strapi.plugin(PLUGIN_ID).service('booking-settings').findPublished(defaultCode),
    ]);
    return {
      publicUrl: publicUrl(strapi, requestOrigin),
      locales: records.map(({ code, name }) => ({ code, name, isDefault: code === defaultCode })),
      categories: (categories as unknown as Array<{ slug: string; name: string }>).map(({ slug, name }) => ({ slug, name })),
      transformations: (transformations as unknown as Array<{ slug: string; title: string }>).map(({ slug, title }) => ({ slug, title })),
      booking: { mode: booking?.mode ?? null },
    };
  },
});

/** `server.url` when it is an absolute address (behind a proxy or CDN), else the address the admin is using. */
export function publicUrl(strapi: Core.Strapi, requestOrigin: string): string {
  const configured = String(strapi.config.get('server.url') ?? '');
  if (/^https?:\/\//.test(configured)) return configured.replace(/\/+$/, '');
  return `${requestOrigin}${configured.replace(/\/+$/, '')}`;
}
