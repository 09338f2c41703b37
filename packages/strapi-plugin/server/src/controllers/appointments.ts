import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { DateTime } from 'luxon';

const PAGE_CSP = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A small page of its own: the patient arrives from an email, not from the clinic's site. */
function page(ctx: Context, status: number, title: string, body: string): void {
  ctx.status = status;
  ctx.set('Content-Security-Policy', PAGE_CSP);
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><main><h1>${escapeHtml(title)}</h1>${body}</main></html>`;
}

const linkFields = (ctx: Context) => {
  const source = ctx.method === 'POST' ? ((ctx.request as { body?: Record<string, unknown> }).body ?? {}) : ctx.query;
  return { expires: Number(source.expires), signature: String(source.signature ?? '') };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const appointments = () => strapi.plugin('smp-kit').service('appointments');

  /** Checks the link; answers the page that explains a bad one and returns false. */
  function linkHolds(ctx: Context): boolean {
    const { expires, signature } = linkFields(ctx);
    const verdict = Number.isFinite(expires) && signature ? appointments().verify('cancel', ctx.params.reference, expires, signature) : 'forged';
    if (verdict === 'forged') page(ctx, 403, 'This link does not work', '<p>The link is incomplete or was changed. Please use the link from your confirmation email, or call the clinic.</p>');
    if (verdict === 'expired') page(ctx, 410, 'This link has expired', '<p>The consultation has started or passed, so it can no longer be cancelled online. Please call the clinic.</p>');
    return verdict === 'ok';
  }

  return {
    /**
     * `GET /api/smp-kit/appointments/:reference/cancel?expires=&signature=`: asks to confirm.
     * A GET changes nothing: mail scanners open links before the patient does.
     */
    async confirmCancel(ctx: Context) {
      if (!linkHolds(ctx)) return;
      const appointment = await appointments().find(ctx.params.reference);
      if (!appointment) return page(ctx, 404, 'No such consultation', '<p>We could not find this consultation. Please call the clinic.</p>');
      if (appointment.slotCancelledAt) return page(ctx, 200, 'Already cancelled', `<p>Consultation ${escapeHtml(appointment.reference)} was cancelled.</p>`);
      const { expires, signature } = linkFields(ctx);
      const when = DateTime.fromJSDate(new Date(appointment.slotStart!)).toUTC().toFormat("cccc d LLLL yyyy, HH:mm 'UTC'");
      page(
        ctx,
        200,
        'Cancel your consultation?',
        `<p>Consultation ${escapeHtml(appointment.reference)} on ${escapeHtml(when)}.</p>` +
          `<form method="post"><input type="hidden" name="expires" value="${expires}"><input type="hidden" name="signature" value="${escapeHtml(signature)}"><button type="submit">Cancel my consultation</button></form>`,
      );
    },

    /** `POST` of the same link: cancels and frees the slot at once. */
    async cancel(ctx: Context) {
      if (!linkHolds(ctx)) return;
      const appointment = await appointments().find(ctx.params.reference);
      if (!appointment) return page(ctx, 404, 'No such consultation', '<p>We could not find this consultation. Please call the clinic.</p>');
      const cancelled = await appointments().cancel(ctx.params.reference);
      page(ctx, 200, cancelled ? 'Your consultation is cancelled' : 'Already cancelled', `<p>Consultation ${escapeHtml(appointment.reference)} is cancelled and its time is free for others. You are welcome to book again.</p>`);
    },
  };
};
