import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { apiErrorResponseSchema, pluginSettingsResponseSchema, type PluginSettings } from '@smp-kit/schema';
import { bearer, signInSuperAdmin, type AdminSession } from '../helpers/admin-auth.ts';
import { BOOKING_REQUEST_UID, BOOKING_SETTINGS_UID, exampleSettings, patientBooking, postBooking, saveBookingSettings } from '../helpers/booking.ts';
import { CATEGORY_UID } from '../helpers/faq-documents.ts';
import { header } from '../helpers/http.ts';
import { solidPng } from '../helpers/png.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';
import { createTransformation, uploadImage } from '../helpers/transformation-documents.ts';

const SETTINGS = '/smp-kit/admin/settings';
const CONFIGURED_SITE = 'https://www.example-clinic.com';
const NEW_SITE = 'https://new.example-clinic.com';
const DAY_MS = 86_400_000;
const LIFTED = { perMinute: 1000, perDay: 100_000 };

describe('SMP Kit settings, retention job, embed options and Content Manager, on a real Strapi', () => {
  let app: RunningStrapi;
  let admin: AdminSession;
  const getSettings = async () => pluginSettingsResponseSchema.parse((await request(app.baseUrl).get(SETTINGS).set(...bearer(admin)).expect(200)).body).data;
  const putSettings = (body: unknown) => request(app.baseUrl).put(SETTINGS).set(...bearer(admin)).send(body as object);
  const saveSettings = async (changes: Partial<PluginSettings>) => (await putSettings({ ...(await getSettings()), ...changes }).expect(200)).body.data as PluginSettings;

  before(async () => {
    // As a clinic sets it in config/plugins.ts: the default until the Settings page is saved.
    process.env.SMP_KIT_ALLOWED_ORIGINS = CONFIGURED_SITE;
    process.env.SMP_KIT_BOOKING_RATE_PER_MINUTE = '1000';
    process.env.SMP_KIT_BOOKING_RATE_PER_DAY = '100000';
    app = await startStrapi();
    await saveBookingSettings(app.strapi, { notificationEmail: 'frontdesk@clinic.example', retentionDays: 400 });
    admin = await signInSuperAdmin(app.strapi, app.baseUrl);
  });
  after(async () => {
    for (const name of ['SMP_KIT_ALLOWED_ORIGINS', 'SMP_KIT_BOOKING_RATE_PER_MINUTE', 'SMP_KIT_BOOKING_RATE_PER_DAY']) delete process.env[name];
    await app?.stop();
  });

  describe('settings', () => {
    it('starts from config/plugins.ts and the booking settings fields, before anything is saved', async () => {
      // acceptPhotos: the demo cms's config/plugins.ts turns photos on.
      assert.deepEqual(await getSettings(), { allowedOrigins: [CONFIGURED_SITE], rateLimit: LIFTED, notificationEmail: 'frontdesk@clinic.example', retentionDays: 400, acceptPhotos: true });
    });

    it('refuses invalid settings with 400 naming the field, and keeps the ones in effect', async () => {
      const valid = await getSettings();
      for (const [change, field, message] of [
        [{ allowedOrigins: ['https://www.example-clinic.com/booking'] }, 'allowedOrigins.0', /scheme, host and optional port/],
        [{ rateLimit: { perMinute: 0, perDay: 20 } }, 'rateLimit.perMinute', /at least 1/],
        [{ rateLimit: { perMinute: 10, perDay: 5 } }, 'rateLimit.perDay', /daily limit cannot be lower/],
        [{ notificationEmail: 'front desk' }, 'notificationEmail', /name@example\.com/],
        [{ retentionDays: 0 }, 'retentionDays', /at least 1 day/],
        [{ retentionDays: 2.5 }, 'retentionDays', /whole number/],
      ] as const) {
        const response = await putSettings({ ...valid, ...change }).expect(400);
        const { error } = apiErrorResponseSchema.parse(response.body);
        assert.equal(error.details?.errors?.[0]?.path.join('.'), field);
        assert.match(error.message, message);
      }
      const incomplete = await putSettings({ allowedOrigins: [] }).expect(400);
      assert.deepEqual(apiErrorResponseSchema.parse(incomplete.body).error.details?.errors?.map((detail) => detail.path[0]), ['rateLimit', 'notificationEmail', 'retentionDays']);
      assert.deepEqual(await getSettings(), valid);
    });

    it('applies a new allowlist to booking requests at once, without a restart', async () => {
      await postBooking(app.baseUrl, patientBooking()).set('Origin', NEW_SITE).expect(403);
      const saved = await saveSettings({ allowedOrigins: [NEW_SITE] });
      assert.deepEqual(saved.allowedOrigins, [NEW_SITE]);
      const accepted = await postBooking(app.baseUrl, patientBooking()).set('Origin', NEW_SITE).expect(201);
      assert.equal(header(accepted, 'access-control-allow-origin'), NEW_SITE);
      await postBooking(app.baseUrl, patientBooking()).set('Origin', CONFIGURED_SITE).expect(403);
      assert.deepEqual((await getSettings()).allowedOrigins, [NEW_SITE], 'the saved list replaces the one from config/plugins.ts');
    });

    it('applies a new rate limit at once, in both directions', async () => {
      await postBooking(app.baseUrl, patientBooking()).expect(201);
      await saveSettings({ rateLimit: { perMinute: 1, perDay: 100 } });
      const limited = await postBooking(app.baseUrl, patientBooking()).expect(429);
      assert.ok(Number(header(limited, 'retry-after')) >= 1);
      await saveSettings({ rateLimit: LIFTED });
      await postBooking(app.baseUrl, patientBooking()).expect(201);
    });
  });

  describe('retention job', () => {
    const sendAged = async (name: string, ageDays: number) => {
      const { body } = await postBooking(app.baseUrl, patientBooking({ name })).expect(201);
      await app.strapi.db.query(BOOKING_REQUEST_UID).update({ where: { reference: body.data.reference }, data: { createdAt: new Date(Date.now() - ageDays * DAY_MS).toISOString() } });
      return body.data.reference as string;
    };
    const exists = async (reference: string) => (await app.strapi.db.query(BOOKING_REQUEST_UID).count({ where: { reference } })) === 1;
    const retentionJob = () => app.strapi.cron.jobs.find((job: { name: string | null }) => job.name === 'smp-kit-booking-retention')?.job;

    it('is scheduled daily in Strapi cron', () => {
      const job = retentionJob();
      assert.ok(job, 'the job is registered');
      const next = job.nextInvocation() as Date;
      assert.ok(next.getTime() - Date.now() <= DAY_MS, `next run ${next.toISOString()} is within a day`);
    });

    it('deletes requests older than the retention period saved in Settings, and only those', async () => {
      await saveSettings({ retentionDays: 30 });
      const old = await sendAged('Retention Old', 31);
      const young = await sendAged('Retention Young', 29);
      await retentionJob()!.invoke();
      assert.equal(await exists(old), false, 'the 31-day-old request is gone');
      assert.equal(await exists(young), true, 'the 29-day-old request stays');
    });

    it('deletes nothing while no retention period is set', async () => {
      await saveSettings({ retentionDays: null });
      const ancient = await sendAged('Retention Ancient', 5000);
      await retentionJob()!.invoke();
      assert.equal(await exists(ancient), true);
    });
  });

  describe('embed options', () => {
    it('offers the public URL, locales, published categories and results, and the booking mode', async () => {
      await app.strapi.plugin('i18n').service('locales').create({ code: 'de', name: 'German (de)' });
      await app.strapi.documents(CATEGORY_UID).create({ locale: 'en', status: 'published', data: { name: 'Aftercare', slug: 'aftercare', order: 2 } as never });
      await app.strapi.documents(CATEGORY_UID).create({ locale: 'en', status: 'published', data: { name: 'Treatment', slug: 'treatment', order: 1 } as never });
      await app.strapi.documents(CATEGORY_UID).create({ locale: 'en', status: 'draft', data: { name: 'Unpublished', slug: 'unpublished', order: 0 } as never });
      const image = await uploadImage(app.strapi, solidPng(8, 8, [120, 110, 100]), { name: 'scalp.png', alternativeText: 'Scalp seen from above' });
      await createTransformation(app.strapi, { title: 'Hairline restoration', slug: 'hairline-restoration', before: image.id, after: image.id });

      const response = await request(app.baseUrl).get('/smp-kit/admin/embed-options').set(...bearer(admin)).expect(200);
      assert.deepEqual(response.body.data, {
        publicUrl: app.baseUrl,
        locales: [
          { code: 'en', name: 'English (en)', isDefault: true },
          { code: 'de', name: 'German (de)', isDefault: false },
        ],
        categories: [
          { slug: 'treatment', name: 'Treatment' },
          { slug: 'aftercare', name: 'Aftercare' },
        ],
        transformations: [{ slug: 'hairline-restoration', title: 'Hairline restoration' }],
        booking: { mode: exampleSettings.mode },
      });
    });

    it('answers the configured public URL when the CMS sits behind a proxy', async () => {
      app.strapi.config.set('server.url', 'https://cms.example-clinic.com/');
      try {
        const response = await request(app.baseUrl).get('/smp-kit/admin/embed-options').set(...bearer(admin)).expect(200);
        assert.equal(response.body.data.publicUrl, 'https://cms.example-clinic.com');
      } finally {
        app.strapi.config.set('server.url', '');
      }
    });
  });

  describe('Content Manager', () => {
    const cm = () => app.strapi.plugin('content-manager').service('content-types');
    const configurationOf = async (uid: string) => cm().findConfiguration(cm().findContentType(uid));

    it('lists FAQ entries, categories and results by order, with clear labels and help text', async () => {
      for (const uid of ['plugin::smp-kit.faq', 'plugin::smp-kit.faq-category', 'plugin::smp-kit.transformation']) {
        const { settings, metadatas, layouts } = await configurationOf(uid);
        assert.equal(settings.defaultSortBy, 'order', uid);
        assert.equal(settings.defaultSortOrder, 'ASC', uid);
        assert.ok(layouts.list.includes('order'), `${uid} shows the order column`);
        assert.equal(metadatas.order.edit.label, 'Order');
        assert.match(metadatas.order.edit.description, /Lower numbers come first/);
      }
      const faq = await configurationOf('plugin::smp-kit.faq');
      assert.equal(faq.metadatas.question.edit.label, 'Question');
      assert.equal(faq.layouts.list[0], 'question');
      const settings = await configurationOf(BOOKING_SETTINGS_UID);
      assert.equal(settings.metadatas.url.edit.label, 'Booking page address');
      assert.match(settings.metadatas.notificationEmail.edit.description, /Only used until the SMP Kit Settings page is saved/);
    });

    it('refuses embed mode without an address through the Content Manager, with a sentence naming the field by its label', async () => {
      const existing = await app.strapi.documents(BOOKING_SETTINGS_UID).findFirst({ locale: 'en' });
      const response = await request(app.baseUrl)
        .put(`/content-manager/single-types/${BOOKING_SETTINGS_UID}?locale=en`)
        .set(...bearer(admin))
        .send({ ...exampleSettings, documentId: existing!.documentId, mode: 'embed', url: '' })
        .expect(400);
      const { error } = apiErrorResponseSchema.parse(response.body);
      assert.equal(error.message, 'These booking settings cannot be saved. Booking page address (url, en): Link and embed modes need the https:// address of your booking page.');
      assert.deepEqual(error.details?.errors?.[0]?.path, ['url'], 'the admin marks the url field');
      assert.equal((await request(app.baseUrl).get('/api/smp-kit/booking').expect(200)).body.data.mode, 'form');
    });

    it("keeps an editor's own list view after a restart", async () => {
      const faqType = cm().findContentType('plugin::smp-kit.faq');
      const configuration = await cm().findConfiguration(faqType);
      await cm().updateConfiguration(faqType, { ...configuration, settings: { ...configuration.settings, defaultSortBy: 'question' } });
      await app.stop({ keepData: true });
      app = await startStrapi({ dataDir: app.dataDir });
      assert.equal((await configurationOf('plugin::smp-kit.faq')).settings.defaultSortBy, 'question');
    });
  });
});
