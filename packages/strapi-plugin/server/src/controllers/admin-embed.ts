import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/** The Embed page's choices: `GET /smp-kit/admin/embed-options`. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async options(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await strapi.plugin('smp-kit').service('embed-options').options(ctx.origin) };
  },
});
