import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bookingRequestReceivedSchema } from '@smp-kit/schema';
import { createEditorWithActions } from '../helpers/admin-roles.ts';
import { adminTokenOf, logInThroughAdminForm, screenshotIfAsked } from '../helpers/admin-ui.ts';
import { patientBooking, postBooking } from '../helpers/booking.ts';
import { phoneScalpPhoto, uploadPhoto } from '../helpers/booking-photos.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startCmsProcess, type CmsProcess } from '../helpers/cms-process.ts';

// The local admin the cms creates in development from these (cms/src/seed/admin-account.ts).
const EDITOR = { email: 'admin-ui@clinic.example', password: 'AdminUi-Passw0rd' };

describe('the SMP Kit pages in the Strapi admin panel', () => {
  let cms: CmsProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reference: string;
  const pageErrors: string[] = [];

  // Builds the admin panel first when it is missing or older than the plugin (about two minutes).
  before(
    async () => {
      cms = await startCmsProcess({
        timeoutMs: 600_000,
        env: { HOST: '127.0.0.1', SMP_KIT_SERVE_ADMIN: 'true', SMP_KIT_ADMIN_EMAIL: EDITOR.email, SMP_KIT_ADMIN_PASSWORD: EDITOR.password },
      });
      browser = await launchChromium();
      context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: cms.baseUrl });
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await logInThroughAdminForm(page, cms.baseUrl, EDITOR);
    },
    { timeout: 660_000 },
  );

  after(async () => {
    await browser?.close();
    await cms?.stop();
  });

  it('opens SMP Kit from the main menu on its Embed page', async () => {
    await page.getByRole('link', { name: 'SMP Kit' }).click();
    await page.getByRole('heading', { name: 'Embed', level: 1 }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/admin\/plugins\/smp-kit\/embed$/);
    // The plugin's navigation fills in once the role's permissions have loaded.
    for (const name of ['Embed', 'Booking requests', 'Settings']) await page.getByRole('navigation', { name: 'SMP Kit' }).getByRole('link', { name }).waitFor();
  });

  it('copies the FAQ snippet with the chosen options to the clipboard', async () => {
    await page.getByRole('combobox', { name: 'Element' }).click();
    await page.getByRole('option', { name: 'FAQ', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Search box' }).check();
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied', { exact: true }).waitFor();

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^<script type="module" src="http:\/\/(127\.0\.0\.1|localhost):\d+\/smp-kit\/widgets\.js"><\/script>\n<smp-faq search><\/smp-faq>$/);
    assert.equal(await page.getByTestId('embed-snippet').innerText(), copied, 'the clipboard holds the snippet shown');
    await screenshotIfAsked(page, 'embed-faq');
  });

  it('previews the FAQ with the seeded questions and the chosen search box', async () => {
    const preview = page.frameLocator('iframe[title="Preview of the snippet"]');
    const firstQuestion = preview.locator('smp-faq button[part~="question"]').first();
    await firstQuestion.waitFor();
    assert.equal((await firstQuestion.textContent())?.trim(), 'What is scalp micropigmentation (SMP)?');
    // The frame reloads with the options once they settle; the search box shows they arrived.
    await preview.locator('smp-faq input[part~="search"]').waitFor();
    assert.match((await page.locator('iframe[title="Preview of the snippet"]').getAttribute('src')) ?? '', /\/smp-kit\/preview\?element=smp-faq&search=true$/);
  });

  it('shows a request sent through the public booking form in the inbox', async () => {
    const upload = await uploadPhoto(cms.baseUrl, await phoneScalpPhoto(1200, 900));
    assert.equal(upload.status, 201);
    const photo = ((await upload.json()) as { data: { id: string } }).data;
    const response = await postBooking(cms.baseUrl, patientBooking({ name: 'Inbox Patient', service: 'scar-camouflage', photos: [photo.id] })).expect(201);
    reference = bookingRequestReceivedSchema.parse(response.body).data.reference;

    await page.getByRole('navigation', { name: 'SMP Kit' }).getByRole('link', { name: 'Booking requests' }).click();
    const row = page.getByRole('row').filter({ hasText: reference });
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    assert.equal(cells[0]?.toLowerCase(), 'new', 'a new request has the status New');
    assert.deepEqual(cells.slice(2, 4), ['Inbox Patient', 'Scar camouflage'], 'the service by the name the patient chose');
    await screenshotIfAsked(page, 'inbox');
  });

  it('opens the request, changes its status, and still shows the new status after a reload', async () => {
    await page.getByRole('row').filter({ hasText: reference }).click();
    await page.getByRole('heading', { name: `Request ${reference}`, level: 1 }).waitFor();
    assert.ok(await page.getByText('jane.patient@example.com').isVisible());
    await page.getByRole('heading', { name: 'Scalp photos (1)' }).waitFor();
    const photo = page.getByRole('img', { name: 'Photo 1' });
    await photo.waitFor();
    await page.waitForFunction(() => (document.querySelector('img[alt="Photo 1"]') as HTMLImageElement | null)?.naturalWidth === 900);
    assert.match((await photo.getAttribute('src')) ?? '', /^blob:/, 'shown from memory: the photo has no address outside the session');

    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Contacted' }).click();
    await page.getByLabel('Internal note').fill('Called back, prefers Saturdays.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    await screenshotIfAsked(page, 'request-detail');

    await page.reload();
    await page.getByRole('heading', { name: `Request ${reference}`, level: 1 }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Status' }).innerText(), 'Contacted');
    assert.equal(await page.getByLabel('Internal note').inputValue(), 'Called back, prefers Saturdays.');
  });

  it('shows a booked consultation with its status and history on the request', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const inAMonth = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
    // For the service patientBooking asks for: its length sets which starts are offered.
    const free = (await (await fetch(`${cms.baseUrl}/api/smp-kit/availability?location=london&service=scar-camouflage&from=${today}&to=${inAMonth}`)).json()) as { data: { slots: { start: string }[] } };
    const start = free.data.slots[0]!.start;
    const booked = await postBooking(cms.baseUrl, patientBooking({ name: 'Slot Patient', slot: { location: 'london', start } })).expect(201);
    const slotReference = bookingRequestReceivedSchema.parse(booked.body).data.reference;

    await page.getByRole('navigation', { name: 'SMP Kit' }).getByRole('link', { name: 'Booking requests' }).click();
    await page.getByRole('row').filter({ hasText: slotReference }).click();
    await page.getByRole('heading', { name: `Request ${slotReference}`, level: 1 }).waitFor();
    const consultation = page.getByRole('region', { name: 'Consultation' });
    await consultation.getByText('Booked', { exact: true }).waitFor();
    const history = await consultation.getByRole('list', { name: 'History' }).getByRole('listitem').allInnerTexts();
    assert.equal(history.length, 1);
    // The admin panel formats in its interface language (English), in the browser's zone.
    const when = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(start));
    assert.match(history[0]!, /^\w{3} \d{1,2}, \d{4}, \d\d:\d\d [AP]M \S+: Booked by the patient for /, 'when it happened, then what');
    assert.ok(history[0]!.split('Booked by the patient for ')[1]!.startsWith(when), `${history[0]} names the consultation's time, ${when}`);
    const weekday = new Intl.DateTimeFormat('en', { weekday: 'long' }).format(new Date(start));
    assert.match(await page.getByText('Booked consultation', { exact: true }).locator('..').innerText(), new RegExp(`${weekday}, `), 'the booked time with its weekday');

    // The patient phones to cancel: the clinic cancels here, after confirming, and the time is free.
    await consultation.getByRole('button', { name: 'Cancel consultation' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Cancel this consultation?' });
    assert.match(await confirm.innerText(), new RegExp(`consultation ${slotReference} becomes free for other patients`));
    await screenshotIfAsked(page, 'request-cancel-consultation');
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await consultation.getByText('Cancelled', { exact: true }).waitFor();
    assert.match((await consultation.getByRole('list', { name: 'History' }).getByRole('listitem').allInnerTexts())[1] ?? '', /Cancelled by the clinic; the time is free again/);
    assert.equal(await consultation.getByRole('button', { name: 'Cancel consultation' }).count(), 0, 'nothing left to cancel');
    await screenshotIfAsked(page, 'request-consultation-cancelled');
    assert.equal(await page.getByRole('combobox', { name: 'Status' }).innerText(), 'Closed');
    const after = (await (await fetch(`${cms.baseUrl}/api/smp-kit/availability?location=london&service=scar-camouflage&from=${today}&to=${inAMonth}`)).json()) as { data: { slots: { start: string }[] } };
    assert.ok(after.data.slots.some((slot) => slot.start === start), 'the cancelled time is offered again');

    // The patient asks to be forgotten: deleting also asks first, then the inbox no longer has it.
    await page.getByRole('button', { name: 'Delete' }).click();
    const erase = page.getByRole('alertdialog', { name: 'Delete this request?' });
    assert.match(await erase.innerText(), new RegExp(`Request ${slotReference} and the personal data in it will be deleted permanently`));
    await erase.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Booking requests', level: 1 }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    assert.equal(await page.getByRole('row').filter({ hasText: slotReference }).count(), 0);
  });

  it('shows the server\'s message at the rate limit field it refused, and saves once it is fixed', async () => {
    await page.getByRole('navigation', { name: 'SMP Kit' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByLabel('Website to allow').fill('https://www.example-clinic.com/');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Per minute').fill('0');
    await page.getByRole('button', { name: 'Save' }).click();

    const perMinute = page.getByLabel('Per minute');
    await page.getByText('A rate limit is at least 1.', { exact: true }).waitFor();
    await page.getByText('Some settings need fixing: see the messages at the fields.').waitFor();
    assert.equal(await perMinute.getAttribute('aria-invalid'), 'true');
    await screenshotIfAsked(page, 'settings-error');

    await perMinute.fill('3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved. They apply right away.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    assert.equal(await page.getByLabel('Per minute').inputValue(), '3');
    await page.getByRole('list', { name: 'Allowed websites' }).getByText('https://www.example-clinic.com', { exact: true }).waitFor();
  });

  it('turns scalp photos off on the Settings page, and the booking form is told at once', async () => {
    const acceptsPhotos = async () => ((await (await fetch(`${cms.baseUrl}/api/smp-kit/booking`)).json()) as { data: { acceptsPhotos: boolean } }).data.acceptsPhotos;
    assert.equal(await acceptsPhotos(), true, 'the demo accepts photos');
    const toggle = page.getByLabel('Accept scalp photos with booking requests');
    assert.equal(await toggle.isChecked(), true);
    await toggle.click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved. They apply right away.').waitFor();
    assert.equal(await acceptsPhotos(), false);
    const upload = await uploadPhoto(cms.baseUrl, await phoneScalpPhoto(400, 300));
    assert.equal(upload.status, 403, 'uploads are refused while photos are off');
    await page.reload();
    await page.getByLabel('Accept scalp photos with booking requests').waitFor();
    assert.equal(await page.getByLabel('Accept scalp photos with booking requests').isChecked(), false);
  });

  it('shows a role only the SMP Kit pages its actions allow, and refuses the others', async () => {
    const email = await createEditorWithActions(cms.baseUrl, await adminTokenOf(page), { name: 'Inbox Reader', actions: ['plugin::smp-kit.requests.read'], password: EDITOR.password });
    const readerContext = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
    try {
      const reader = await readerContext.newPage();
      await logInThroughAdminForm(reader, cms.baseUrl, { email, password: EDITOR.password });
      await reader.getByRole('link', { name: 'SMP Kit' }).click();
      // The first page this role may open, not the Embed page.
      await reader.getByRole('heading', { name: 'Booking requests', level: 1 }).waitFor();
      await reader.getByRole('row').filter({ hasText: reference }).waitFor();
      assert.deepEqual(await reader.getByRole('navigation', { name: 'SMP Kit' }).getByRole('link').allInnerTexts(), ['Booking requests']);
      assert.equal(await reader.getByRole('button', { name: 'Export CSV' }).count(), 0, 'no export without requests.export');

      await reader.goto(`${cms.baseUrl}/admin/plugins/smp-kit/settings`);
      await reader.getByText("You don't have the permissions to access that content").waitFor();
      assert.equal(await reader.getByRole('heading', { name: 'Settings', level: 1 }).count(), 0);
    } finally {
      await readerContext.close();
    }
  });

  it('hides the SMP Kit menu entry from a role without any SMP Kit action', async () => {
    const email = await createEditorWithActions(cms.baseUrl, await adminTokenOf(page), { name: 'Other Editor', actions: [], password: EDITOR.password });
    const otherContext = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
    try {
      const other = await otherContext.newPage();
      await logInThroughAdminForm(other, cms.baseUrl, { email, password: EDITOR.password });
      await other.getByRole('link', { name: 'Home' }).waitFor();
      await other.waitForLoadState('networkidle');
      assert.equal(await other.getByRole('link', { name: 'SMP Kit' }).count(), 0);
    } finally {
      await otherContext.close();
    }
  });

  it('shows the pages in German when the editor chooses German as interface language', async () => {
    const token = await adminTokenOf(page);
    const update = await fetch(`${cms.baseUrl}/admin/users/me`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ preferedLanguage: 'de' }),
    });
    assert.equal(update.status, 200, await update.text());

    await page.goto(`${cms.baseUrl}/admin/plugins/smp-kit/requests`);
    await page.getByRole('heading', { name: 'Terminanfragen', level: 1 }).waitFor();
    await screenshotIfAsked(page, 'inbox-de');
    // The heading shows before the list has loaded: wait for the row rather than look once.
    await page.getByRole('row').filter({ hasText: reference }).getByText('Kontaktiert').waitFor();
    await page.getByRole('button', { name: 'CSV exportieren' }).waitFor();
    await page.getByRole('navigation', { name: 'SMP Kit' }).getByRole('link', { name: 'Einbetten' }).click();
    await page.getByRole('button', { name: 'Kopieren' }).waitFor();
    await screenshotIfAsked(page, 'embed-de');
  });

  it('raises no uncaught error in the admin panel', () => {
    assert.deepEqual(pageErrors, []);
  });
});
