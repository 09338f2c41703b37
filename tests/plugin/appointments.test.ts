// A booked consultation from the patient's and the clinic's side: the confirmation email with
// its calendar invite, the signed link that cancels it (and frees the time), and the clinic's
// private calendar feed, revocable in the admin.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import request from 'supertest';
import { availabilityResponseSchema, type AdminBookingRequest } from '@smp-kit/schema';
import { signInSuperAdmin, signInWithActions, type AdminSession } from '../helpers/admin-auth.ts';
import { patientBooking, postBooking, startBookingStrapi } from '../helpers/booking.ts';
import { startMailbox } from '../helpers/mailbox.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';
import { LOCATION_UID, openEveryDay } from './slot-booking-suite.ts';

const SMTP_ENV = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'SMTP_FROM'];
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('booked consultations: confirmation, self-service cancelling and the clinic calendar', () => {
  let app: RunningStrapi;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let admin: AdminSession;

  const freeStarts = async (from = day(20)) =>
    availabilityResponseSchema.parse((await request(app.baseUrl).get(`/api/smp-kit/availability?location=london&from=${from}&to=${from}`).expect(200)).body).data.slots.map((slot) => slot.start);
  /** Books the first free time of the day, in `locale`, and returns the patient's confirmation. */
  const bookAndReadConfirmation = async (locale: string, from = day(20)) => {
    const [start] = await freeStarts(from);
    const sent = mailbox.messages.length;
    const { reference } = (await postBooking(app.baseUrl, patientBooking({ locale, email: `patient-${locale}@example.com`, service: 'scar-camouflage', slot: { location: 'london', start } })).expect(201)).body.data;
    const mail = await simpleParser((await mailbox.nextMessage(sent + 1)).raw);
    return { reference: reference as string, start: start!, mail };
  };
  const linkIn = (mail: ParsedMail, purpose: 'cancel' | 'move') => new URL(mail.text!.match(new RegExp(`https?://\\S+/${purpose}\\?\\S+`))![0]);
  const cancelLinkIn = (mail: ParsedMail) => linkIn(mail, 'cancel');
  const inboxEntry = async (reference: string) => {
    const [listed] = (await request(app.baseUrl).get(`/smp-kit/admin/booking-requests?q=${reference}`).set('Authorization', `Bearer ${admin.token}`).expect(200)).body.data;
    return (await request(app.baseUrl).get(`/smp-kit/admin/booking-requests/${listed.documentId}`).set('Authorization', `Bearer ${admin.token}`).expect(200)).body.data as AdminBookingRequest;
  };

  before(async () => {
    mailbox = await startMailbox();
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), SMTP_IGNORE_TLS: 'true', SMTP_FROM: 'Example Clinic <website@clinic.example>' });
    app = await startBookingStrapi();
    app.strapi.config.set('server.url', app.baseUrl);
    admin = await signInSuperAdmin(app.strapi, app.baseUrl);
    await app.strapi.documents(LOCATION_UID as never).create({ data: openEveryDay({ name: 'London studio', slug: 'london', serviceMinutes: [{ service: 'scar-camouflage', minutes: 60 }] }) as never });
  });
  after(async () => {
    for (const key of SMTP_ENV) delete process.env[key];
    await app?.stop();
    await mailbox?.close();
  });

  it('emails the patient a confirmation in their language with a calendar invite, and no one else’s details', async () => {
    const { reference, start, mail } = await bookAndReadConfirmation('en');
    assert.deepEqual(mail.to && 'value' in mail.to ? mail.to.value.map((address) => address.address) : [], ['patient-en@example.com']);
    assert.match(mail.subject ?? '', /^Your consultation at Example Scalp Clinic: /);
    assert.match(mail.text ?? '', new RegExp(`Reference: ${reference}`));
    assert.match(mail.text ?? '', /Treatment: Scar camouflage/);
    const invite = mail.attachments.find((attachment) => attachment.filename === 'consultation.ics');
    assert.ok(invite, 'the invite is attached');
    assert.match(invite.contentType, /^text\/calendar/);
    const ics = invite.content.toString('utf8');
    const utc = new Date(start).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    assert.match(ics, /BEGIN:VEVENT/);
    assert.match(ics, new RegExp(`UID:${reference}@smp-kit`));
    assert.match(ics, new RegExp(`DTSTART:${utc}`), `starts at ${utc} (the patient's calendar shows it in their own zone)`);
    assert.match(ics, new RegExp(`DTEND:${new Date(Date.parse(start) + 60 * 60_000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`), 'an hour for scar camouflage');
    assert.ok(!ics.includes('Jane Patient') && !ics.includes('+44 20 7946 0555'), 'no contact details in the invite');

    const german = await bookAndReadConfirmation('de', day(21));
    assert.match(german.mail.subject ?? '', /^Ihr Beratungstermin bei Example Scalp Clinic: /);
    assert.match(german.mail.text ?? '', /Referenz: /);
    const germanMove = linkIn(german.mail, 'move');
    const germanPage = await request(app.baseUrl).get(germanMove.pathname + germanMove.search).expect(200);
    assert.match(germanPage.text, /<html lang="de">/);
    assert.match(germanPage.text, /<h1>Termin verschieben<\/h1>/);
  });

  it('cancels through the signed link (asking first), frees the time at once, and refuses forged or expired links', async () => {
    const { reference, start, mail } = await bookAndReadConfirmation('en', day(22));
    assert.ok(!(await freeStarts(day(22))).includes(start), 'booked, so not offered');
    const link = cancelLinkIn(mail);

    const asked = await request(app.baseUrl).get(link.pathname + link.search).expect(200).expect('Content-Type', /text\/html/);
    assert.match(asked.text, /Cancel your consultation\?/);
    assert.ok(!(await freeStarts(day(22))).includes(start), 'opening the link (as mail scanners do) cancels nothing');

    const fields = Object.fromEntries(link.searchParams);
    await request(app.baseUrl).post(link.pathname).type('form').send({ ...fields, signature: `${fields.signature!.slice(0, -2)}xx` }).expect(403, /does not work/);
    await request(app.baseUrl).post(link.pathname.replace(reference, 'SMP-22222')).type('form').send(fields).expect(403);

    const sent = mailbox.messages.length;
    const done = await request(app.baseUrl).post(link.pathname).type('form').send(fields).expect(200);
    assert.match(done.text, /Your consultation is cancelled/);
    assert.ok((await freeStarts(day(22))).includes(start), 'the time is free again at once');
    // The calendar the confirmation's invite filled drops the event too.
    const notice = await simpleParser((await mailbox.nextMessage(sent + 1)).raw);
    assert.match(notice.subject ?? '', /^Your consultation at Example Scalp Clinic on .+ is cancelled$/);
    assert.match(notice.text ?? '', /is cancelled, as you asked/);
    assert.match(notice.text ?? '', new RegExp(`Reference: ${reference}`));
    const cancelIcs = notice.attachments.find((attachment) => attachment.filename === 'consultation.ics')!.content.toString('utf8');
    assert.match(cancelIcs, /METHOD:CANCEL/);
    assert.match(cancelIcs, /STATUS:CANCELLED/);
    assert.match(cancelIcs, new RegExp(`UID:${reference}@smp-kit`));
    const again = await request(app.baseUrl).post(link.pathname).type('form').send(fields).expect(200);
    assert.match(again.text, /Already cancelled/);

    const inbox = await request(app.baseUrl).get('/smp-kit/admin/booking-requests?q=' + reference).set('Authorization', `Bearer ${admin.token}`).expect(200);
    assert.equal(inbox.body.data[0].status, 'closed', 'the inbox shows it closed');

    const expired = app.strapi.plugin('smp-kit').service('appointments').signedLink('cancel', reference, (await import('luxon')).DateTime.now().minus({ minutes: 1 }));
    const old = new URL(expired);
    await request(app.baseUrl).post(old.pathname).type('form').send(Object.fromEntries(old.searchParams)).expect(410, /expired/);
  });

  it('moves through the signed link in one step: the free times to choose from, a new invite, the old time freed, and the history in the inbox', async () => {
    const { reference, start, mail } = await bookAndReadConfirmation('en', day(24));
    const link = linkIn(mail, 'move');
    const fields = Object.fromEntries(link.searchParams);
    const post = (body: Record<string, string>) => request(app.baseUrl).post(link.pathname).type('form').send({ ...fields, ...body });

    await request(app.baseUrl).post(link.pathname.replace('/move', '/cancel')).type('form').send(fields).expect(403, /does not work/);
    const [newStart, other] = (await freeStarts(day(25))) as [string, string];
    const choice = await request(app.baseUrl).get(link.pathname + link.search).expect(200).expect('Content-Type', /text\/html/);
    assert.match(choice.text, /<h1>Move your consultation<\/h1>/);
    assert.ok(choice.text.includes(`value="${newStart}"`), 'offers the free times');
    assert.ok(!choice.text.includes(`value="${start}"`), 'not its own time');
    assert.match(choice.text, /<legend>\w+day \d+ \w+ \d{4}<\/legend>/, 'grouped by day, the full date as the legend');
    assert.ok(!(await freeStarts(day(24))).includes(start), 'opening the page moves nothing');

    await post({}).expect(400, /Please choose one of the free times/);
    await post({ start: `${day(25)}T09:10:00+00:00` }).expect(400, /not offered/);
    const before = mailbox.messages.length;
    await postBooking(app.baseUrl, patientBooking({ email: 'someone-else@example.com', slot: { location: 'london', start: other } })).expect(201);
    await mailbox.nextMessage(before + 1);
    const taken = await post({ start: other }).expect(409);
    assert.match(taken.text, /That time was just taken/);
    assert.equal(new Date((await inboxEntry(reference)).appointment!.start).toISOString(), new Date(start).toISOString(), 'a refused move keeps the old time');

    const sent = mailbox.messages.length;
    const moved = await post({ start: newStart }).expect(200);
    assert.match(moved.text, /Your consultation is moved/);
    assert.ok((await freeStarts(day(24))).includes(start), 'the old time is free again');
    assert.ok(!(await freeStarts(day(25))).includes(newStart), 'the new one is taken');

    const update = await simpleParser((await mailbox.nextMessage(sent + 1)).raw);
    assert.match(update.subject ?? '', /^Your consultation at Example Scalp Clinic is moved to /);
    const ics = update.attachments.find((attachment) => attachment.filename === 'consultation.ics')!.content.toString('utf8');
    assert.match(ics, new RegExp(`DTSTART:${new Date(newStart).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`));
    assert.match(ics, new RegExp(`UID:${reference}@smp-kit`), 'the same event, so calendars update it');
    assert.match(ics, /SEQUENCE:1/);

    const entry = await inboxEntry(reference);
    assert.equal(entry.appointment!.status, 'booked');
    assert.deepEqual(entry.appointment!.history.map(({ event, by }) => `${event} by ${by}`), ['booked by patient', 'moved by patient']);
    assert.equal(entry.appointment!.history[1]!.from, new Date(start).toISOString());
    assert.equal(entry.appointment!.history[1]!.start, new Date(newStart).toISOString());

    const cancel = linkIn(update, 'cancel');
    const beforeCancel = mailbox.messages.length;
    await request(app.baseUrl).post(cancel.pathname).type('form').send(Object.fromEntries(cancel.searchParams)).expect(200, /Your consultation is cancelled/);
    const cancelledMail = await simpleParser((await mailbox.nextMessage(beforeCancel + 1)).raw);
    const cancelledIcs = cancelledMail.attachments.find((attachment) => attachment.filename === 'consultation.ics')!.content.toString('utf8');
    assert.match(cancelledIcs, /SEQUENCE:2/, 'one more than the move’s invite, so calendars apply the cancellation');
    assert.ok((await freeStarts(day(25))).includes(newStart), 'cancelling the moved consultation frees its new time');
    const closed = await inboxEntry(reference);
    assert.equal(closed.appointment!.status, 'cancelled');
    assert.deepEqual(closed.appointment!.history.map(({ event }) => event), ['booked', 'moved', 'cancelled']);
    await post({ start: other }).expect(200, /Already cancelled/);

    const csv = await request(app.baseUrl).get(`/smp-kit/admin/booking-requests/export.csv?q=${reference}`).set('Authorization', `Bearer ${admin.token}`).expect(200);
    assert.match(csv.text, /Consultation status/);
    assert.match(csv.text, new RegExp(`${reference},closed,.*,${new Date(newStart).toISOString()},london,cancelled,`));
  });

  it('tells the patient to call, in a page, when the location can no longer offer times; the consultation keeps its time', async () => {
    const { reference, start, mail } = await bookAndReadConfirmation('de', day(26));
    const link = linkIn(mail, 'move');
    const locations = app.strapi.db.query(LOCATION_UID as never);
    // What an editor's broken save (or a row edited by hand) leaves: settings the availability refuses.
    await locations.update({ where: { slug: 'london' }, data: { timeZone: 'Not/A_Zone' } });
    try {
      const page = await request(app.baseUrl).get(link.pathname + link.search).expect(503).expect('Content-Type', /text\/html/);
      assert.match(page.text, /<h1>Verschieben ist gerade nicht online möglich<\/h1>/);
      assert.match(page.text, /rufen Sie bitte die Praxis an/);
      assert.match(page.text, new RegExp(`Termin ${reference} am `), 'names the consultation it keeps');
      await request(app.baseUrl).post(link.pathname).type('form').send({ ...Object.fromEntries(link.searchParams), start }).expect(503, /Verschieben ist gerade nicht online möglich/);
      assert.equal(new Date((await inboxEntry(reference)).appointment!.start).toISOString(), new Date(start).toISOString());
      const cancel = cancelLinkIn(mail);
      await request(app.baseUrl).get(cancel.pathname + cancel.search).expect(200, /Termin absagen\?/);
    } finally {
      await locations.update({ where: { slug: 'london' }, data: { timeZone: 'Europe/London' } });
    }
  });

  it('lets the clinic cancel a consultation from the inbox (a patient phoned): the time is free, the patient is told and their calendar drops it', async () => {
    const { reference, start } = await bookAndReadConfirmation('de', day(27));
    const { documentId } = await inboxEntry(reference);
    const cancelUrl = `/smp-kit/admin/booking-requests/${documentId}/cancel-appointment`;
    const reader = await signInWithActions(app.strapi, app.baseUrl, 'Reads requests only', ['plugin::smp-kit.requests.read']);
    await request(app.baseUrl).post(cancelUrl).set('Authorization', `Bearer ${reader.token}`).expect(403);
    assert.ok(!(await freeStarts(day(27))).includes(start), 'a refused call frees nothing');

    const sent = mailbox.messages.length;
    const cancelled = await request(app.baseUrl).post(cancelUrl).set('Authorization', `Bearer ${admin.token}`).expect(200);
    const entry = cancelled.body.data as AdminBookingRequest;
    assert.equal(entry.appointment!.status, 'cancelled');
    assert.equal(entry.status, 'closed');
    assert.deepEqual(entry.appointment!.history.map(({ event, by }) => `${event} by ${by}`), ['booked by patient', 'cancelled by clinic']);
    assert.ok((await freeStarts(day(27))).includes(start), 'the time is free for others at once');

    const notice = await simpleParser((await mailbox.nextMessage(sent + 1)).raw);
    assert.deepEqual(notice.to && 'value' in notice.to ? notice.to.value.map((address) => address.address) : [], ['patient-de@example.com']);
    assert.match(notice.subject ?? '', /^Ihr Beratungstermin bei Example Scalp Clinic am .+ ist abgesagt$/);
    assert.match(notice.text ?? '', new RegExp(`Referenz: ${reference}`));
    assert.ok(!/\/appointments\//.test(notice.text ?? ''), 'no move or cancel link for a cancelled consultation');
    const ics = notice.attachments.find((attachment) => attachment.filename === 'consultation.ics')!.content.toString('utf8');
    assert.match(ics, /METHOD:CANCEL/);
    assert.match(ics, /STATUS:CANCELLED/);
    assert.match(ics, new RegExp(`UID:${reference}@smp-kit`), 'the same event the confirmation added');
    assert.match(ics, /SEQUENCE:1/);

    const again = await request(app.baseUrl).post(cancelUrl).set('Authorization', `Bearer ${admin.token}`).expect(409);
    assert.match(again.body.error.message, /cancelled already/);
  });

  it('lists booked consultations in the location’s private calendar feed without contact details, until the address is revoked', async () => {
    const { reference } = await bookAndReadConfirmation('en', day(23));
    const feeds = await request(app.baseUrl).get('/smp-kit/admin/calendar-feeds').set('Authorization', `Bearer ${admin.token}`).expect(200);
    const [feed] = feeds.body.data as { location: string; url: string }[];
    assert.equal(feed!.location, 'london');
    const token = new URL(feed!.url).searchParams.get('token')!;
    assert.ok(token.length >= 40, 'a long random token');

    const ics = await request(app.baseUrl).get(`/api/smp-kit/calendar-feeds/london?token=${token}`).expect(200).expect('Content-Type', /text\/calendar/);
    assert.match(ics.text, new RegExp(`SUMMARY:Consultation ${reference} · scar-camouflage`));
    assert.ok(!ics.text.includes('patient-en@example.com') && !ics.text.includes('Jane Patient') && !ics.text.includes('I have a scar'), 'no contact details or message');

    await request(app.baseUrl).get('/api/smp-kit/calendar-feeds/london?token=wrong').expect(404);
    const reader = await signInWithActions(app.strapi, app.baseUrl, 'Reader', ['plugin::smp-kit.requests.read']);
    await request(app.baseUrl).get('/smp-kit/admin/calendar-feeds').set('Authorization', `Bearer ${reader.token}`).expect(403);

    await request(app.baseUrl).post('/smp-kit/admin/calendar-feeds/london/revoke').set('Authorization', `Bearer ${admin.token}`).send({}).expect(200);
    await request(app.baseUrl).get(`/api/smp-kit/calendar-feeds/london?token=${token}`).expect(404);
    const renewed = await request(app.baseUrl).get('/smp-kit/admin/calendar-feeds').set('Authorization', `Bearer ${admin.token}`).expect(200);
    await request(app.baseUrl).get(new URL(renewed.body.data[0].url).pathname + new URL(renewed.body.data[0].url).search).expect(200);
  });
});
