import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';

const feeds = (strapi: Core.Strapi) => strapi.plugin('smp-kit').service('calendar-feeds');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /api/smp-kit/calendar-feeds/:location?token=`: the location's iCalendar feed. */
  async show(ctx: Context) {
    const { location } = ctx.params;
    const token = typeof ctx.query.token === 'string' ? ctx.query.token : '';
    // The same answer for a wrong token and an unknown location: nothing to learn by guessing.
    if (!(await feeds(strapi).opens(location, token))) throw new errors.NotFoundError('No calendar feed at this address. Copy the current address from Settings → SMP Kit.');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Robots-Tag', 'noindex');
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.body = await feeds(strapi).render(location);
  },

  /** `GET /smp-kit/admin/calendar-feeds`: each location's feed address, for the Settings page. */
  async list(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await feeds(strapi).list(ctx.request.origin) };
  },

  /** `POST /smp-kit/admin/calendar-feeds/:location/revoke`: a new address; the old one stops now. */
  async revoke(ctx: Context) {
    await feeds(strapi).revoke(ctx.params.location);
    ctx.body = { data: await feeds(strapi).list(ctx.request.origin) };
  },
});
