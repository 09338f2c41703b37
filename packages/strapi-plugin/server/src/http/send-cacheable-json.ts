import { createHash } from 'node:crypto';
import type { Context } from 'koa';

/** Public content may be cached briefly and served stale while a CDN revalidates. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Answers `body` with an ETag and `cacheControl`; a matching If-None-Match gets 304 and no body. */
export function sendWithEtag(ctx: Context, { body, etag, type, cacheControl }: { body: string | Buffer; etag: string; type: string; cacheControl: string }): void {
  ctx.status = 200;
  ctx.set('Cache-Control', cacheControl);
  ctx.set('ETag', etag);
  ctx.vary('Accept-Encoding');
  if (ctx.fresh) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.type = type;
  ctx.body = body;
}

/** Answers public JSON with an ETag; a matching If-None-Match gets 304 and no body. */
export function sendCacheableJson(ctx: Context, body: string, etag = etagOf(body)): void {
  sendWithEtag(ctx, { body, etag, type: 'application/json; charset=utf-8', cacheControl: PUBLIC_CACHE_CONTROL });
}

/**
 * The exact public request (the configured public address, origin, path and query):
 * how `public-cache` finds a stored answer. Absolute URLs in answers depend on the first two.
 */
export function requestCacheKey(ctx: Context, publicUrl: string | undefined): string {
  return `request:${publicUrl ?? ''} ${ctx.origin}${ctx.url}`;
}
