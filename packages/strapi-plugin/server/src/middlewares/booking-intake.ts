import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { BOOKING_PHOTO_MAX_BYTES, BOOKING_REQUEST_MAX_BYTES } from '@smp-kit/schema';
import { isOriginAllowed, setCorsHeaders } from '../http/booking-cors';
import { readLimitedBody } from '../http/read-limited-body';

// Answered before strapi::logger runs, so these log themselves the way it would: method, path, status.
function refuse(strapi: Core.Strapi, ctx: Context, status: number, name: string, message: string): void {
  strapi.log.http(`${ctx.method} ${ctx.path} ${status} (refused by smp-kit booking intake)`);
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  // strapi::security (which sets it for everything else) has not run yet.
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body = { data: null, error: { status, name, message, details: {} } };
}

/** Where the raw bytes of an uploaded scalp photo wait for the controller. */
export const PHOTO_BODY_STATE = 'smpKitPhotoBytes';

/**
 * The front door of the two public writes, `POST /api/smp-kit/booking-requests` and
 * `POST /api/smp-kit/booking-photos`, mounted ahead of Strapi's own middlewares (see
 * register.ts) because they cannot be told apart per route:
 * - CORS: answers preflights and refuses pages outside `allowedOrigins`.
 * - Body: a booking request is JSON of at most 16 KB, a photo its bytes (at most 10 MB), read
 *   here before `strapi::body` (1 MB, any type) could. Malformed JSON is answered here too:
 *   Strapi would log the parser's error, which quotes a piece of the body, and a booking body
 *   holds a patient's contact details.
 */
export function bookingIntake(strapi: Core.Strapi) {
  return async (ctx: Context, next: Next) => {
    const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/smp-kit/`.toLowerCase();
    // The router ignores case and a trailing slash: so does this front door, or a spelling would bypass it.
    const path = ctx.path.toLowerCase().replace(/\/+$/, '');
    const door = path === `${prefix}booking-requests` ? 'request' : path === `${prefix}booking-photos` ? 'photo' : null;
    if (!door) return next();
    if (ctx.method !== 'POST' && ctx.method !== 'OPTIONS') {
      ctx.set('Allow', 'POST, OPTIONS');
      return refuse(strapi, ctx, 405, 'MethodNotAllowedError', `${door === 'request' ? 'Booking requests' : 'Photos'} are sent with POST; ${ctx.method} is not allowed here.`);
    }

    const origin = ctx.get('Origin');
    // The Settings page's list when saved, else config/plugins.ts: a change applies to the next request.
    const { allowedOrigins } = await strapi.plugin('smp-kit').service('plugin-settings').get();
    ctx.vary('Origin');
    if (origin && !isOriginAllowed(origin, allowedOrigins, ctx.origin)) {
      return refuse(strapi, ctx, 403, 'ForbiddenError', `Booking requests from ${origin} are not allowed. Add it to allowedOrigins in the smp-kit plugin configuration.`);
    }
    if (ctx.method === 'OPTIONS') {
      ctx.set('X-Content-Type-Options', 'nosniff');
      if (origin) setCorsHeaders(ctx, origin, { preflight: true });
      ctx.status = 204;
      return;
    }
    if (origin) setCorsHeaders(ctx, origin);

    if (door === 'photo') {
      if (ctx.get('Content-Encoding') && ctx.get('Content-Encoding') !== 'identity') {
        return refuse(strapi, ctx, 415, 'UnsupportedMediaTypeError', 'Send the photo uncompressed, as the file itself.');
      }
      const photo = await readLimitedBody(ctx.req, BOOKING_PHOTO_MAX_BYTES);
      if (!photo.fits) {
        if (!photo.drained) ctx.set('Connection', 'close');
        return refuse(strapi, ctx, 413, 'PayloadTooLargeError', `A photo is at most ${BOOKING_PHOTO_MAX_BYTES / 1024 / 1024} MB. Please choose a smaller one, or take a new photo at a lower resolution.`);
      }
      ctx.state[PHOTO_BODY_STATE] = photo.body;
      delete ctx.req.headers['content-length'];
      delete ctx.req.headers['transfer-encoding'];
      await next();
      if (origin) setCorsHeaders(ctx, origin);
      return;
    }

    if (!ctx.is('application/json') || (ctx.get('Content-Encoding') && ctx.get('Content-Encoding') !== 'identity')) {
      return refuse(strapi, ctx, 415, 'UnsupportedMediaTypeError', 'Send the booking request as uncompressed JSON with "Content-Type: application/json".');
    }
    const read = await readLimitedBody(ctx.req, BOOKING_REQUEST_MAX_BYTES);
    if (!read.fits) {
      if (!read.drained) ctx.set('Connection', 'close');
      return refuse(strapi, ctx, 413, 'PayloadTooLargeError', `A booking request is at most ${BOOKING_REQUEST_MAX_BYTES / 1024} KB.`);
    }
    let body: unknown;
    try {
      body = JSON.parse(read.body.toString('utf8'));
    } catch {
      return refuse(strapi, ctx, 400, 'ValidationError', 'The request body is not valid JSON.');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return refuse(strapi, ctx, 400, 'ValidationError', 'The request body must be a JSON object.');
    }
    ctx.request.body = body;
    // The body is consumed: without these headers strapi::body sees none and keeps ours.
    delete ctx.req.headers['content-length'];
    delete ctx.req.headers['transfer-encoding'];

    await next();
    // strapi::cors may have rewritten them with the app-wide settings.
    if (origin) setCorsHeaders(ctx, origin);
  };
}
