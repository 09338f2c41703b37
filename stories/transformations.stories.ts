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

/** Every published result, with a toggle button per tag; a pressed tag shows only its results. */
export const TagFilters: Story = {
  play: async ({ canvasElement }) => {
    const gallery = await renderedElement(canvasElement, 'smp-transformations');
    const shadow = withinShadow(gallery);
    await expect(cardTitles(gallery)).toHaveLength(5);
    const scars = shadow.getByRole('button', { name: 'Scars' });
    await userEvent.click(scars);
    await expect(scars).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(cardTitles(gallery)).toEqual(['Blending a scar']));
    await expect(shadow.getByText('1 result shown.')).toBeInTheDocument();
    await userEvent.click(scars);
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
