import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { DateTime } from 'luxon';
import { moveForm } from '../appointment-pages/move-form';
import { pageLanguage, pageText, type PageLanguage, type PageText } from '../appointment-pages/page-text';
import { alert, paragraph, renderPage, signedLinkFields } from '../appointment-pages/render-page';
import { escapeHtml } from '../http/escape-html';
import { MOVE_WINDOW_DAYS, type AppointmentRow, type LinkPurpose } from '../services/appointments';
import type { Location } from '../services/availability';

const linkFields = (ctx: Context) => {
  const source = ctx.method === 'POST' ? ((ctx.request as { body?: Record<string, unknown> }).body ?? {}) : ctx.query;
  return { expires: Number(source.expires), signature: String(source.signature ?? ''), start: typeof source.start === 'string' ? source.start : '' };
};

/**
 * The pages a patient reaches from the confirmation email: cancel or move a consultation
 * without an account. A GET only asks (mail scanners open links before the patient does);
 * the form's POST acts.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const appointments = () => strapi.plugin('smp-kit').service('appointments');

  /** The time in the location's zone and the patient's language, as the email wrote it. */
  const whenOf = (start: string, text: PageText, lang: PageLanguage, timeZone: string) => DateTime.fromJSDate(new Date(start)).setZone(timeZone).setLocale(lang).toFormat(text.dateFormat);

  /**
   * Checks the link and finds its consultation; answers the page that explains a bad link, a
   * missing or past consultation, and returns null then.
   */
  async function openLink(ctx: Context, purpose: LinkPurpose): Promise<{ row: AppointmentRow; lang: PageLanguage; text: PageText; timeZone: string; location: Location | null } | null> {
    const { expires, signature } = linkFields(ctx);
    const verdict = Number.isFinite(expires) && signature ? appointments().verify(purpose, ctx.params.reference, expires, signature) : 'forged';
    // A forged link learns nothing about the consultation, not even its language.
    if (verdict === 'forged') {
      renderPage(ctx, { status: 403, lang: 'en', title: pageText.en.forgedTitle, body: paragraph(pageText.en.forged) });
      return null;
    }
    const row: AppointmentRow | null = await appointments().find(ctx.params.reference);
    const lang = pageLanguage(row?.language);
    const text = pageText[lang];
    if (!row) {
      renderPage(ctx, { status: 404, lang, title: text.missingTitle, body: paragraph(text.missing) });
      return null;
    }
    // A link from before a move carries the old time: the consultation's own start decides.
    if (verdict === 'expired' || Date.parse(row.slotStart) <= Date.now()) {
      renderPage(ctx, { status: 410, lang, title: text.expiredTitle, body: paragraph(text.expired) });
      return null;
    }
    // Null when the location is gone or its settings became unusable: cancelling still works, moving cannot.
    const location: Location | null = await strapi.plugin('smp-kit').service('availability').findLocation(row.slotLocation).catch(() => null);
    return { row, lang, text, timeZone: location?.timeZone ?? 'UTC', location };
  }

  /** The location cannot offer times now: the patient keeps the time and is told to call, in a page (not Strapi's JSON). */
  const cannotMove = (ctx: Context, { row, lang, text, timeZone }: { row: AppointmentRow; lang: PageLanguage; text: PageText; timeZone: string }) =>
    renderPage(ctx, { status: 503, lang, title: text.unavailableTitle, body: paragraph(text.booked(row.reference, whenOf(row.slotStart, text, lang, timeZone))) + paragraph(text.unavailable) });

  /** The move page: the current time, then the free ones to choose from. */
  async function renderMoveChoice(ctx: Context, opened: NonNullable<Awaited<ReturnType<typeof openLink>>>, status: number, notice?: string) {
    const { row, lang, text, timeZone, location } = opened;
    if (!location) return cannotMove(ctx, opened);
    const slots = await appointments().freeTimes(row, location);
    const { expires, signature } = linkFields(ctx);
    const body =
      (notice ? alert(notice) : '') +
      paragraph(text.booked(row.reference, whenOf(row.slotStart, text, lang, timeZone))) +
      moveForm({ lang, text, timeZone, slots, link: { expires, signature }, weeks: MOVE_WINDOW_DAYS / 7 });
    renderPage(ctx, { status, lang, title: status === 409 ? text.takenTitle : text.moveTitle, body });
  }

  const alreadyCancelled = (ctx: Context, { row, lang, text }: { row: AppointmentRow; lang: PageLanguage; text: PageText }) =>
    renderPage(ctx, { status: 200, lang, title: text.alreadyCancelledTitle, body: paragraph(text.alreadyCancelled(row.reference)) });

  return {
    /** `GET /api/smp-kit/appointments/:reference/cancel?expires=&signature=`: asks to confirm. */
    async confirmCancel(ctx: Context) {
      const opened = await openLink(ctx, 'cancel');
      if (!opened) return;
      const { row, lang, text, timeZone } = opened;
      if (row.slotCancelledAt) return alreadyCancelled(ctx, opened);
      const { expires, signature } = linkFields(ctx);
      renderPage(ctx, {
        status: 200,
        lang,
        title: text.cancelAskTitle,
        body:
          paragraph(text.booked(row.reference, whenOf(row.slotStart, text, lang, timeZone))) +
          `<form method="post">${signedLinkFields({ expires, signature })}<button type="submit">${escapeHtml(text.cancelButton)}</button></form>`,
      });
    },

    /** `POST` of the same link: cancels and frees the slot at once. */
    async cancel(ctx: Context) {
      const opened = await openLink(ctx, 'cancel');
      if (!opened) return;
      const { row, lang, text } = opened;
      if (!(await appointments().cancel(row.reference))) return alreadyCancelled(ctx, opened);
      renderPage(ctx, { status: 200, lang, title: text.cancelledTitle, body: paragraph(text.cancelled(row.reference)) });
    },

    /** `GET /api/smp-kit/appointments/:reference/move?expires=&signature=`: the free times to choose from. */
    async chooseMove(ctx: Context) {
      const opened = await openLink(ctx, 'move');
      if (!opened) return;
      if (opened.row.slotCancelledAt) return alreadyCancelled(ctx, opened);
      await renderMoveChoice(ctx, opened, 200);
    },

    /** `POST` with `start`: moves the consultation there, or says why not and offers the times again. */
    async move(ctx: Context) {
      const opened = await openLink(ctx, 'move');
      if (!opened) return;
      const { row, lang, text, timeZone } = opened;
      if (row.slotCancelledAt) return alreadyCancelled(ctx, opened);
      const { start } = linkFields(ctx);
      if (!start) return renderMoveChoice(ctx, opened, 400, text.pickOne);
      let outcome;
      try {
        outcome = await appointments().move(row.reference, start);
      } catch (error) {
        if (error instanceof errors.ValidationError) return renderMoveChoice(ctx, opened, 400, error.message.replace(/^slot\.start: /, ''));
        if (error instanceof errors.NotFoundError) return cannotMove(ctx, opened);
        strapi.log.error(`[smp-kit] Consultation ${row.reference} could not be moved (${String((error as { code?: unknown })?.code ?? (error as Error)?.name ?? 'unknown')}).`);
        return renderPage(ctx, { status: 500, lang, title: text.failedTitle, body: paragraph(text.failed) });
      }
      if (outcome.outcome === 'cancelled') return alreadyCancelled(ctx, opened);
      if (outcome.outcome === 'taken') return renderMoveChoice(ctx, opened, 409, text.taken);
      strapi.plugin('smp-kit').service('booking-notifications').confirmInBackground(outcome.appointment, row.email, row.language, 'moved');
      renderPage(ctx, { status: 200, lang, title: text.movedTitle, body: paragraph(text.moved(row.reference, whenOf(outcome.appointment.start.toISO()!, text, lang, timeZone))) });
    },
  };
};
