import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/**
 * The demo page's Content-Security-Policy: the strict one a careful clinic would send, to
 * show SMP Kit needs nothing inline and works under Trusted Types. Only the booking provider's page (link or embed mode)
 * comes from elsewhere, in a frame.
 */
async function demoPagePolicy(strapi: Core.Strapi): Promise<string> {
  const published = (await strapi.db.query('plugin::smp-kit.booking-settings').findMany({ select: ['url'], where: { publishedAt: { $notNull: true } } })) as Array<{ url: string | null }>;
  const providers = [...new Set(published.flatMap(({ url }) => (URL.canParse(url ?? '') ? [new URL(url!).origin] : [])))];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${providers.join(' ') || "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    // DOM sinks take only Trusted Types, made by one policy: Lit's, created once for the page.
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/**
 * Serves the demo clinic page (public/index.html) at `/`. Strapi's own public
 * middleware redirects `/` to the admin panel; a clinic's visitor should land on the page.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    if (ctx.path !== '/' || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    const page = await readFile(path.join(strapi.dirs.static.public, 'index.html'));
    ctx.status = 200;
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('Content-Security-Policy', await demoPagePolicy(strapi));
    ctx.set('ETag', `"${createHash('sha1').update(page).digest('base64url')}"`);
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = page;
  };
