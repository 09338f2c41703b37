import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { faqQuerySchema } from '@smp-kit/schema';
import { requestCacheKey, sendCacheableJson } from '../http/send-cacheable-json';
import { parseOrThrow } from '../http/validate';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = parseOrThrow(faqQuerySchema, ctx.query, 'FAQ query');
    const locale = await strapi.plugin('smp-kit').service('locales').resolve(query.locale);
    const categories = [...(query.category ?? [])].sort();
    const { body, etag } = await strapi
      .plugin('smp-kit')
      .service('response-cache')
      .get(`faqs:${locale}:${categories.join(',')}`, () => strapi.plugin('smp-kit').service('faqs').findPublished({ locale, category: categories }), requestCacheKey(ctx, strapi.config.get('server.url')));
    sendCacheableJson(ctx, body, etag);
  },
});
