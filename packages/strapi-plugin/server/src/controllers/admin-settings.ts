import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { pluginSettingsSchema } from '@smp-kit/schema';
import { parseOrThrow } from '../http/validate';

const settings = (strapi: Core.Strapi) => strapi.plugin('smp-kit').service('plugin-settings');

/** The Settings page: `/smp-kit/admin/settings`. Saved settings apply to the next request, without a restart. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await settings(strapi).get() };
  },

  async update(ctx: Context) {
    const input = parseOrThrow(pluginSettingsSchema, (ctx.request as { body?: unknown }).body, 'settings');
    ctx.body = { data: await settings(strapi).set(input) };
  },
});
