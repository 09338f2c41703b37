import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { availabilityQuerySchema } from '@smp-kit/schema';
import { requestCacheKey, sendCacheableJson } from '../http/send-cacheable-json';
import { parseOrThrow } from '../http/validate';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /api/smp-kit/availability?location=&service=&from=&to=`: free consultation slots. Cached until a slot is taken. */
  async find(ctx: Context) {
    const query = parseOrThrow(availabilityQuerySchema, ctx.query, 'availability query');
    const { body, etag } = await strapi
      .plugin('smp-kit')
      .service('response-cache')
      .get(
        `availability:${query.location ?? ''}:${query.service ?? ''}:${query.from}:${query.to}`,
        () => strapi.plugin('smp-kit').service('availability').find(query),
        requestCacheKey(ctx, strapi.config.get('server.url')),
      );
    sendCacheableJson(ctx, body, etag);
  },
});
