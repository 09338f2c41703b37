import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { bookingRequestBodySchema, idempotencyKeySchema } from '@smp-kit/schema';
import { hashClientIp } from '../http/client-ip-hash';
import { invalidField, parseOrThrow } from '../http/validate';
import type { ReceiveOutcome } from '../services/booking-requests';
import { sendError } from '../http/send-error';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * `POST /api/smp-kit/booking-requests`. The body was read and size-checked by the
   * booking-intake middleware; here it is validated, stored once per Idempotency-Key and answered.
   */
  async create(ctx: Context) {
    const key = idempotencyKeySchema.safeParse(ctx.get('Idempotency-Key') || undefined);
    if (!key.success) invalidField('Idempotency-Key', key.error.issues[0]?.message ?? 'Send an Idempotency-Key header.');
    const request = parseOrThrow(bookingRequestBodySchema, (ctx.request as { body?: unknown }).body, 'booking request');

    const result: ReceiveOutcome = await strapi
      .plugin('smp-kit')
      .service('booking-requests')
      .receive(request, { idempotencyKey: key.data, ipHash: hashClientIp(strapi, ctx.request.ip) });

    ctx.set('Cache-Control', 'no-store');
    switch (result.outcome) {
      case 'rate-limited':
        ctx.set('Retry-After', String(result.retryAfterSeconds));
        throw new errors.RateLimitError(`Too many booking requests from this connection. Please try again in ${Math.ceil(result.retryAfterSeconds / 60)} minute(s), or call the clinic.`, {
          retryAfterSeconds: result.retryAfterSeconds,
        });
      case 'key-reused':
        sendError(ctx, 422, 'UnprocessableEntityError', 'This Idempotency-Key was already used for a different booking request. Send a new key for a new request.', {
          errors: [{ path: ['Idempotency-Key'], message: 'Already used for a different booking request.' }],
        });
        return;
      case 'slot-taken':
        sendError(
          ctx,
          409,
          'ConflictError',
          `The time ${result.slot.start} at ${result.slot.location} was just booked by someone else. Please choose another time${result.nextFree.length ? `, such as ${result.nextFree[0]!.start}` : ''}.`,
          { slot: result.slot, nextFree: result.nextFree, errors: [{ path: ['slot', 'start'], message: 'This time was just booked by someone else. Please choose another.' }] },
        );
        return;
      case 'replayed':
        // Nothing new was stored: the same answer as the first time, marked as a replay.
        ctx.set('Idempotent-Replayed', 'true');
        ctx.status = 200;
        ctx.body = { data: { reference: result.reference, status: 'received' } };
        return;
      case 'created':
        ctx.status = 201;
        ctx.body = { data: { reference: result.reference, status: 'received' } };
    }
  },
});
