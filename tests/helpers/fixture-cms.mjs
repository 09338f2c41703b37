// A stand-in CMS for widget tests, served by web-test-runner's dev server:
// /fixture-cms/<scenario>/api/smp-kit/<resource> answers with the scenario's behaviour.
import { faqResponseDe, faqResponseEn, faqResponseHostile, faqResponseWithInvalidEntries } from '../fixtures/faq-fixtures.ts';
import { serveBookingFixtures } from './fixture-booking.mjs';
import { serveFaultFixtures } from './fixture-faults.mjs';
import { serveTransformationFixtures } from './fixture-transformations.mjs';

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};
const serverError = { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error', details: {} } };

function faqsFor(ctx) {
  const response = ctx.query.locale === 'de' ? faqResponseDe : faqResponseEn;
  const categories = ctx.query.category?.split(',');
  if (!categories) return response;
  return { ...response, data: response.data.filter((faq) => categories.includes(faq.category)) };
}

const scenarios = {
  ok: (ctx) => json(ctx, 200, faqsFor(ctx)),
  'server-error': (ctx) => json(ctx, 500, serverError),
  malformed: (ctx) => {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '{"data": [';
  },
  'invalid-entries': (ctx) => json(ctx, 200, faqResponseWithInvalidEntries),
  hostile: (ctx) => json(ctx, 200, faqResponseHostile),
  empty: (ctx) => json(ctx, 200, { data: [], meta: { locale: 'en', categories: [] } }),
  slow: async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    json(ctx, 200, faqsFor(ctx));
  },
};

/** Requests seen per URL (path and query), so tests can count them (GET /fixture-cms/requests?url=...). */
const requestLog = new Map();

/** The `switchable` scenario answers like `ok` or like `server-error` (GET /fixture-cms/switch?to=up|down). */
let switchableUp = true;
scenarios.switchable = (ctx) => (switchableUp ? scenarios.ok(ctx) : scenarios['server-error'](ctx));

export function fixtureCms() {
  return async (ctx, next) => {
    if (ctx.path === '/fixture-cms/requests') return json(ctx, 200, { count: requestLog.get(ctx.query.url) ?? 0 });
    if (ctx.path === '/fixture-cms/switch') {
      switchableUp = ctx.query.to !== 'down';
      return json(ctx, 200, { up: switchableUp });
    }
    if (await serveTransformationFixtures(ctx)) return;
    if (await serveBookingFixtures(ctx)) return;
    if (await serveFaultFixtures(ctx)) return;
    const match = /^\/fixture-cms\/([a-z-]+)\/api\/smp-kit\/faqs$/.exec(ctx.path);
    if (!match) return next();
    requestLog.set(ctx.url, (requestLog.get(ctx.url) ?? 0) + 1);
    const scenario = scenarios[match[1]];
    if (!scenario) return json(ctx, 404, { data: null, error: { status: 404, name: 'NotFoundError', message: `No fixture scenario "${match[1]}"` } });
    return scenario(ctx);
  };
}
