import type { Context } from 'koa';

// The booking form sends JSON with an Idempotency-Key: a CORS preflight asks for both.
const ALLOWED_METHODS = 'POST, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, Accept';
// The widget reads these to show "try again in N minutes" and to tell a replay apart.
const EXPOSED_HEADERS = 'Retry-After, Idempotent-Replayed';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * Whether a page on `origin` may send booking requests. No allowlist means every
 * origin; the CMS's own pages (the demo page) are always allowed.
 */
export function isOriginAllowed(origin: string, allowedOrigins: readonly string[], ownOrigin: string): boolean {
  return allowedOrigins.length === 0 || origin === ownOrigin || allowedOrigins.includes(origin);
}

/** CORS headers for an allowed origin, on the answer itself and on preflights. */
export function setCorsHeaders(ctx: Context, origin: string, { preflight = false } = {}): void {
  ctx.set('Access-Control-Allow-Origin', origin);
  ctx.remove('Access-Control-Allow-Credentials');
  if (preflight) {
    ctx.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
    ctx.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    ctx.set('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
  } else {
    ctx.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  }
}
