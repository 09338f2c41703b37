import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { hashClientIp } from '../http/client-ip-hash';
import { PHOTO_BODY_STATE } from '../middlewares/booking-intake';
import { sendError } from '../http/send-error';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * `POST /api/smp-kit/booking-photos?name=<file name>` with the photo's bytes as the body
   * (read by the booking-intake middleware). Answers the id the booking request names it by.
   */
  async create(ctx: Context) {
    const photos = strapi.plugin('smp-kit').service('booking-photos');
    ctx.set('Cache-Control', 'no-store');
    if (!(await photos.accepted())) {
      // Strapi's ForbiddenError would answer "Forbidden": the form shows this sentence instead.
      const message = 'This clinic does not accept photos with booking requests. Please describe your situation in the message instead.';
      sendError(ctx, 403, 'ForbiddenError', message);
      return;
    }
    const bytes = ctx.state[PHOTO_BODY_STATE] as Buffer;
    const name = typeof ctx.query.name === 'string' ? ctx.query.name.slice(0, 255) : undefined;
    const data = await photos.receive(bytes, { declaredType: ctx.get('Content-Type'), fileName: name, ipHash: hashClientIp(strapi, ctx.request.ip) });
    ctx.status = 201;
    ctx.body = { data };
  },
});
