import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import jwt from 'jsonwebtoken';
import { BOOKING_REQUEST_UID, BOOKING_SETTINGS_UID, patientBooking, postBooking, saveBookingSettings, startBookingStrapi } from '../helpers/booking.ts';
import { signInSuperAdmin } from '../helpers/admin-auth.ts';
import { createFaq } from '../helpers/faq-documents.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';
import { pluginRoutes, type RegisteredRoute } from './plugin-routes.ts';
import { sendRaw } from './raw-request.ts';

// tests/plugin/booking-privacy.test.ts checks a fixed list of paths; this file covers whatever is registered.

// Distinctive values: finding any of them in a public answer is a leak.
const PATIENT = { name: 'Quillon Varnasky', email: 'quillon.varnasky@patient.example', phone: '+44 20 7946 0913', message: 'Marker message: frontal recession since 2019' };
const PRIVATE_SETTINGS = { notificationEmail: 'frontdesk-marker@clinic.example', retentionDays: 417 };
const DRAFT_ONLY = { clinicName: 'Unpublished Draft Clinic Marker', faqQuestion: 'Unpublished draft question marker?' };
const PRIVATE_KEYS = ['notificationEmail', 'retentionDays', 'ipHash', 'ip_hash', 'idempotencyKey', 'idempotency_key', 'consentedAt', 'requestStatus'];

/** Query strings that ask Strapi-style routes for more than they should give. */
const PROBING_QUERIES = [
  '',
  'populate=*',
  'populate[0]=*',
  'populate=bookingRequests',
  'fields[0]=notificationEmail&fields[1]=retentionDays',
  `filters[email][$eq]=${encodeURIComponent(PATIENT.email)}`,
  'locale=en',
  'locale=all',
  'status=draft',
  'status=draft&populate=*',
  'publicationState=preview',
  'pagination[pageSize]=1000',
  'sort=createdAt:desc',
  'element=smp-booking-button',
  'element=smp-faq&locale=en',
];

describe('nothing private leaves through any registered route', () => {
  let app: RunningStrapi;
  let routes: RegisteredRoute[];
  let markers: string[];
  let bookingDocumentId: string;

  before(async () => {
    app = await startBookingStrapi(PRIVATE_SETTINGS);
    await saveBookingSettings(app.strapi, { ...PRIVATE_SETTINGS, clinicName: DRAFT_ONLY.clinicName }, { status: 'draft' });
    await createFaq(app.strapi, { question: DRAFT_ONLY.faqQuestion, slug: 'draft-marker', order: 1 }, { status: 'draft' });
    await createFaq(app.strapi, { question: 'What is SMP?', slug: 'what-is-smp', order: 2 });
    const idempotencyKey = `privacy-marker-${randomBytes(6).toString('hex')}`;
    const created = await postBooking(app.baseUrl, patientBooking(PATIENT), idempotencyKey).expect(201);
    const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference: created.body.data.reference } });
    bookingDocumentId = stored.documentId;
    const row = await app.strapi.db.connection('smp_kit_booking_requests').where({ reference: created.body.data.reference }).first();
    markers = [...Object.values(PATIENT), PRIVATE_SETTINGS.notificationEmail, DRAFT_ONLY.clinicName, DRAFT_ONLY.faqQuestion, idempotencyKey, row.ip_hash, created.body.data.reference, bookingDocumentId];
    routes = pluginRoutes(app);
  });
  after(() => app?.stop());

  const withParams = (path: string) => path.replace(/:documentId|:id|:sourceId/g, bookingDocumentId).replace(/:[A-Za-z]+/g, 'x');
  const leaksIn = (text: string) => [...markers.filter((marker) => text.includes(marker)), ...PRIVATE_KEYS.filter((key) => text.includes(`"${key}"`))];

  it('finds the plugin routes on the running server, public and private', (t) => {
    const publicGets = routes.filter((route) => route.public && route.method === 'GET').map((route) => route.path);
    for (const path of ['/api/smp-kit/faqs', '/api/smp-kit/transformations', '/api/smp-kit/booking', '/smp-kit/widgets.js']) assert.ok(publicGets.includes(path), `${path} is enumerated`);
    assert.ok(routes.some((route) => route.method === 'POST' && route.path === '/api/smp-kit/booking-requests'));
    assert.ok(routes.some((route) => !route.public), 'the admin pages\' own API is enumerated too');
    t.diagnostic(`${routes.length} plugin routes: ${publicGets.length} public GET, ${routes.filter((route) => !route.public).length} private`);
  });

  it('answers every public GET, with any parameters, without booking requests, private settings or drafts', async (t) => {
    const publicGets = routes.filter((route) => route.public && route.method === 'GET');
    const leaks: string[] = [];
    let answered = 0;
    for (const route of publicGets) {
      for (const query of PROBING_QUERIES) {
        const path = `${withParams(route.path)}${query ? `?${query}` : ''}`;
        const response = await sendRaw(app.baseUrl, { method: 'GET', path });
        assert.ok(response.status < 500, `${path} answered ${response.status}`);
        if (response.status === 200) answered += 1;
        const found = leaksIn(response.text);
        if (found.length) leaks.push(`${path} (${response.status}) shows ${found.join(', ')}`);
      }
    }
    assert.deepEqual(leaks, []);
    assert.ok(answered >= publicGets.length, 'the probes reached real content, not only errors');
    t.diagnostic(`${publicGets.length * PROBING_QUERIES.length} public probes, ${answered} answered 200`);
  });

  it('refuses every private plugin route without a valid admin token: none, forged, expired or malformed', async () => {
    const privateRoutes = routes.filter((route) => !route.public);
    const secret = app.strapi.config.get<string>('admin.auth.secret');
    const tokens: Record<string, string | null> = {
      none: null,
      forged: jwt.sign({ id: 1, type: 'access' }, 'not-the-secret', { expiresIn: '1h' }),
      expired: jwt.sign({ id: 1, userId: '1', type: 'access' }, secret, { expiresIn: -60 }),
      malformed: 'Bearer-but-not-a-jwt',
      'api token style': randomBytes(32).toString('hex'),
    };
    const accepted: string[] = [];
    for (const route of privateRoutes) {
      for (const [kind, token] of Object.entries(tokens)) {
        const path = withParams(route.path);
        const response = await sendRaw(app.baseUrl, {
          method: route.method,
          path,
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: route.method === 'GET' || route.method === 'DELETE' ? undefined : JSON.stringify({ status: 'closed', data: { requestStatus: 'closed' } }),
        });
        if (![401, 403].includes(response.status)) accepted.push(`${route.method} ${path} with ${kind} token answered ${response.status}`);
        const found = leaksIn(response.text);
        if (found.length) accepted.push(`${route.method} ${path} with ${kind} token shows ${found.join(', ')}`);
      }
    }
    assert.deepEqual(accepted, []);
    const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { documentId: bookingDocumentId } });
    assert.equal(stored?.requestStatus, 'new', 'no refused request changed the booking');
  });

  it('keeps Strapi\'s own content routes for the plugin\'s private types closed to strangers', async () => {
    const contentManager = app.strapi.server
      .listRoutes()
      .filter((layer) => layer.path.startsWith('/content-manager/') && layer.path.includes(':model'))
      .flatMap((layer) => layer.methods.filter((method: string) => method !== 'HEAD').map((method: string) => ({ method, path: layer.path })));
    assert.ok(contentManager.length > 10, 'the content-manager routes are enumerated');
    const uids = [BOOKING_REQUEST_UID, BOOKING_SETTINGS_UID, 'plugin::smp-kit.booking-photo'];
    const opened: string[] = [];
    for (const route of contentManager) {
      for (const uid of uids) {
        const path = withParams(route.path.replace(':model', uid));
        const response = await sendRaw(app.baseUrl, { method: route.method, path, headers: { 'Content-Type': 'application/json' }, body: route.method === 'GET' ? undefined : '{}' });
        if (![401, 403].includes(response.status)) opened.push(`${route.method} ${path} answered ${response.status}`);
        const found = leaksIn(response.text);
        if (found.length) opened.push(`${route.method} ${path} shows ${found.join(', ')}`);
      }
    }
    for (const path of ['/api/booking-requests', `/api/booking-requests/${bookingDocumentId}`, '/api/booking-settings', '/api/smp-kit/booking-settings', '/api/smp-kit/booking-request', `/api/smp-kit/booking-requests/${bookingDocumentId}`, '/api/booking-photos', '/api/smp-kit/booking-photos', '/api/smp-kit/booking-photo']) {
      const response = await sendRaw(app.baseUrl, { method: 'GET', path: `${path}?populate=*` });
      if (![401, 403, 404, 405].includes(response.status)) opened.push(`GET ${path} answered ${response.status}`);
      const found = leaksIn(response.text);
      if (found.length) opened.push(`GET ${path} shows ${found.join(', ')}`);
    }
    assert.deepEqual(opened, []);
  });

  it('would notice a leak: a signed-in admin does see the markers (the probes can find them)', async () => {
    const admin = await signInSuperAdmin(app.strapi, app.baseUrl);
    const response = await sendRaw(app.baseUrl, {
      method: 'GET',
      path: `/content-manager/collection-types/${BOOKING_REQUEST_UID}/${bookingDocumentId}`,
      headers: { Authorization: `Bearer ${admin.token}` },
    });
    assert.equal(response.status, 200);
    assert.ok(leaksIn(response.text).includes(PATIENT.email));
  });
});
