import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-booking-button';
import type { SmpBookingButton } from '@smp-kit/widgets';
import { bookingSettingsFixtures, PROVIDER_URL } from '../fixtures/booking-fixtures.ts';

// The consultation form is a module of its own, loaded on the first opening (or on hover or
// focus just before). These tests run in order in one page: a module, once loaded, stays loaded.
const FORM_CODE = '*booking-form-controller*';
const formCodeRequests = async () => ((await executeServerCommand('network-requests')) as string[]).filter((url) => url.includes('booking-form-controller'));

const shadow = (element: SmpBookingButton) => element.shadowRoot!;
const trigger = (element: SmpBookingButton) => shadow(element).querySelector<HTMLButtonElement>('button[part~="button"]')!;
const dialog = (element: SmpBookingButton) => shadow(element).querySelector('dialog');

// A clinic with a booking page besides its form, so every other way to book can be offered.
const settings = { ...bookingSettingsFixtures.form.data, url: PROVIDER_URL };
const render = () => fixture<SmpBookingButton>(html`<smp-booking-button .settings=${settings}></smp-booking-button>`);

describe('<smp-booking-button> loads its form on demand', () => {
  before(() => executeServerCommand('network-record'));
  after(() => executeServerCommand('network-block', { urls: [] }));
  afterEach(() => {
    for (const open of document.querySelectorAll('smp-booking-button')) (open as SmpBookingButton).close();
  });

  it('asks for the form’s code only when the patient reaches for the button', async () => {
    const element = await render();
    await aTimeout(300);
    expect(await formCodeRequests(), 'nothing before any interaction').to.deep.equal([]);

    // Blocked from here on, so the next tests see a form that cannot load.
    await executeServerCommand('network-block', { urls: [FORM_CODE] });
    trigger(element).dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(async () => (await formCodeRequests()).length > 0, 'hovering the button did not start loading the form');
  });

  it('offers the clinic’s phone, email and booking page when the form cannot load: never a dead button', async () => {
    const element = await render();
    const unavailable = oneEvent(element, 'smp-booking-error');
    trigger(element).click();
    await waitUntil(() => dialog(element)?.open && shadow(element).querySelector('[part~="contact"]'), 'no fallback in the dialog');
    expect((await unavailable).detail).to.deep.equal({ reason: 'unavailable' });

    const contact = shadow(element).querySelector('[part~="contact"]')!;
    expect(contact.textContent).to.contain('Online booking is not available right now');
    const links = [...contact.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['+44 20 7946 0123', 'tel:+442079460123'],
      ['clinic@example.org', 'mailto:clinic@example.org'],
      ['Open the booking page in a new tab', PROVIDER_URL],
    ]);
    expect(shadow(element).querySelector('form'), 'no half-loaded form').to.equal(null);
    await waitUntil(() => shadow(element).activeElement === contact.querySelector('a'), 'focus did not move into the dialog');
    await expect(element).to.be.accessible();
  });

  it('keeps offering the other ways to book on the next opening', async () => {
    // A browser that no longer caches failed imports (whatwg/html#10327) asks again here; Chromium today answers from its cache.
    const element = await render();
    trigger(element).click();
    await waitUntil(() => shadow(element).querySelector('[part~="contact"]'), 'no fallback on the first opening');
    element.close();
    await waitUntil(() => !dialog(element)?.open);
    const unavailable = oneEvent(element, 'smp-booking-error');
    trigger(element).click();
    await waitUntil(() => dialog(element)?.open && shadow(element).querySelector('[part~="contact"] a[href^="tel:"]'), 'no fallback on the second opening');
    expect((await unavailable).detail).to.deep.equal({ reason: 'unavailable' });
  });
});
