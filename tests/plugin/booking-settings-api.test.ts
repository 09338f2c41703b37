import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { apiErrorResponseSchema, bookingSettingsResponseSchema } from '@smp-kit/schema';
import { BOOKING_SETTINGS_UID, exampleSettings, saveBookingSettings } from '../helpers/booking.ts';
import { header } from '../helpers/http.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

describe('GET /api/smp-kit/booking and saving booking settings, on a real Strapi', () => {
  let app: RunningStrapi;

  before(async () => {
    app = await startStrapi();
    await app.strapi.plugin('i18n').service('locales').create({ code: 'de', name: 'German (de)' });
  });
  after(() => app?.stop());

  it('answers 404 with the error envelope while no settings are published', async () => {
    const response = await request(app.baseUrl).get('/api/smp-kit/booking').expect(404);
    assert.match(apiErrorResponseSchema.parse(response.body).error.message, /No booking settings are published/);
  });

  it('answers the published settings as the public DTO: no private fields, no internal ids', async () => {
    await saveBookingSettings(app.strapi, { notificationEmail: 'frontdesk@example.org', retentionDays: 90 });
    const response = await request(app.baseUrl).get('/api/smp-kit/booking').expect(200).expect('Content-Type', /application\/json/);
    const { data } = bookingSettingsResponseSchema.parse(response.body);
    assert.deepEqual(Object.keys(response.body.data).sort(), ['acceptsPhotos', 'address', 'clinicName', 'consentText', 'ctaLabel', 'email', 'mode', 'openingHours', 'phone', 'services', 'url']);
    assert.deepEqual(data, {
      mode: 'form',
      url: null,
      ctaLabel: exampleSettings.ctaLabel,
      clinicName: exampleSettings.clinicName,
      phone: exampleSettings.phone,
      email: exampleSettings.email,
      address: exampleSettings.address,
      openingHours: exampleSettings.openingHours,
      services: exampleSettings.services,
      consentText: exampleSettings.consentText,
      acceptsPhotos: true,
    });
    assert.ok(!response.text.includes('frontdesk@example.org'), 'the notification address stays private');
    assert.ok(!response.text.includes('retention'), 'the retention period stays private');
    assert.match(header(response, 'cache-control'), /public/);
    assert.ok(header(response, 'etag'));
  });

  it('answers the closest published locale: de-AT gets German, an unpublished language the default', async () => {
    const english = await app.strapi.documents(BOOKING_SETTINGS_UID).findFirst({ locale: 'en' });
    await app.strapi.documents(BOOKING_SETTINGS_UID).update({
      documentId: english!.documentId,
      locale: 'de',
      status: 'published',
      data: { ...exampleSettings, ctaLabel: 'Beratung anfragen', consentText: 'Ich bin einverstanden, kontaktiert zu werden.' } as never,
    });
    const austrian = await request(app.baseUrl).get('/api/smp-kit/booking?locale=de-AT').expect(200);
    assert.equal(austrian.body.data.ctaLabel, 'Beratung anfragen');
    const french = await request(app.baseUrl).get('/api/smp-kit/booking?locale=fr').expect(200);
    assert.equal(french.body.data.ctaLabel, exampleSettings.ctaLabel);
  });

  it('answers 400 naming the locale when it is not a language code at all', async () => {
    const response = await request(app.baseUrl).get('/api/smp-kit/booking?locale=%3Cscript%3E').expect(400);
    assert.deepEqual(apiErrorResponseSchema.parse(response.body).error.details?.errors?.[0]?.path, ['locale']);
  });

  it('keeps serving the published settings while an editor works on a draft', async () => {
    await saveBookingSettings(app.strapi, { ctaLabel: 'Draft label' }, { status: 'draft' });
    const response = await request(app.baseUrl).get('/api/smp-kit/booking').expect(200);
    assert.equal(response.body.data.ctaLabel, exampleSettings.ctaLabel);
  });

  it('refuses to save embed or link mode without an https address, naming the url field', async () => {
    for (const [mode, url] of [
      ['embed', null],
      ['link', 'http://booking.example.org/clinic'],
      ['embed', 'javascript:alert(1)'],
    ] as const) {
      await assert.rejects(saveBookingSettings(app.strapi, { mode, url }), (error: Error & { details?: { errors?: Array<{ path: string[] }> } }) => {
        assert.equal(error.name, 'ValidationError');
        assert.match(error.message, /url.*https:\/\//);
        assert.deepEqual(error.details?.errors?.[0]?.path, ['url']);
        return true;
      });
    }
    const response = await request(app.baseUrl).get('/api/smp-kit/booking').expect(200);
    assert.equal(response.body.data.mode, 'form', 'the refused saves changed nothing');
  });

  it('refuses structured fields the widget could not use, with a sentence an editor understands', async () => {
    await assert.rejects(saveBookingSettings(app.strapi, { openingHours: [{ days: ['mon'], opens: '18:00', closes: '09:00' }] }), /openingHours\.0\.closes.*closing time must be after the opening time/);
    await assert.rejects(saveBookingSettings(app.strapi, { services: [{ slug: 'Scar Camouflage', name: 'Scar camouflage' }] }), /services\.0\.slug/);
    await assert.rejects(saveBookingSettings(app.strapi, { notificationEmail: 'not an address' }), /notificationEmail.*name@example\.com/);
  });

  it('serves embed mode once it has an https address', async () => {
    await saveBookingSettings(app.strapi, { mode: 'embed', url: 'https://cal.example.com/example-clinic/consultation' });
    const response = await request(app.baseUrl).get('/api/smp-kit/booking').expect(200);
    assert.equal(response.body.data.mode, 'embed');
    assert.equal(response.body.data.url, 'https://cal.example.com/example-clinic/consultation');
  });

  it('serves the booking button bundle next to the others, for the embed snippet', async () => {
    const response = await request(app.baseUrl).get('/smp-kit/smp-booking-button.js').expect(200);
    assert.match(header(response, 'content-type'), /^text\/javascript/);
    assert.match(response.text, /smp-booking-button/);
  });
});
