import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { transformationQuerySchema } from '@smp-kit/schema';
import { sendCacheableJson } from '../http/send-cacheable-json';
import { parseOrThrow } from '../http/validate';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = parseOrThrow(transformationQuerySchema, ctx.query, 'before/after query');
    const locale = await strapi.plugin('smp-kit').service('locales').resolve(query.locale);
    const body = await strapi.plugin('smp-kit').service('transformations').findPublished({ locale, tag: query.tag, requestOrigin: ctx.request.origin });
    sendCacheableJson(ctx, JSON.stringify(body));
  },
});
