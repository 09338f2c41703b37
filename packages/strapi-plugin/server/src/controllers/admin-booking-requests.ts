import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { adminBookingRequestQuerySchema, adminBookingRequestUpdateSchema, type AdminBookingRequest } from '@smp-kit/schema';
import { UTF8_BOM, csvLines } from '../http/csv';
import { parseOrThrow } from '../http/validate';
import { sendError } from '../http/send-error';

const CSV_COLUMNS: Array<[header: string, cell: (request: AdminBookingRequest) => string | null]> = [
  ['Reference', (request) => request.reference],
  ['Status', (request) => request.status],
  ['Received', (request) => request.createdAt],
  ['Name', (request) => request.name],
  ['Email', (request) => request.email],
  ['Phone', (request) => request.phone],
  ['Service', (request) => request.serviceName ?? request.service],
  ['Preferred date', (request) => request.preferredDate],
  ['Preferred time', (request) => request.preferredTime],
  ['Consultation', (request) => request.appointment?.start ?? null],
  ['Location', (request) => request.appointment?.location ?? null],
  ['Consultation status', (request) => request.appointment?.status ?? null],
  ['Message', (request) => request.message],
  ['Language', (request) => request.locale],
  ['Page', (request) => request.pageUrl],
  ['UTM source', (request) => request.utm?.source ?? null],
  ['UTM medium', (request) => request.utm?.medium ?? null],
  ['UTM campaign', (request) => request.utm?.campaign ?? null],
  ['UTM term', (request) => request.utm?.term ?? null],
  ['UTM content', (request) => request.utm?.content ?? null],
  ['Internal note', (request) => request.note],
  ['Consent given', (request) => request.consentAt],
  ['Last changed', (request) => request.updatedAt],
];

const inbox = (strapi: Core.Strapi) => strapi.plugin('smp-kit').service('booking-inbox');
const notFound = (documentId: string) => new errors.NotFoundError(`No booking request "${documentId}": it may have been deleted. Reload the inbox.`);

/** The booking inbox of the admin panel: `/smp-kit/admin/booking-requests`. Permissions are checked by the routes' policies. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = parseOrThrow(adminBookingRequestQuerySchema, ctx.query, 'inbox query');
    const { data, pagination } = await inbox(strapi).find(query);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data, meta: { pagination } };
  },

  async findOne(ctx: Context) {
    const data = await inbox(strapi).findOne(ctx.params.documentId);
    if (!data) throw notFound(ctx.params.documentId);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data };
  },

  /**
   * One attached photo, for the request's page in the admin (which fetches it with the admin's
   * session). Never cached, never sniffed, and sandboxed should anyone open it directly.
   */
  async photo(ctx: Context) {
    const { documentId, photoId } = ctx.params;
    const jpeg = await inbox(strapi).photo(documentId, photoId);
    if (!jpeg) throw new errors.NotFoundError(`No photo "${photoId}" on booking request "${documentId}": it may have been deleted. Reload the page.`);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
    ctx.set('Content-Disposition', `inline; filename="scalp-photo-${photoId.slice(0, 8)}.jpg"`);
    ctx.type = 'image/jpeg';
    ctx.body = jpeg;
  },

  async update(ctx: Context) {
    const update = parseOrThrow(adminBookingRequestUpdateSchema, (ctx.request as { body?: unknown }).body, 'booking request update');
    const data = await inbox(strapi).update(ctx.params.documentId, update);
    if (!data) throw notFound(ctx.params.documentId);
    ctx.body = { data };
  },

  /**
   * `POST /smp-kit/admin/booking-requests/:documentId/cancel-appointment`: the clinic cancels the
   * booked consultation (a patient phoned), which frees its time and emails the patient.
   */
  async cancelAppointment(ctx: Context) {
    const { documentId } = ctx.params;
    const request = await inbox(strapi).findOne(documentId);
    if (!request) throw notFound(documentId);
    const outcome = await strapi.plugin('smp-kit').service('appointments').cancelByClinic(request.reference);
    const refusal = {
      none: `Request ${request.reference} has no booked consultation to cancel.`,
      already: `The consultation of request ${request.reference} is cancelled already. Reload the page.`,
      past: `The consultation of request ${request.reference} has started or passed, so it can no longer be cancelled.`,
    }[outcome as 'none' | 'already' | 'past'];
    if (refusal) return sendError(ctx, 409, 'ConflictError', refusal);
    ctx.body = { data: await inbox(strapi).findOne(documentId) };
  },

  async delete(ctx: Context) {
    const { documentId } = ctx.params;
    if (!(await inbox(strapi).erase(documentId))) throw notFound(documentId);
    ctx.body = { data: { documentId } };
  },

  /** Every request matching the inbox filters (not one page), for a spreadsheet. */
  async exportCsv(ctx: Context) {
    const query = parseOrThrow(adminBookingRequestQuerySchema, ctx.query, 'export query');
    let csv = UTF8_BOM + csvLines([CSV_COLUMNS.map(([header]) => header)]);
    for await (const batch of inbox(strapi).findAll(query) as AsyncGenerator<AdminBookingRequest[]>) {
      csv += csvLines(batch.map((request) => CSV_COLUMNS.map(([, cell]) => cell(request))));
    }
    ctx.set('Content-Disposition', `attachment; filename="booking-requests-${new Date().toISOString().slice(0, 10)}.csv"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = csv;
  },
});
