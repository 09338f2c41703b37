import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { apiErrorResponseSchema } from '@smp-kit/schema';
import { bearer, signInSuperAdmin, signInWithActions, type AdminSession } from '../helpers/admin-auth.ts';
import { BOOKING_REQUEST_UID, patientBooking, postBooking, startBookingStrapi } from '../helpers/booking.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';

const ACTIONS = {
  embed: 'plugin::smp-kit.embed.use',
  read: 'plugin::smp-kit.requests.read',
  update: 'plugin::smp-kit.requests.update',
  delete: 'plugin::smp-kit.requests.delete',
  export: 'plugin::smp-kit.requests.export',
  settings: 'plugin::smp-kit.settings.manage',
} as const;
const EVERY_ACTION = Object.values(ACTIONS);

interface AdminRoute {
  name: string;
  action: string;
  /** Sends the request; `documentId` is a fresh booking request for the routes that need one. */
  send: (agent: ReturnType<typeof request>, documentId: string) => request.Test;
  /** What a permitted call answers; the fresh request has no booked consultation, so cancelling one is a 409. */
  permitted?: number;
}

const ROUTES: AdminRoute[] = [
  { name: 'GET /admin/booking-requests', action: ACTIONS.read, send: (agent) => agent.get('/smp-kit/admin/booking-requests') },
  { name: 'GET /admin/booking-requests/export.csv', action: ACTIONS.export, send: (agent) => agent.get('/smp-kit/admin/booking-requests/export.csv') },
  { name: 'GET /admin/booking-requests/:documentId', action: ACTIONS.read, send: (agent, id) => agent.get(`/smp-kit/admin/booking-requests/${id}`) },
  { name: 'PUT /admin/booking-requests/:documentId', action: ACTIONS.update, send: (agent, id) => agent.put(`/smp-kit/admin/booking-requests/${id}`).send({ status: 'contacted' }) },
  {
    name: 'POST /admin/booking-requests/:documentId/cancel-appointment',
    action: ACTIONS.update,
    send: (agent, id) => agent.post(`/smp-kit/admin/booking-requests/${id}/cancel-appointment`),
    permitted: 409,
  },
  { name: 'DELETE /admin/booking-requests/:documentId', action: ACTIONS.delete, send: (agent, id) => agent.delete(`/smp-kit/admin/booking-requests/${id}`) },
  { name: 'GET /admin/settings', action: ACTIONS.settings, send: (agent) => agent.get('/smp-kit/admin/settings') },
  {
    name: 'PUT /admin/settings',
    action: ACTIONS.settings,
    send: (agent) => agent.put('/smp-kit/admin/settings').send({ allowedOrigins: [], rateLimit: { perMinute: 1000, perDay: 100_000 }, notificationEmail: null, retentionDays: null }),
  },
  { name: 'GET /admin/embed-options', action: ACTIONS.embed, send: (agent) => agent.get('/smp-kit/admin/embed-options') },
];

describe('SMP Kit admin routes: RBAC with real admin sign-in, on a real Strapi', () => {
  let app: RunningStrapi;
  let superAdmin: AdminSession;
  let nobody: AdminSession;
  const onlyThis = new Map<string, AdminSession>();
  const allButThis = new Map<string, AdminSession>();

  /** A booking request sent through the public form, for the routes that act on one. */
  async function freshRequest(): Promise<string> {
    const { body } = await postBooking(app.baseUrl, patientBooking()).expect(201);
    const stored = await app.strapi.documents(BOOKING_REQUEST_UID).findFirst({ filters: { reference: body.data.reference } });
    return stored!.documentId;
  }

  before(async () => {
    app = await startBookingStrapi();
    superAdmin = await signInSuperAdmin(app.strapi, app.baseUrl);
    nobody = await signInWithActions(app.strapi, app.baseUrl, 'No SMP Kit access', []);
    for (const action of EVERY_ACTION) {
      onlyThis.set(action, await signInWithActions(app.strapi, app.baseUrl, `Only ${action}`, [action]));
      allButThis.set(action, await signInWithActions(app.strapi, app.baseUrl, `All but ${action}`, EVERY_ACTION.filter((other) => other !== action)));
    }
  });
  after(() => app?.stop());

  it('lists the six actions under Plugins → SMP Kit in the role editor, grouped and named for people', () => {
    const registered = app.strapi.service('admin::permission').actionProvider.values().filter((action: { pluginName?: string }) => action.pluginName === 'smp-kit');
    assert.deepEqual(registered.map((action: { actionId: string }) => action.actionId).sort(), [...EVERY_ACTION].sort());
    for (const action of registered) {
      assert.equal(action.section, 'plugins');
      assert.ok(action.displayName.length > 5 && !action.displayName.includes('::'), `"${action.displayName}" reads as words`);
    }
    assert.deepEqual([...new Set(registered.map((action: { subCategory: string }) => action.subCategory))].sort(), ['Booking requests', 'Embed', 'Settings']);
  });

  for (const route of ROUTES) {
    describe(route.name, () => {
      it('answers 401 without a session and with a forged token', async () => {
        const id = await freshRequest();
        await route.send(request(app.baseUrl), id).expect(401);
        await route.send(request(app.baseUrl), id).set('Authorization', 'Bearer not-a-real-token').expect(401);
      });

      it(`answers 403 to a signed-in admin whose role lacks ${route.action}, even with every other SMP Kit action`, async () => {
        const id = await freshRequest();
        const refused = await route.send(request(app.baseUrl), id).set(...bearer(nobody)).expect(403);
        assert.equal(apiErrorResponseSchema.parse(refused.body).error.name, 'PolicyError');
        await route.send(request(app.baseUrl), id).set(...bearer(allButThis.get(route.action)!)).expect(403);
        assert.ok(await app.strapi.documents(BOOKING_REQUEST_UID).findOne({ documentId: id }), 'a refused request changed nothing');
      });

      it(`lets a role with only ${route.action} in, and the Super Admin`, async () => {
        const allowed = await route.send(request(app.baseUrl), await freshRequest()).set(...bearer(onlyThis.get(route.action)!));
        assert.equal(allowed.status, route.permitted ?? 200, allowed.text);
        await route.send(request(app.baseUrl), await freshRequest()).set(...bearer(superAdmin)).expect(route.permitted ?? 200);
      });
    });
  }
});
