import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

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
    ctx.set('ETag', `"${createHash('sha1').update(page).digest('base64url')}"`);
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = page;
  };
