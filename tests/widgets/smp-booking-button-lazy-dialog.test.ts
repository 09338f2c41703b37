import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-booking-button';
import type { SmpBookingButton } from '@smp-kit/widgets';
import { bookingSettingsFixtures, PROVIDER_URL } from '../fixtures/booking-fixtures.ts';

// The dialog is a module of its own too, loaded on the first opening (or on hover or focus just
// before). In this page it never loads: the button must still lead somewhere.
const shadow = (element: SmpBookingButton) => element.shadowRoot!;
const trigger = (element: SmpBookingButton) => shadow(element).querySelector<HTMLButtonElement>('button[part~="button"]')!;

describe('<smp-booking-button> without its dialog’s code', () => {
  before(() => executeServerCommand('network-block', { urls: ['*booking-dialog*'] }));
  after(() => executeServerCommand('network-block', { urls: [] }));

  it('shows the clinic’s phone, email and booking page by the button, announced and focused', async () => {
    const settings = { ...bookingSettingsFixtures.form.data, url: PROVIDER_URL };
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button .settings=${settings}></smp-booking-button>`);
    const unavailable = oneEvent(element, 'smp-booking-error');
    trigger(element).click();
    expect((await unavailable).detail).to.deep.equal({ reason: 'unavailable' });

    await waitUntil(() => shadow(element).querySelector('[role="alert"] [part~="contact"]'), 'no fallback by the button');
    const contact = shadow(element).querySelector('[role="alert"] [part~="contact"]')!;
    expect(contact.textContent).to.contain('Online booking is not available right now');
    const links = [...contact.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['tel:+442079460123', 'mailto:clinic@example.org', PROVIDER_URL]);
    expect(shadow(element).querySelector('dialog'), 'no empty dialog').to.equal(null);
    await waitUntil(() => shadow(element).activeElement === contact.querySelector('a'), 'focus did not move to the first way to reach the clinic');
    await expect(element).to.be.accessible();
  });
});
