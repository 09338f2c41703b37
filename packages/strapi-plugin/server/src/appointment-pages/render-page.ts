import { createHash } from 'node:crypto';
import type { Context } from 'koa';
import { escapeHtml } from '../http/escape-html';
import type { PageLanguage } from './page-text';

// Readable on a phone without any script; allowed by its hash, so the policy stays strict.
const STYLE =
  'body{font:1.0625rem/1.5 system-ui,sans-serif;margin:0;color:#1b1b1f;background:#fafafa}main{max-width:34rem;margin:0 auto;padding:2rem 1.25rem}' +
  'h1{font-size:1.5rem;line-height:1.25}fieldset{border:1px solid #c8c8d0;border-radius:.5rem;margin:0 0 1rem;padding:.75rem 1rem}legend{font-weight:600;padding:0 .25rem}' +
  'label{display:inline-flex;gap:.4rem;align-items:center;margin:.25rem 1rem .25rem 0;min-height:44px}' +
  'button{font:inherit;padding:.7rem 1.2rem;border-radius:.5rem;border:0;background:#1d3f6e;color:#fff;min-height:44px;cursor:pointer}' +
  ':focus-visible{outline:3px solid #e8a33d;outline-offset:2px}[role=alert]{border-left:4px solid #b3261e;padding-left:.75rem}';
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
const PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

/** A small page of its own: the patient arrives from an email, not from the clinic's site. `body` is HTML already escaped. */
export function renderPage(ctx: Context, { status, lang, title, body }: { status: number; lang: PageLanguage; title: string; body: string }): void {
  ctx.status = status;
  ctx.set('Content-Security-Policy', PAGE_CSP);
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style><main><h1>${escapeHtml(title)}</h1>${body}</main></html>`;
}

export const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
export const alert = (text: string) => `<p role="alert">${escapeHtml(text)}</p>`;

/** The signed link's fields, sent back with a form so the POST proves the same link. */
export const signedLinkFields = ({ expires, signature }: { expires: number; signature: string }) =>
  `<input type="hidden" name="expires" value="${expires}"><input type="hidden" name="signature" value="${escapeHtml(signature)}">`;
