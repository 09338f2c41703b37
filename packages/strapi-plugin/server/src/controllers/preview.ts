import type { Context } from 'koa';
import { parseOrThrow } from '../http/validate';
import { PREVIEW_CSP, renderPreviewPage } from '../preview/preview-page';
import { previewQuerySchema } from '../preview/preview-query';

// The admin's Embed page shows this page in an iframe; it renders only published, public content.
export default () => ({
  show(ctx: Context) {
    const query = parseOrThrow(previewQuerySchema, ctx.query, 'preview options');
    ctx.set('Content-Security-Policy', PREVIEW_CSP);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('X-Frame-Options', 'SAMEORIGIN');
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderPreviewPage(query);
  },
});
