import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-booking-button';
import type { SmpBookingButton } from '@smp-kit/widgets';
import { PROVIDER_URL } from '../fixtures/booking-fixtures.ts';

interface LoggedRequest {
  key: string;
  body: Record<string, unknown>;
  contentType: string;
}

let runs = 0;
/** A fresh stand-in CMS for one test: `/fixture-cms/booking-<scenario>/<run>`. */
function cms(scenario: string) {
  const run = `run-${Date.now().toString(36)}-${(runs += 1)}`;
  return {
    src: `${location.origin}/fixture-cms/booking-${scenario}/${run}`,
    async log(): Promise<{ settingsRequests: number; requests: LoggedRequest[] }> {
      return (await fetch(`/fixture-cms/booking-log?run=${run}`)).json();
    },
    /** The `flaky` scenario's connection works again. */
    heal: () => fetch(`/fixture-cms/booking-heal?run=${run}`),
  };
}

const shadow = (element: SmpBookingButton) => element.shadowRoot!;
const trigger = (element: SmpBookingButton) => shadow(element).querySelector<HTMLButtonElement>('button[part~="button"]')!;
const dialog = (element: SmpBookingButton) => shadow(element).querySelector('dialog');
const field = (element: SmpBookingButton, name: string) => shadow(element).querySelector<HTMLInputElement>(`#field-${name}`)!;
const focused = (element: SmpBookingButton) => shadow(element).activeElement as HTMLElement | null;
const liveRegion = (element: SmpBookingButton) => shadow(element).querySelector('[role="status"]')!;

async function ready(element: SmpBookingButton, label = 'Book your consultation'): Promise<SmpBookingButton> {
  await waitUntil(() => trigger(element).textContent!.includes(label), `the button never showed "${label}"`, { timeout: 5000 });
  return element;
}

/** Clicks the button and waits for the form. */
async function openForm(element: SmpBookingButton): Promise<void> {
  trigger(element).click();
  await waitUntil(() => dialog(element)?.open && field(element, 'name'), 'the form did not open');
  await element.updateComplete;
}

function fill(element: SmpBookingButton, values: Record<string, string | boolean>): void {
  for (const [name, value] of Object.entries(values)) {
    const control = field(element, name);
    if (typeof value === 'boolean') control.checked = value;
    else control.value = value;
    control.dispatchEvent(new Event(control.type === 'checkbox' || control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true, composed: true }));
  }
}

const validPatient = { name: 'Jane Patient', email: 'jane@example.com', phone: '+44 20 7946 0555', service: 'scar-camouflage', preferredTime: 'morning', message: 'Scar from a transplant.', consent: true };

async function submit(element: SmpBookingButton): Promise<void> {
  shadow(element).querySelector<HTMLButtonElement>('button[part~="submit"]')!.click();
  await element.updateComplete;
}

const resultTitle = (element: SmpBookingButton) => shadow(element).querySelector('.result-title')?.textContent?.trim();
const page = window as unknown as { dataLayer?: unknown[] };
/** The URLs the page requested since the recording began (iframes included). */
const requestedUrls = async () => (await executeServerCommand('network-requests')) as string[];
const isUuid = (key: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(key);

describe('<smp-booking-button>', () => {
  afterEach(() => {
    for (const open of document.querySelectorAll('smp-booking-button')) (open as SmpBookingButton).close();
  });

  it('is a real button, labelled by its content or else by the CMS', async () => {
    const { src, log } = cms('form');
    const own = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}>Talk to us</smp-booking-button>`);
    expect(trigger(own).tagName).to.equal('BUTTON');
    expect(trigger(own).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(own.textContent!.trim()).to.equal('Talk to us');
    expect(trigger(own).querySelector('slot')).to.exist;
    await waitUntil(async () => (await log()).settingsRequests > 0, 'the settings were never asked for');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await own.updateComplete;
    expect(trigger(own).querySelector('.label')!.textContent!.trim(), 'the CMS label does not replace the page’s own').to.equal('');

    const fromCms = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    expect(trigger(fromCms).textContent!.trim()).to.equal('Book your consultation');
    const german = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src} locale="de"></smp-booking-button>`), 'Beratungstermin vereinbaren');
    expect(trigger(german).textContent!.trim()).to.equal('Beratungstermin vereinbaren');
  });

  it('opens a modal dialog: focus moves in, the page behind is inert and does not scroll', async () => {
    const { src } = cms('form');
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="outside">Somewhere else on the page</button><smp-booking-button src=${src}></smp-booking-button></div>`);
    const element = await ready(wrapper.querySelector('smp-booking-button')!);
    const opened = oneEvent(element, 'smp-booking-open');
    await openForm(element);

    expect((await opened).detail).to.deep.equal({ mode: 'form' });
    expect(dialog(element)!.matches(':modal')).to.equal(true);
    expect(dialog(element)!.getAttribute('aria-labelledby')).to.equal('dialog-title');
    expect(shadow(element).getElementById('dialog-title')!.textContent).to.equal('Book your consultation');
    await waitUntil(() => focused(element) === field(element, 'name'), 'focus did not move to the first field');

    const outside = wrapper.querySelector<HTMLButtonElement>('#outside')!;
    outside.focus();
    expect(document.activeElement).not.to.equal(outside, 'the page behind the dialog cannot take focus');
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
  });

  it('closes with Escape, returns focus to the button and lets the page scroll again', async () => {
    const { src } = cms('form');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    const overflowBefore = document.documentElement.style.overflow;
    await openForm(element);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(element)?.open, 'Escape did not close the dialog');
    await element.updateComplete;
    expect(focused(element)).to.equal(trigger(element));
    expect(document.documentElement.style.overflow).to.equal(overflowBefore);
  });

  it('opens at once on a slow CMS, then shows the form and focuses it when the settings arrive', async () => {
    const { src } = cms('slow-settings');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    const opened = oneEvent(element, 'smp-booking-open');
    trigger(element).click();
    await waitUntil(() => dialog(element)?.open, 'the dialog did not open');
    expect(dialog(element)!.querySelector('[aria-busy="true"]')?.textContent).to.equal('Loading…');
    expect((await opened).detail).to.deep.equal({ mode: 'form' });
    await waitUntil(() => focused(element) === field(element, 'name'), 'focus did not move to the form');
  });

  it('builds the form from the settings: services, consent text, and a honeypot hidden from everyone', async () => {
    const { src } = cms('form');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src} service="scar-camouflage"></smp-booking-button>`));
    await openForm(element);
    const options = [...shadow(element).querySelectorAll('#field-service option')].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['Not sure yet', 'Hairline restoration', 'Scar camouflage']);
    expect((field(element, 'service') as unknown as HTMLSelectElement).value).to.equal('scar-camouflage', 'the page preselected its treatment');
    expect(shadow(element).querySelector('label[for="field-consent"]')!.textContent).to.contain('I agree that Example Scalp Clinic may contact me');
    expect(field(element, 'preferredDate').min).to.match(/^\d{4}-\d{2}-\d{2}$/);

    const honeypot = field(element, 'website');
    expect(honeypot.closest('[aria-hidden="true"]'), 'hidden from assistive technology').to.exist;
    expect(honeypot.tabIndex).to.equal(-1);
    const box = honeypot.getBoundingClientRect();
    expect(box.right < 0 || box.width <= 1, 'not visible to people').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('marks every missing answer at its field, focuses the first and sends nothing', async () => {
    const { src, log } = cms('form');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    await submit(element);

    for (const name of ['name', 'email', 'consent']) {
      const control = field(element, name);
      expect(control.getAttribute('aria-invalid'), name).to.equal('true');
      const error = shadow(element).getElementById(control.getAttribute('aria-describedby')!)!;
      expect(error.textContent!.trim().length, `${name} has a message`).to.be.greaterThan(10);
    }
    expect(shadow(element).getElementById('email-error')!.textContent).to.contain('name@example.com');
    expect(field(element, 'phone').hasAttribute('aria-invalid')).to.equal(false);
    await waitUntil(() => focused(element) === field(element, 'name'), 'focus did not go to the first error');
    expect(liveRegion(element).textContent).to.equal('Please correct the 3 highlighted fields.');
    expect((await log()).requests).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('checks formats with the shared schema and clears an error once it is corrected', async () => {
    const { src, log } = cms('form');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, { ...validPatient, email: 'jane@', phone: 'call me' });
    await submit(element);
    await waitUntil(() => focused(element) === field(element, 'email'), 'focus did not go to the email field');
    expect(field(element, 'phone').getAttribute('aria-invalid')).to.equal('true');
    expect(field(element, 'name').hasAttribute('aria-invalid')).to.equal(false);

    fill(element, { email: 'jane@example.com' });
    await element.updateComplete;
    expect(field(element, 'email').hasAttribute('aria-invalid')).to.equal(false);
    expect(shadow(element).getElementById('email-error')).to.equal(null);
    expect(field(element, 'phone').getAttribute('aria-invalid')).to.equal('true', 'other errors stay until fixed');
    expect((await log()).requests).to.have.length(0);
  });

  it('sends a valid request once, with an Idempotency-Key, the page address and UTM parameters, and shows the reference', async () => {
    const { src, log } = cms('form');
    const pageBefore = location.href;
    history.replaceState(null, '', `${location.pathname}?utm_source=newsletter&utm_campaign=spring&other=1`);
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src} data-layer></smp-booking-button>`));
    page.dataLayer = [];
    try {
      await openForm(element);
      await sendKeys({ type: 'Jane Patient' });
      fill(element, { ...validPatient, name: field(element, 'name').value });
      const submitted = oneEvent(element, 'smp-booking-submitted');
      await submit(element);

      expect((await submitted).detail).to.deep.equal({ reference: 'SMP-7K3Q2', service: 'scar-camouflage' });
      await waitUntil(() => resultTitle(element) === 'Thank you, your request has been sent', 'no success view');
      expect(shadow(element).querySelector('.reference')!.textContent).to.equal('Your reference: SMP-7K3Q2');
      const tel = shadow(element).querySelector<HTMLAnchorElement>('[part~="success"] a[href^="tel:"]')!;
      expect(tel.href).to.equal('tel:+442079460123');
      expect(tel.textContent).to.equal('+44 20 7946 0123');
      expect(shadow(element).querySelector('[part~="success"] .hours')!.textContent).to.match(/Tue.Fri 10:00.18:00/);
      await waitUntil(() => focused(element) === shadow(element).querySelector('.result-title'), 'focus did not move to the confirmation');
      expect(liveRegion(element).textContent).to.contain('SMP-7K3Q2');

      const { requests } = await log();
      expect(requests).to.have.length(1);
      const [sent] = requests;
      expect(isUuid(sent!.key), `Idempotency-Key ${sent!.key}`).to.equal(true);
      expect(sent!.contentType).to.equal('application/json');
      expect(sent!.body).to.deep.include({ name: 'Jane Patient', email: 'jane@example.com', service: 'scar-camouflage', preferredTime: 'morning', consent: true, website: '' });
      expect(sent!.body.pageUrl).to.equal(location.href);
      expect(sent!.body.utm).to.deep.equal({ source: 'newsletter', campaign: 'spring' });
      expect(page.dataLayer).to.deep.include({ event: 'smp-booking-submitted', reference: 'SMP-7K3Q2', service: 'scar-camouflage' });
      expect(JSON.stringify(page.dataLayer)).not.to.contain('jane@example.com', 'no personal data in analytics');
      await expect(element).to.be.accessible();
    } finally {
      history.replaceState(null, '', pageBefore);
    }
  });

  it('starts a new, empty request after a confirmed one', async () => {
    const { src, log } = cms('form');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, validPatient);
    await submit(element);
    await waitUntil(() => resultTitle(element)?.startsWith('Thank you'), 'no success view');
    element.close();
    await openForm(element);
    expect(field(element, 'name').value).to.equal('');
    fill(element, { ...validPatient, name: 'Second Patient' });
    await submit(element);
    await waitUntil(async () => (await log()).requests.length === 2, 'the second request was not sent');
    const [first, second] = (await log()).requests;
    expect(second!.key).not.to.equal(first!.key);
  });

  it('shows a server error with a retry and the phone number, keeps what was typed, and retries with the same key', async () => {
    const { src, log } = cms('server-error');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, validPatient);
    const failed = oneEvent(element, 'smp-booking-error');
    await submit(element);

    expect((await failed).detail).to.deep.equal({ reason: 'server', status: 500 });
    await waitUntil(() => resultTitle(element) === 'Your request has not been sent yet', 'no failure view');
    expect(shadow(element).querySelector('[part~="failure"]')!.textContent).to.contain('What you typed is kept');
    expect(shadow(element).querySelector<HTMLAnchorElement>('[part~="failure"] a[href^="tel:"]')!.textContent).to.equal('+44 20 7946 0123');
    await waitUntil(() => focused(element) === shadow(element).querySelector('.result-title'), 'focus did not move to the message');
    await expect(element).to.be.accessible();

    shadow(element).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(async () => (await log()).requests.length === 2, 'the retry was not sent');
    const [first, retry] = (await log()).requests;
    expect(retry!.key).to.equal(first!.key, 'a retry is the same request');
    expect(retry!.body).to.deep.equal(first!.body);

    await waitUntil(() => shadow(element).querySelector('[part~="retry"]'), 'still failing');
    [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="failure"] button')].find((button) => button.textContent === 'Edit your request')!.click();
    await waitUntil(() => field(element, 'name'), 'the form did not come back');
    expect(field(element, 'name').value).to.equal('Jane Patient');
    expect(field(element, 'message').value).to.equal('Scar from a transplant.');
    expect(field(element, 'consent').checked).to.equal(true);
  });

  it('sends a changed request under a new key: the failed one may have arrived', async () => {
    const { src, log } = cms('server-error');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, validPatient);
    await submit(element);
    await waitUntil(() => shadow(element).querySelector('[part~="failure"]'), 'no failure view');
    [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="failure"] button')].find((button) => button.textContent === 'Edit your request')!.click();
    await waitUntil(() => field(element, 'message'), 'the form did not come back');
    fill(element, { message: 'Actually, two scars.' });
    await submit(element);
    await waitUntil(async () => (await log()).requests.length === 2, 'the changed request was not sent');
    const [first, changed] = (await log()).requests;
    expect(changed!.key).not.to.equal(first!.key);
  });

  it('retries with the same key after the connection dropped, and succeeds', async () => {
    const { src, log, heal } = cms('flaky');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, validPatient);
    const failed = oneEvent(element, 'smp-booking-error');
    await submit(element);
    expect((await failed).detail).to.deep.equal({ reason: 'network' });
    await waitUntil(() => shadow(element).querySelector('[part~="failure"]')?.textContent?.includes('could not reach'), 'no network failure message');

    await heal();
    shadow(element).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => resultTitle(element)?.startsWith('Thank you'), 'the retry did not succeed');
    const keys = (await log()).requests.map((request) => request.key);
    expect(keys.length, 'the lost attempt and the retry both reached the server').to.be.greaterThan(1);
    expect(new Set(keys).size, 'every attempt carried the same Idempotency-Key').to.equal(1);
  });

  it('keeps the request while offline and sends it, with the same key, when the connection returns', async () => {
    const { src, log } = cms('form');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, validPatient);

    // Real offline mode (DevTools emulation) for 3 s; the runner's server switches it back.
    void executeServerCommand('network-offline', { forMs: 3000 });
    await waitUntil(() => navigator.onLine === false, 'the browser did not go offline');
    const failed = oneEvent(element, 'smp-booking-error');
    const submitted = oneEvent(element, 'smp-booking-submitted');
    await submit(element);
    expect((await failed).detail).to.deep.equal({ reason: 'offline' });
    await waitUntil(() => shadow(element).querySelector('[part~="failure"]')?.textContent?.includes('You seem to be offline'), 'no offline message');
    expect(field(element, 'name'), 'the failure view replaces the form').to.equal(null);

    // Nobody clicks anything: the request goes out when the connection returns.
    expect((await submitted).detail.reference).to.equal('SMP-7K3Q2');
    await waitUntil(() => resultTitle(element)?.startsWith('Thank you'), 'no success view after reconnecting');
    const { requests } = await log();
    expect(requests, 'nothing reached the CMS while offline, one request after').to.have.length(1);
    expect(requests[0]!.body).to.deep.include({ name: 'Jane Patient', message: 'Scar from a transplant.' });
  });

  it('marks the field the server refused and focuses it', async () => {
    const { src } = cms('invalid');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, validPatient);
    const failed = oneEvent(element, 'smp-booking-error');
    await submit(element);
    expect((await failed).detail).to.deep.equal({ reason: 'invalid', status: 400 });
    await waitUntil(() => focused(element) === field(element, 'email'), 'focus did not go to the refused field');
    expect(field(element, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(field(element, 'name').value).to.equal('Jane Patient');
  });

  it('says when to try again after too many requests', async () => {
    const { src } = cms('rate-limited');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, validPatient);
    await submit(element);
    await waitUntil(() => shadow(element).querySelector('[part~="failure"]'), 'no failure view');
    expect(shadow(element).querySelector('[part~="failure"]')!.textContent).to.contain('Please try again in 2 minutes.');
  });

  it('shows a busy send button while the request is under way and ignores a second click', async () => {
    const { src, log } = cms('slow');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, validPatient);
    await submit(element);
    const button = shadow(element).querySelector<HTMLButtonElement>('button[part~="submit"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.equal('Sending your request…');
    button.click();
    await waitUntil(() => resultTitle(element)?.startsWith('Thank you'), 'no success view', { timeout: 5000 });
    expect((await log()).requests).to.have.length(1);
  });

  it('shows the confirmation on the next opening when the dialog was closed while sending', async () => {
    const { src } = cms('slow');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await openForm(element);
    fill(element, validPatient);
    const submitted = oneEvent(element, 'smp-booking-submitted');
    await submit(element);
    element.close();
    await waitUntil(() => focused(element) === trigger(element), 'focus did not return to the button');
    await submitted;
    expect(focused(element)).to.equal(trigger(element), 'the late answer did not pull focus into a closed dialog');

    trigger(element).click();
    await waitUntil(() => resultTitle(element)?.startsWith('Thank you'), 'the confirmation was not shown');
    expect(shadow(element).querySelector('.reference')!.textContent).to.equal('Your reference: SMP-7K3Q2');
  });

  it('speaks German on a German page', async () => {
    const { src } = cms('form');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><smp-booking-button src=${src}></smp-booking-button></div>`);
    const element = await ready(wrapper.querySelector('smp-booking-button')!, 'Beratungstermin vereinbaren');
    await openForm(element);
    await submit(element);
    expect(shadow(element).querySelector('label[for="field-name"]')!.textContent).to.contain('Ihr Name');
    expect(shadow(element).getElementById('email-error')!.textContent).to.contain('E-Mail-Adresse');
    expect([...shadow(element).querySelectorAll('#field-service option')].map((option) => option.textContent!.trim())).to.include('Narben kaschieren');
  });

  it('link mode opens the booking page in a new tab with UTM and prefill parameters', async () => {
    const { src } = cms('link');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`), 'Book online');
    element.prefill = { name: 'Jane Patient', email: 'jane@example.com' };
    const pageBefore = location.href;
    history.replaceState(null, '', `${location.pathname}?utm_source=google&utm_medium=cpc`);
    const opened: unknown[][] = [];
    const realOpen = window.open;
    window.open = (...args: unknown[]) => {
      opened.push(args);
      return null;
    };
    try {
      expect(trigger(element).hasAttribute('aria-haspopup')).to.equal(false);
      expect(trigger(element).textContent).to.contain('(opens in a new tab)');
      const event = oneEvent(element, 'smp-booking-open');
      trigger(element).click();
      expect((await event).detail).to.deep.equal({ mode: 'link' });
      expect(opened).to.have.length(1);
      const [url, target, features] = opened[0]!;
      const provider = new URL(String(url));
      expect(`${provider.origin}${provider.pathname}`).to.equal(PROVIDER_URL);
      expect(Object.fromEntries(provider.searchParams)).to.deep.equal({ utm_source: 'google', utm_medium: 'cpc', name: 'Jane Patient', email: 'jane@example.com' });
      expect(target).to.equal('_blank');
      expect(features).to.equal('noopener');
      expect(dialog(element), 'link mode never loads the dialog').to.equal(null);
    } finally {
      window.open = realOpen;
      history.replaceState(null, '', pageBefore);
    }
  });

  it('embed mode contacts the booking provider only after the click, then shows it in the dialog', async () => {
    await executeServerCommand('network-record');
    const { src } = cms('embed');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const provider = new URL(PROVIDER_URL).host;
    const beforeClick = await requestedUrls();
    expect(beforeClick.some((url) => url.includes(src)), 'the recording works: the settings request was seen').to.equal(true);
    expect(beforeClick.filter((url) => url.includes(provider))).to.deep.equal([]);
    expect(shadow(element).querySelector('iframe') === null, 'no provider page before the click').to.equal(true);

    trigger(element).click();
    await waitUntil(() => shadow(element).querySelector('iframe'), 'no provider page after the click');
    const frame = shadow(element).querySelector('iframe')!;
    expect(new URL(frame.src).host).to.equal(provider);
    expect(frame.title).to.equal('Book a consultation with Example Scalp Clinic');
    expect(shadow(element).querySelector<HTMLAnchorElement>('.embed-fallback a')!.target).to.equal('_blank');
    await waitUntil(async () => (await requestedUrls()).some((url) => url.includes(provider)), 'the provider was not requested after the click');

    element.close();
    // Booleans only: an assertion holding a cross-origin iframe cannot be reported.
    await waitUntil(() => !shadow(element).querySelector('iframe'), 'closing did not remove the provider page');
  });

  it('says online booking is unavailable when the CMS cannot be reached', async () => {
    const { src } = cms('unavailable');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    await waitUntil(() => trigger(element).textContent!.includes('Book a consultation'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const failed = oneEvent(element, 'smp-booking-error');
    trigger(element).click();
    expect((await failed).detail).to.deep.equal({ reason: 'unavailable' });
    await waitUntil(() => dialog(element)?.textContent!.includes('Online booking is not available right now'), 'no message');
    await expect(element).to.be.accessible();
  });

  it('floats in the corner of the screen when asked to', async () => {
    const { src } = cms('form');
    const element = await ready(await fixture<SmpBookingButton>(html`<smp-booking-button floating src=${src}></smp-booking-button>`));
    const style = getComputedStyle(element);
    expect(style.position).to.equal('fixed');
    const box = trigger(element).getBoundingClientRect();
    expect(Math.round(innerWidth - box.right)).to.equal(16);
    expect(Math.round(innerHeight - box.bottom)).to.equal(16);
    await expect(element).to.be.accessible();
  });

  it('renders from inline settings without asking the CMS', async () => {
    const { src, log } = cms('form');
    const settings = { mode: 'form', url: null, ctaLabel: 'Ask us', clinicName: 'Inline Clinic', phone: null, email: null, address: null, openingHours: [], services: [], consentText: 'I agree.' };
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src} .settings=${settings}></smp-booking-button>`);
    await ready(element, 'Ask us');
    await openForm(element);
    expect(shadow(element).querySelector('#field-service')).to.equal(null, 'no service list without services');
    expect((await log()).settingsRequests).to.equal(0);
  });
});
