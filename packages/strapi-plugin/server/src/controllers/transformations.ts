import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { transformationQuerySchema } from '@smp-kit/schema';
import { requestCacheKey, sendCacheableJson } from '../http/send-cacheable-json';
import { parseOrThrow } from '../http/validate';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = parseOrThrow(transformationQuerySchema, ctx.query, 'before/after query');
    const locale = await strapi.plugin('smp-kit').service('locales').resolve(query.locale);
    // Image URLs are absolute (the public address, else the request's origin): part of the key.
    const urlBase = strapi.config.get<string>('server.url') || ctx.request.origin;
    const { body, etag } = await strapi
      .plugin('smp-kit')
      .service('response-cache')
      .get(
        `transformations:${locale}:${query.tag ?? ''}:${urlBase}`,
        () => strapi.plugin('smp-kit').service('transformations').findPublished({ locale, tag: query.tag, requestOrigin: ctx.request.origin }),
        requestCacheKey(ctx, strapi.config.get('server.url')),
      );
    sendCacheableJson(ctx, body, etag);
  },
});
