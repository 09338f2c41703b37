import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { bookingSettingsFixtures } from '../tests/fixtures/booking-fixtures.ts';
import { storyTransformation } from './fixtures/before-after.ts';
import { demoFaqEn } from './fixtures/demo-faq.ts';
import { FAKE_CMS } from './fixtures/fake-cms.ts';

interface ThemeArgs {
  '--smp-font-family': string;
  '--smp-color-text': string;
  '--smp-color-accent': string;
  '--smp-color-border': string;
  '--smp-radius': string;
  '--smp-divider-color': string;
}

/** Live examples for the "Theming" guide (shown there, not in the sidebar). */
const meta = {
  title: 'Guides/Theming examples',
  tags: ['!dev', '!autodocs'],
  argTypes: {
    '--smp-color-text': { control: 'color' },
    '--smp-color-accent': { control: 'color' },
    '--smp-color-border': { control: 'color' },
    '--smp-divider-color': { control: 'color' },
  },
  args: {
    '--smp-font-family': 'Georgia, "Times New Roman", serif',
    '--smp-color-text': '#2b2233',
    '--smp-color-accent': '#6b2f8a',
    '--smp-color-border': '#cbbfd6',
    '--smp-radius': '14px',
    '--smp-divider-color': '#f3e9fa',
  },
  loaders: [async () => ({ hairline: storyTransformation('hairline-restoration') })],
} satisfies Meta<ThemeArgs>;

export default meta;

type Story = StoryObj<ThemeArgs>;

const firstEntries = { ...demoFaqEn, data: demoFaqEn.data.filter((entry) => entry.category === 'about-smp') };

/**
 * One set of `--smp-*` custom properties on a wrapper themes every element inside it;
 * `::part()` rules style what the properties do not cover.
 */
export const BrandTheme: Story = {
  render: (args, { loaded }) => {
    const properties = Object.entries(args)
      .map(([name, value]) => `${name}: ${value}`)
      .join('; ');
    return html`<style>
        .clinic-theme smp-faq::part(question) {
          font-size: 1.1rem;
        }
        .clinic-theme smp-booking-button::part(button) {
          letter-spacing: 0.04em;
          text-transform: uppercase;
        }
        .clinic-theme smp-before-after::part(label) {
          font-style: italic;
        }
      </style>
      <div class="clinic-theme" style=${properties}>
        <div style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); align-items: start">
          <smp-faq search .data=${firstEntries}></smp-faq>
          <div style="display: grid; gap: 1rem; justify-items: start">
            <smp-before-after .data=${loaded.hairline}></smp-before-after>
            <smp-booking-button src=${FAKE_CMS.bookingAccepts} .settings=${bookingSettingsFixtures.form.data}></smp-booking-button>
          </div>
        </div>
      </div>`;
  },
  play: async ({ canvasElement, args }) => {
    // The accent reaches into the shadow DOM: the booking button is painted with it.
    const booking = canvasElement.querySelector('smp-booking-button')!;
    await booking.updateComplete;
    const button = booking.shadowRoot!.querySelector('[part~="button"]')!;
    const accent = document.createElement('span');
    accent.style.color = args['--smp-color-accent'];
    canvasElement.append(accent);
    await expect(getComputedStyle(button).backgroundColor).toBe(getComputedStyle(accent).color);
    accent.remove();
  },
};
