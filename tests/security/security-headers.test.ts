import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newKey, patientBooking, startBookingStrapi } from '../helpers/booking.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';
import { pluginRoutes } from './plugin-routes.ts';
import { sendRaw, type RawResponse } from './raw-request.ts';

const BOOKING = '/api/smp-kit/booking-requests';
const isBundle = (path: string) => /^\/smp-kit\/[\w-]+\.js$/.test(path);

/** What must hold for any answer of a plugin route, whatever its status. */
function headerProblems(label: string, response: RawResponse): string[] {
  const problems: string[] = [];
  const type = String(response.headers['content-type'] ?? '');
  if (response.headers['x-content-type-options'] !== 'nosniff') problems.push(`${label} (${response.status}) has no X-Content-Type-Options: nosniff`);
  if (response.text.length > 0 && !type) problems.push(`${label} (${response.status}) has a body without a Content-Type`);
  if (response.text.trimStart().startsWith('{') && type !== 'application/json; charset=utf-8') problems.push(`${label} (${response.status}) answers JSON as "${type}"`);
  return problems;
}

describe('security headers on every plugin route', () => {
  let app: RunningStrapi;

  before(async () => {
    app = await startBookingStrapi();
  });
  after(() => app?.stop());

  it('sends nosniff and a correct content type on every registered route, public or refused', async () => {
    const problems: string[] = [];
    const routes = pluginRoutes(app);
    assert.ok(routes.length >= 9, `${routes.length} routes enumerated`);
    for (const route of routes) {
      const path = route.path.replace(/:[A-Za-z]+/g, 'x') + (route.path === '/smp-kit/preview' ? '?element=smp-faq' : '');
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : route.path === BOOKING ? JSON.stringify(patientBooking()) : '{}';
      const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(route.path === BOOKING ? { 'Idempotency-Key': newKey() } : {}) };
      const response = await sendRaw(app.baseUrl, { method: route.method, path, headers, body });
      assert.ok(response.status < 500, `${route.method} ${path} answered ${response.status}`);
      problems.push(...headerProblems(`${route.method} ${path}`, response));
      if (isBundle(route.path)) {
        assert.equal(response.status, 200, `${path} is served`);
        if (response.headers['cross-origin-resource-policy'] !== 'cross-origin') problems.push(`${path} lacks Cross-Origin-Resource-Policy: cross-origin (clinic sites on other origins load it)`);
        if (response.headers['content-type'] !== 'text/javascript; charset=utf-8') problems.push(`${path} is served as ${response.headers['content-type']}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('sends them on the booking route\'s early refusals too (answered before Strapi\'s own middlewares)', async () => {
    const refusals: Array<[string, Parameters<typeof sendRaw>[1]]> = [
      ['415', { method: 'POST', path: BOOKING, headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': newKey() }, body: 'hello' }],
      ['413', { method: 'POST', path: BOOKING, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() }, body: JSON.stringify({ message: 'm'.repeat(20_000) }) }],
      ['malformed JSON', { method: 'POST', path: BOOKING, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() }, body: '{' }],
      ['405', { method: 'DELETE', path: BOOKING }],
      ['preflight', { method: 'OPTIONS', path: BOOKING, headers: { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'POST' } }],
    ];
    const problems: string[] = [];
    for (const [label, request] of refusals) problems.push(...headerProblems(label, await sendRaw(app.baseUrl, request)));
    assert.deepEqual(problems, []);
  });

  it('answers a revalidated bundle (304) with the same cross-origin policy', async () => {
    const first = await sendRaw(app.baseUrl, { method: 'GET', path: '/smp-kit/widgets.js' });
    const again = await sendRaw(app.baseUrl, { method: 'GET', path: '/smp-kit/widgets.js', headers: { 'If-None-Match': String(first.headers.etag) } });
    assert.equal(again.status, 304);
    assert.equal(again.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(again.headers['x-content-type-options'], 'nosniff');
  });
});
