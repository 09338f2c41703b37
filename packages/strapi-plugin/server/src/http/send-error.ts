import type { Context } from 'koa';

/**
 * Answers an error in Strapi's own shape (`{ data: null, error: { status, name, message, details } }`)
 * for the statuses Strapi has no error class for (409, 422, 503), or where its class would replace
 * the message a person should read.
 */
export function sendError(ctx: Context, status: number, name: string, message: string, details: Record<string, unknown> = {}): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } };
}
