import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { bookingRequestReceivedSchema, type AdminBookingRequest } from '@smp-kit/schema';
import { simpleParser } from 'mailparser';
import { heicScalpPhoto } from '../helpers/booking-photos.ts';
import { startMailbox } from '../helpers/mailbox.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startCmsProcess, type CmsProcess } from '../helpers/cms-process.ts';

// The clinic's editor, created by the cms in development from these (see cms/src/seed/admin-account.ts).
const EDITOR = { email: 'editor@clinic.example', password: 'E2eEditorPassw0rd' };

interface StoredRequest {
  reference: string;
  requestStatus: string;
  name: string;
  email: string;
  phone: string | null;
  service: string | null;
  preferredTime: string | null;
  slotLocation: string | null;
  slotStart: string | null;
  message: string | null;
  pageUrl: string | null;
  utm: Record<string, string> | null;
  consentedAt: string;
  consentText: string | null;
}

async function editorToken(baseUrl: string): Promise<string> {
  const login = await fetch(`${baseUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(EDITOR) });
  assert.equal(login.status, 200, 'the editor can log in');
  return ((await login.json()) as { data: { token: string } }).data.token;
}

/** The booking requests as the clinic's staff see them in the admin (Content Manager API). */
async function requestsInAdmin(baseUrl: string): Promise<Array<StoredRequest & { documentId: string }>> {
  const list = await fetch(`${baseUrl}/content-manager/collection-types/plugin::smp-kit.booking-request?sort=createdAt:desc`, { headers: { Authorization: `Bearer ${await editorToken(baseUrl)}` } });
  assert.equal(list.status, 200);
  return ((await list.json()) as { results: Array<StoredRequest & { documentId: string }> }).results;
}

describe('booking a consultation on the demo clinic page', () => {
  let cms: CmsProcess;
  let browser: Browser;
  let page: Page;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  const pageErrors: string[] = [];

  before(async () => {
    // The cms sends email through this local SMTP server (cms/config/plugins.ts reads SMTP_*).
    mailbox = await startMailbox();
    const smtp = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), SMTP_IGNORE_TLS: 'true', SMTP_FROM: 'Northline Scalp Studio <website@northline-scalp.example>' };
    cms = await startCmsProcess({ env: { HOST: '127.0.0.1', SMP_KIT_ADMIN_EMAIL: EDITOR.email, SMP_KIT_ADMIN_PASSWORD: EDITOR.password, ...smtp } });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${cms.baseUrl}/?utm_source=e2e&utm_campaign=booking-test#book`);
  });

  after(async () => {
    await browser?.close();
    await cms?.stop();
    await mailbox?.close();
  });

  it('shows the booking button in the page and floating in the corner, labelled from the CMS', async () => {
    const inline = page.locator('#book smp-booking-button').getByRole('button', { name: 'Book a consultation' });
    await inline.waitFor();
    assert.ok(await page.locator('smp-booking-button[floating]').getByRole('button', { name: 'Book', exact: true }).isVisible());
    assert.equal(await page.locator('smp-booking-button[floating]').evaluate((element) => getComputedStyle(element).position), 'fixed');
  });

  let chosenStart = '';

  it('books a free consultation time through the form and shows the reference and the clinic phone', async () => {
    await page.locator('#book smp-booking-button').getByRole('button', { name: 'Book a consultation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Book a consultation' });
    await dialog.waitFor();
    await dialog.getByLabel('Your name').fill('Erika Example');
    await dialog.getByLabel('Email').fill('erika.example@patient.example');
    await dialog.getByLabel('Phone').fill('+44 20 7946 0999');
    await dialog.getByLabel('Treatment you are interested in').selectOption({ label: 'Scar camouflage' });
    // The studio's free times: the first free day, then its second time, from the keyboard.
    const firstFreeDay = dialog.locator('.days [role="gridcell"][aria-disabled="false"]').first();
    await firstFreeDay.waitFor();
    assert.match((await firstFreeDay.getAttribute('aria-label')) ?? '', /, \d+ free times?$/);
    await firstFreeDay.focus();
    await page.keyboard.press('Enter');
    const secondTime = dialog.locator('.times [role="gridcell"]').nth(1);
    await secondTime.waitFor();
    await dialog.locator('.times [role="gridcell"]').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    assert.equal(await secondTime.getAttribute('aria-selected'), 'true');
    chosenStart = (await secondTime.getAttribute('data-start')) ?? '';
    assert.match(chosenStart, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/, 'an instant in the studio’s zone');
    await dialog.getByLabel('Message').fill('I would like to hide a scar from a hair transplant.');
    // A photo as an iPhone saves it (HEIC), converted by the cms.
    await dialog.getByLabel('Photos of your scalp').setInputFiles({ name: 'IMG_0042.HEIC', mimeType: 'image/heic', buffer: await heicScalpPhoto() });
    await dialog.getByText('Attached', { exact: true }).waitFor();
    await dialog.getByLabel(/I agree that Northline Scalp Studio may store the details/).check();

    const answer = page.waitForResponse((response) => response.url().endsWith('/api/smp-kit/booking-requests') && response.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    const response = await answer;
    assert.equal(response.status(), 201);
    const { reference } = bookingRequestReceivedSchema.parse(await response.json()).data;

    await dialog.getByRole('heading', { name: 'Thank you, your request has been sent' }).waitFor();
    assert.equal((await dialog.locator('.reference').textContent())?.trim(), `Your reference: ${reference}`);
    assert.equal(await dialog.getByRole('link', { name: '+44 20 7946 0000' }).getAttribute('href'), 'tel:+442079460000');
  });

  it('stores the request in the cms, where the clinic sees it with the consent it was given', async () => {
    const [stored] = await requestsInAdmin(cms.baseUrl);
    assert.ok(stored, 'the request is in the admin');
    assert.match(stored.reference, /^SMP-[23456789A-HJKMNP-TV-Z]{5}$/);
    assert.equal(stored.requestStatus, 'new');
    assert.equal(stored.name, 'Erika Example');
    assert.equal(stored.email, 'erika.example@patient.example');
    assert.equal(stored.phone, '+44 20 7946 0999');
    assert.equal(stored.service, 'scar-camouflage');
    assert.equal(stored.slotLocation, 'london');
    assert.equal(new Date(stored.slotStart!).toISOString(), new Date(chosenStart).toISOString(), 'the time the patient chose is booked');
    const free = (await (await fetch(`${cms.baseUrl}/api/smp-kit/availability?location=london&service=scar-camouflage&from=${chosenStart.slice(0, 10)}&to=${chosenStart.slice(0, 10)}`)).json()) as { data: { slots: { start: string }[] } };
    assert.ok(!free.data.slots.some((slot) => slot.start === chosenStart), 'and no longer offered to others');
    assert.equal(stored.message, 'I would like to hide a scar from a hair transplant.');
    assert.equal(stored.pageUrl, `${cms.baseUrl}/?utm_source=e2e&utm_campaign=booking-test#book`);
    assert.deepEqual(stored.utm, { source: 'e2e', campaign: 'booking-test' });
    assert.match(stored.consentText ?? '', /^I agree that Northline Scalp Studio may store the details I send/);
    assert.ok(Date.now() - Date.parse(stored.consentedAt) < 5 * 60_000);

    // The photo came with it, as a JPEG only the admin opens.
    const token = await editorToken(cms.baseUrl);
    const inbox = `${cms.baseUrl}/smp-kit/admin/booking-requests/${stored.documentId}`;
    const { data } = (await (await fetch(inbox, { headers: { Authorization: `Bearer ${token}` } })).json()) as { data: AdminBookingRequest };
    assert.deepEqual(data.photos?.map(({ width, height }) => ({ width, height })), [{ width: 320, height: 240 }]);
    const photo = await fetch(`${inbox}/photos/${data.photos![0]!.id}`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(photo.headers.get('content-type'), 'image/jpeg');
    assert.equal((await fetch(`${inbox}/photos/${data.photos![0]!.id}`)).status, 401, 'not without the admin session');
  });

  it('emails the patient the confirmation with an .ics; the clinic’s feed shows it; the email’s links move it and then cancel it, freeing the time', async () => {
    const confirmation = await simpleParser((await mailbox.nextMessage(1)).raw);
    assert.deepEqual(confirmation.to && 'value' in confirmation.to ? confirmation.to.value.map((to) => to.address) : [], ['erika.example@patient.example']);
    const ics = confirmation.attachments.find((attachment) => attachment.filename === 'consultation.ics')?.content.toString('utf8') ?? '';
    assert.match(ics, new RegExp(`DTSTART:${new Date(chosenStart).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`));

    const headers = { Authorization: `Bearer ${await editorToken(cms.baseUrl)}` };
    const [feed] = ((await (await fetch(`${cms.baseUrl}/smp-kit/admin/calendar-feeds`, { headers })).json()) as { data: { url: string }[] }).data;
    const [stored] = await requestsInAdmin(cms.baseUrl);
    assert.match(await (await fetch(feed!.url)).text(), new RegExp(`Consultation ${stored!.reference}`), 'the feed shows the appointment');
    const freeOn = async (start: string) => {
      const day = start.slice(0, 10);
      const free = (await (await fetch(`${cms.baseUrl}/api/smp-kit/availability?location=london&service=scar-camouflage&from=${day}&to=${day}`)).json()) as { data: { slots: { start: string }[] } };
      return free.data.slots.some((slot) => slot.start === start);
    };
    const feedStart = async () =>
      (await (await fetch(feed!.url)).text())
        .split('BEGIN:VEVENT')
        .find((event) => event.includes(`SUMMARY:Consultation ${stored!.reference}`))
        ?.match(/DTSTART:(\d{8}T\d{6}Z)/)?.[1];

    // Moving: the patient picks another time with the keyboard on the page the email links to.
    const patientTab = await browser.newPage();
    await patientTab.goto(confirmation.text!.match(/https?:\/\/\S+\/move\?\S+/)![0]);
    await patientTab.getByRole('heading', { name: 'Move your consultation' }).waitFor();
    const newTime = patientTab.getByRole('radio').first();
    const movedTo = (await newTime.getAttribute('value'))!;
    await newTime.focus();
    await patientTab.keyboard.press('Space');
    await patientTab.getByRole('button', { name: 'Move my consultation' }).click();
    await patientTab.getByRole('heading', { name: 'Your consultation is moved' }).waitFor();
    assert.ok(await freeOn(chosenStart), 'the old time is free again');
    assert.ok(!(await freeOn(movedTo)), 'the new one is taken');
    assert.equal(await feedStart(), new Date(movedTo).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''), 'the feed shows the new time');
    const update = await simpleParser((await mailbox.nextMessage(2)).raw);
    assert.match(update.subject ?? '', /is moved to/);

    // Cancelling, with the link in the newer email.
    await patientTab.goto(update.text!.match(/https?:\/\/\S+\/cancel\?\S+/)![0]);
    await patientTab.getByRole('button', { name: 'Cancel my consultation' }).click();
    await patientTab.getByRole('heading', { name: 'Your consultation is cancelled' }).waitFor();
    await patientTab.close();
    assert.ok(await freeOn(movedTo), 'the time is free again');
    assert.equal(await feedStart(), undefined, 'and gone from the feed');
    const cancellation = await simpleParser((await mailbox.nextMessage(3)).raw);
    assert.match(cancellation.subject ?? '', /is cancelled$/);
    assert.ok(cancellation.attachments.some((attachment) => attachment.content.toString('utf8').includes('METHOD:CANCEL')), 'its invite removes the event from the patient’s calendar');
  });

  it('closes with Escape and gives focus back to the button', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const focusedLabel = await page.evaluate(() => {
      const host = document.activeElement;
      return host?.shadowRoot?.activeElement?.textContent?.trim();
    });
    assert.equal(focusedLabel, 'Book a consultation');
  });

  it('raises no uncaught error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
