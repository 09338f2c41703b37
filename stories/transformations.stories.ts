import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Transformation } from '@smp-kit/schema';
import { storyOrigin, storyTransformations } from './fixtures/before-after.ts';
import { FAKE_CMS } from './fixtures/fake-cms.ts';
import { attributeArgTypes } from './helpers/manifest-arg-types.ts';
import { renderedElement, withinShadow } from './helpers/shadow.ts';

interface GalleryArgs {
  src?: string;
  'heading-level'?: number;
  timeout?: number;
  data?: Transformation[];
}

type Story = StoryObj<GalleryArgs>;

const meta = {
  title: 'Elements/Transformations gallery',
  component: 'smp-transformations',
  argTypes: attributeArgTypes('smp-transformations'),
  loaders: [async () => ({ results: storyTransformations(storyOrigin()) })],
  render: (args, { loaded }) => html`<smp-transformations
    src=${args.src ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    timeout=${args.timeout ?? nothing}
    .data=${args.src ? undefined : (args.data ?? loaded.results)}
  ></smp-transformations>`,
} satisfies Meta<GalleryArgs>;

export default meta;

const cardTitles = (gallery: Element) =>
  [...gallery.shadowRoot!.querySelectorAll('[part="card"]')].filter((card) => card.checkVisibility()).map((card) => card.querySelector('[part="title"]')!.textContent!.trim());

/** Every published result, with a filter by treated area and treatment facts; each option counts what it would show. */
export const FactFilters: Story = {
  play: async ({ canvasElement }) => {
    const gallery = await renderedElement(canvasElement, 'smp-transformations');
    const shadow = withinShadow(gallery);
    await expect(cardTitles(gallery)).toHaveLength(5);
    const scars = await shadow.findByRole('checkbox', { name: 'Scars (1)' });
    await userEvent.click(scars);
    await expect(scars).toBeChecked();
    await waitFor(() => expect(cardTitles(gallery)).toEqual(['Blending a scar']));
    await expect(shadow.getByText('1 result shown.')).toBeInTheDocument();
    await userEvent.click(shadow.getByRole('checkbox', { name: 'Unretouched (0)' }));
    await expect(shadow.getByText('No result matches these filters. Clear one to see more.')).toBeInTheDocument();
    await userEvent.click(shadow.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(cardTitles(gallery)).toHaveLength(5));
  },
};

/** While the CMS has not answered (the stand-in CMS here never answers). */
export const Loading: Story = {
  args: { src: FAKE_CMS.neverAnswers, timeout: 600_000 },
  play: async ({ canvasElement }) => {
    const gallery = await renderedElement(canvasElement, 'smp-transformations');
    await expect(withinShadow(gallery).getByRole('status')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Nothing published yet. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    const gallery = await renderedElement(canvasElement, 'smp-transformations');
    await expect(withinShadow(gallery).getByText('No results have been published yet.')).toBeInTheDocument();
  },
};
