// The fault part of the stand-in CMS (see fixture-cms.mjs): one switchable CMS per test run.
//   GET /fixture-cms/fault-<run>/api/smp-kit/(faqs|transformations|booking)  answers as the run's mode says
//   GET /fixture-cms/fault-mode?run=<run>&mode=<mode>                        switches the run to another mode
// Modes: ok, reset (the connection dies: the API is down), server-error, slow (answers after
// 9 s, past every element's timeout), malformed (broken JSON), invalid (valid JSON, entries
// that break the contract).
import { bookingSettingsFixtures } from '../fixtures/booking-fixtures.ts';
import { faqResponseEn, faqResponseWithInvalidEntries } from '../fixtures/faq-fixtures.ts';
import { invalidTransformationResponse, transformationResponse } from '../fixtures/transformation-fixtures.ts';

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const modes = new Map();

const valid = {
  faqs: () => faqResponseEn,
  transformations: (ctx) => transformationResponse(ctx.origin),
  booking: () => bookingSettingsFixtures.form,
};
// Every entry breaks the contract (the widgets skip single bad entries and show the rest).
const invalid = {
  faqs: () => ({ ...faqResponseWithInvalidEntries, data: faqResponseWithInvalidEntries.data.slice(1) }),
  transformations: (ctx) => ({ data: invalidTransformationResponse(ctx.origin).data.filter((_, index) => index !== 2) }),
  booking: () => ({ data: { ...bookingSettingsFixtures.form.data, mode: 'fax', ctaLabel: 42 } }),
};

/** Answers a fault fixture request; false when the path is not one. */
export async function serveFaultFixtures(ctx) {
  if (ctx.path === '/fixture-cms/fault-mode') {
    modes.set(ctx.query.run, ctx.query.mode);
    json(ctx, 200, { run: ctx.query.run, mode: ctx.query.mode });
    return true;
  }
  const match = /^\/fixture-cms\/fault-([a-z0-9-]+)\/api\/smp-kit\/(faqs|transformations|booking)$/.exec(ctx.path);
  if (!match) return false;
  const [, run, resource] = match;
  switch (modes.get(run) ?? 'ok') {
    case 'reset':
      ctx.status = 503; // Never sent: only keeps the dev server from logging a 404.
      ctx.req.socket.destroy();
      ctx.respond = false;
      return true;
    case 'server-error':
      json(ctx, 500, { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error', details: {} } });
      return true;
    case 'slow':
      await sleep(9000);
      json(ctx, 200, valid[resource](ctx));
      return true;
    case 'malformed':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '{"data": [{"id": ';
      return true;
    case 'invalid':
      json(ctx, 200, invalid[resource](ctx));
      return true;
    default:
      json(ctx, 200, valid[resource](ctx));
      return true;
  }
}
