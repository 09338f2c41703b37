import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, spyOn, userEvent, waitFor } from 'storybook/test';
import type { BookingSettings } from '@smp-kit/schema';
import { bookingSettingsFixtures, PROVIDER_URL } from '../tests/fixtures/booking-fixtures.ts';
import { arabicFormSettings } from './fixtures/booking.ts';
import { FAKE_BOOKING_REFERENCE, FAKE_CMS } from './fixtures/fake-cms.ts';
import { darkPage, rightToLeft } from './helpers/decorators.ts';
import { attributeArgTypes } from './helpers/manifest-arg-types.ts';
import { deepActiveElement, renderedElement, withinShadow } from './helpers/shadow.ts';

interface BookingArgs {
  src?: string;
  locale?: string;
  service?: string;
  floating?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  settings?: BookingSettings;
}

type Story = StoryObj<BookingArgs>;

const meta = {
  title: 'Elements/Booking button',
  component: 'smp-booking-button',
  argTypes: attributeArgTypes('smp-booking-button'),
  // Form requests go to the stand-in CMS, which accepts them: nothing leaves the browser.
  args: { settings: bookingSettingsFixtures.form.data, src: FAKE_CMS.bookingAccepts, floating: false },
  render: (args) => html`<smp-booking-button
    src=${args.src ?? nothing}
    locale=${args.locale ?? nothing}
    service=${args.service ?? nothing}
    ?floating=${args.floating}
    theme=${args.theme ?? nothing}
    .settings=${args.settings}
  ></smp-booking-button>`,
} satisfies Meta<BookingArgs>;

export default meta;

async function openBooking(canvasElement: HTMLElement) {
  const booking = await renderedElement(canvasElement, 'smp-booking-button');
  const shadow = withinShadow(booking);
  await userEvent.click(shadow.getByRole('button', { name: /.+/ }));
  // The dialog's code loads on demand too: it exists once that chunk has arrived.
  await waitFor(() => expect(booking.shadowRoot!.querySelector('dialog')?.open).toBe(true));
  const dialog = booking.shadowRoot!.querySelector('dialog')!;
  // The form's code loads on the first opening: wait until the dialog shows it (or the settings' other content).
  await waitFor(() => expect(dialog.querySelector('[aria-busy="true"]')).toBeNull());
  // The dialog fades in: check colours (axe) once it is fully shown, as a patient sees it.
  await Promise.all(dialog.getAnimations().map((animation) => animation.finished));
  return { booking, shadow };
}

async function fillForm(shadow: ReturnType<typeof withinShadow>) {
  await userEvent.type(shadow.getByLabelText(/^Your name/), 'Alex Example');
  await userEvent.type(shadow.getByLabelText(/^Email/), 'alex@example.org');
  await userEvent.selectOptions(shadow.getByLabelText(/^Treatment/), 'scar-camouflage');
  await userEvent.type(shadow.getByLabelText(/^Message/), 'Is a patch test possible first?');
  await userEvent.click(shadow.getByLabelText(/^I agree/));
}

/** Form mode: the clinic's own consultation form in a modal dialog; focus starts in the first field. */
export const Form: Story = {
  play: async ({ canvasElement }) => {
    const { shadow } = await openBooking(canvasElement);
    await waitFor(() => expect(deepActiveElement()).toBe(shadow.getByLabelText(/^Your name/)));
  },
};

/** Sending an incomplete form marks each problem at its field and moves the focus to the first one. */
export const FormErrors: Story = {
  play: async ({ canvasElement }) => {
    const { shadow } = await openBooking(canvasElement);
    await userEvent.click(shadow.getByRole('button', { name: 'Send request' }));
    const name = shadow.getByLabelText(/^Your name/);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    await expect(name).toHaveAccessibleDescription('Please enter your name (at most 120 characters).');
    await expect(shadow.getByLabelText(/^I agree/)).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(deepActiveElement()).toBe(name));
  },
};

/** Filling in and sending the form: the CMS stores it and the patient sees a reference to quote on the phone. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const { shadow } = await openBooking(canvasElement);
    await fillForm(shadow);
    await userEvent.click(shadow.getByRole('button', { name: 'Send request' }));
    const title = await shadow.findByRole('heading', { name: 'Thank you, your request has been sent' });
    await expect(shadow.getByText(`Your reference: ${FAKE_BOOKING_REFERENCE}`)).toBeInTheDocument();
    await waitFor(() => expect(deepActiveElement()).toBe(title));
  },
};

/** The CMS refuses the request (HTTP 503 from the stand-in): nothing typed is lost, "Try again" resends it, the phone number is offered. */
export const Failure: Story = {
  args: { src: FAKE_CMS.bookingFails },
  play: async ({ canvasElement }) => {
    const { shadow } = await openBooking(canvasElement);
    await fillForm(shadow);
    await userEvent.click(shadow.getByRole('button', { name: 'Send request' }));
    await shadow.findByRole('heading', { name: 'Your request has not been sent yet' });
    await expect(shadow.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await expect(shadow.getByRole('link', { name: '+44 20 7946 0123' })).toHaveAttribute('href', 'tel:+442079460123');
    await userEvent.click(shadow.getByRole('button', { name: 'Edit your request' }));
    await expect(shadow.getByLabelText(/^Your name/)).toHaveValue('Alex Example');
  },
};

/** Link mode: the button opens the clinic's booking page (Cal.com, Calendly, Fresha…) in a new tab, with the page's UTM parameters. */
export const Link: Story = {
  args: { settings: bookingSettingsFixtures.link.data },
  play: async ({ canvasElement }) => {
    const booking = await renderedElement(canvasElement, 'smp-booking-button');
    const button = withinShadow(booking).getByRole('button', { name: 'Book online (opens in a new tab)' });
    // The new tab itself is not opened here: the story only checks where it would go.
    const open = spyOn(window, 'open').mockImplementation(() => null);
    try {
      await userEvent.click(button);
      await expect(open).toHaveBeenCalledWith(expect.stringMatching(`^${PROVIDER_URL}`), '_blank', 'noopener');
    } finally {
      open.mockRestore();
    }
  },
};

/**
 * Embed mode: the booking page in a dialog, loaded only after the click (no request to a
 * third party before the patient asks). The provider's address here is a placeholder
 * that never loads.
 */
export const Embed: Story = {
  args: { settings: bookingSettingsFixtures.embed.data },
  play: async ({ canvasElement }) => {
    const booking = await renderedElement(canvasElement, 'smp-booking-button');
    await expect(booking.shadowRoot!.querySelector('iframe')).toBeNull();
    const { shadow } = await openBooking(canvasElement);
    const frame = shadow.getByTitle('Book a consultation with Example Scalp Clinic');
    await expect(frame.getAttribute('src')).toMatch(new RegExp(`^${PROVIDER_URL}`));
    await expect(shadow.getByRole('link', { name: 'Open the booking page in a new tab' })).toBeInTheDocument();
  },
};

/** `floating`: a round button fixed in the bottom corner of the screen (shown in its own frame in the docs). */
export const Floating: Story = {
  args: { floating: true },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '320px' } } },
  render: (args) => html`<main style="padding: 1rem 1.5rem; max-width: 40rem">
      <h1 style="margin-top: 0">Example Scalp Clinic</h1>
      <p>The page scrolls underneath; the booking button stays in the corner, clear of notches and home bars.</p>
    </main>
    ${meta.render(args)}`,
  play: async ({ canvasElement }) => {
    const booking = await renderedElement(canvasElement, 'smp-booking-button');
    const box = withinShadow(booking).getByRole('button').getBoundingClientRect();
    await expect(innerWidth - box.right).toBeGreaterThan(0);
    await expect(innerWidth - box.right).toBeLessThan(48);
    await expect(innerHeight - box.bottom).toBeLessThan(48);
  },
};

/** In a right-to-left page with Arabic settings, form open. The element's own labels have no Arabic yet and fall back to English. */
export const RightToLeft: Story = {
  args: { settings: arabicFormSettings },
  decorators: [rightToLeft('ar')],
  play: async ({ canvasElement }) => {
    await openBooking(canvasElement);
  },
};

/** `theme="dark"` on a dark page, form open; `theme="auto"` follows the visitor's colour scheme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    await openBooking(canvasElement);
  },
};
