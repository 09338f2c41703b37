import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { bookingSettingsQuerySchema } from '@smp-kit/schema';
import { sendCacheableJson } from '../http/send-cacheable-json';
import { parseOrThrow } from '../http/validate';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /api/smp-kit/booking`: the published booking settings of the closest locale. */
  async find(ctx: Context) {
    const query = parseOrThrow(bookingSettingsQuerySchema, ctx.query, 'booking settings query');
    const bookingSettings = strapi.plugin('smp-kit').service('booking-settings');
    // A page's language (`en-GB`, or one the clinic does not publish) must never hide the booking button.
    const locale = await bookingSettings.closestLocale(query.locale);
    const settings = await bookingSettings.findPublished(locale);
    if (!settings) throw new errors.NotFoundError(`No booking settings are published for "${locale}". Publish them in the admin panel under Content Manager → Booking settings.`);
    sendCacheableJson(ctx, JSON.stringify({ data: settings }));
  },
});
