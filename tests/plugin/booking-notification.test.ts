import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BOOKING_REQUEST_UID, liftRateLimits, patientBooking, postBooking, saveBookingSettings } from '../helpers/booking.ts';
import { phoneScalpPhoto, uploadPhoto } from '../helpers/booking-photos.ts';
import { decoded, startMailbox } from '../helpers/mailbox.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

describe('the clinic is told about new booking requests by email, on a real Strapi and a real SMTP server', () => {
  let app: RunningStrapi;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;

  before(async () => {
    mailbox = await startMailbox();
    // Read by cms/config/plugins.ts: nodemailer through our local server.
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), SMTP_IGNORE_TLS: 'true', SMTP_FROM: 'Example Clinic website <website@clinic.example>' });
    app = await startStrapi();
    liftRateLimits(app.strapi);
  });
  after(async () => {
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'SMTP_FROM']) delete process.env[key];
    await app?.stop();
    await mailbox?.close();
  });

  it('sends nothing while no notification address is set', async () => {
    await saveBookingSettings(app.strapi, { notificationEmail: null });
    await postBooking(app.baseUrl, patientBooking()).expect(201);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(mailbox.messages.length, 0);
  });

  it('emails the notification address with the reference, the service and a link to the request', async () => {
    await saveBookingSettings(app.strapi, { notificationEmail: 'frontdesk@clinic.example' });
    const patient = { name: 'Yolanda Vexley', email: 'yolanda.vexley@patient.example', phone: '+44 20 7946 0888', message: 'Please call after six.' };
    const response = await postBooking(app.baseUrl, patientBooking({ ...patient, service: 'hairline-restoration' })).expect(201);
    const { reference } = response.body.data;

    const mail = await mailbox.nextMessage(1);
    const text = decoded(mail.raw);
    assert.deepEqual(mail.to, ['frontdesk@clinic.example']);
    assert.equal(mail.from, 'website@clinic.example');
    assert.match(text, new RegExp(`Subject: New consultation request ${reference}`));
    assert.match(text, new RegExp(`Reference: ${reference}`));
    assert.match(text, /Service: Hairline restoration/);
    const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference } });
    assert.ok(text.includes(`/admin/plugins/smp-kit/requests/${stored.documentId}`), 'links to the request in the SMP Kit inbox');
    for (const value of Object.values(patient)) assert.ok(!text.includes(value), `the email carries "${value}": contact details stay in the CMS`);
  });

  it('never attaches or links the patient’s scalp photos', async () => {
    await saveBookingSettings(app.strapi, { notificationEmail: 'frontdesk@clinic.example' });
    const upload = await uploadPhoto(app.baseUrl, await phoneScalpPhoto(800, 600));
    assert.equal(upload.status, 201);
    const photo = ((await upload.json()) as { data: { id: string } }).data;
    const sent = mailbox.messages.length;
    const { reference } = (await postBooking(app.baseUrl, patientBooking({ photos: [photo.id] })).expect(201)).body.data;
    const mail = await mailbox.nextMessage(sent + 1);
    assert.match(decoded(mail.raw), new RegExp(`Reference: ${reference}`));
    assert.doesNotMatch(mail.raw, /Content-Disposition: attachment|Content-Type: image\//i, 'no attachment, no inline image');
    assert.ok(!mail.raw.includes(photo.id), 'no photo id or link');
    assert.ok(mail.raw.length < 10_000, `a short text email (${mail.raw.length} bytes), no photo inside`);
  });

  it('answers the patient at once even when the mail server is down, and keeps the request', async () => {
    await mailbox.close();
    const response = await postBooking(app.baseUrl, patientBooking()).expect(201);
    const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference: response.body.data.reference } });
    assert.ok(stored, 'the request is stored even though no email could be sent');
  });
});
