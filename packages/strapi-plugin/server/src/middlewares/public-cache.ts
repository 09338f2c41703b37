import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { requestCacheKey, sendCacheableJson } from '../http/send-cacheable-json';

/**
 * Answers a public read the cache already holds before Strapi routes it: the same
 * body and ETag the route would send, without re-parsing the query or looking up the
 * locale. Listed by the app in config/middlewares.ts (`plugin::smp-kit.public-cache`),
 * after the global middlewares, so security headers, CORS and compression still apply.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    if (ctx.method === 'GET' || ctx.method === 'HEAD') {
      const hit = strapi.plugin('smp-kit').service('response-cache').peek(requestCacheKey(ctx, strapi.config.get('server.url')));
      if (hit) return sendCacheableJson(ctx, hit.body, hit.etag);
    }
    return next();
  };
