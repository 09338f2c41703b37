import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Transformation } from '@smp-kit/schema';
import type { SmpBeforeAfter } from '../packages/widgets/src/before-after/smp-before-after.ts';
import { plainImagePair, storyOrigin, storyTransformation } from './fixtures/before-after.ts';
import { rightToLeft } from './helpers/decorators.ts';
import { attributeArgTypes } from './helpers/manifest-arg-types.ts';
import { mouseDrag, pointIn } from './helpers/pointer.ts';
import { withinShadow } from './helpers/shadow.ts';

interface BeforeAfterArgs {
  slug?: string;
  before?: string;
  after?: string;
  'before-alt'?: string;
  'after-alt'?: string;
  'before-label'?: string;
  'after-label'?: string;
  value?: number;
  orientation?: 'horizontal' | 'vertical';
  hover?: boolean;
  'handle-only'?: boolean;
  animate?: boolean;
  data?: Transformation;
}

type Story = StoryObj<BeforeAfterArgs>;

const sliderTemplate = (args: BeforeAfterArgs) => html`<smp-before-after
  slug=${args.slug ?? nothing}
  before=${args.before ?? nothing}
  after=${args.after ?? nothing}
  before-alt=${args['before-alt'] ?? nothing}
  after-alt=${args['after-alt'] ?? nothing}
  before-label=${args['before-label'] ?? nothing}
  after-label=${args['after-label'] ?? nothing}
  value=${args.value ?? nothing}
  orientation=${args.orientation ?? nothing}
  ?hover=${args.hover}
  ?handle-only=${args['handle-only']}
  ?animate=${args.animate}
  .data=${args.data}
></smp-before-after>`;

const meta = {
  title: 'Elements/Before-After',
  component: 'smp-before-after',
  argTypes: attributeArgTypes('smp-before-after'),
  // Fixtures are built per story: their image URLs depend on where Storybook is served.
  loaders: [async () => ({ hairline: storyTransformation('hairline-restoration') })],
  render: (args, { loaded }) => html`<div style="max-width: 36rem">${sliderTemplate({ ...args, data: args.data ?? loaded.hairline })}</div>`,
  args: { hover: false, 'handle-only': false, animate: false },
} satisfies Meta<BeforeAfterArgs>;

export default meta;

/** The `index`th slider of the story, rendered, with its frame and handle. */
async function slider(canvasElement: HTMLElement, index = 0): Promise<{ element: SmpBeforeAfter; frame: HTMLElement; handle: HTMLElement }> {
  const element = canvasElement.querySelectorAll<SmpBeforeAfter>('smp-before-after')[index];
  if (!element) throw new Error(`No slider number ${index + 1} in the story`);
  await element.updateComplete;
  const handle = withinShadow(element).getByRole('slider');
  return { element, frame: element.shadowRoot!.querySelector<HTMLElement>('[part="frame"]')!, handle };
}

/** A result from the CMS (here the `data` property): drag anywhere on the images, or use the handle. */
export const Horizontal: Story = {};

/** Arrow keys move by 1 (Shift: 10), Page Up/Down by 10, Home and End to the ends; a screen reader hears both shares. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const { element, handle } = await slider(canvasElement);
    handle.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(element.value).toBe(51);
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await expect(element.value).toBe(61);
    await userEvent.keyboard('{PageDown}');
    await expect(element.value).toBe(51);
    await userEvent.keyboard('{Home}');
    await expect(handle).toHaveAttribute('aria-valuenow', '0');
    await userEvent.keyboard('{End}');
    await expect(handle).toHaveAttribute('aria-valuenow', '100');
    await expect(handle).toHaveAttribute('aria-valuetext', 'Before: 100%, After: 0%');
  },
};

/** Pressing on the images moves the divider there; dragging the handle moves it without a jump. */
export const Drag: Story = {
  play: async ({ canvasElement }) => {
    const { element, frame, handle } = await slider(canvasElement);
    // Press on the images at a quarter, drag to three quarters.
    await mouseDrag(frame, pointIn(frame, 0.25, 0.5), frame, [pointIn(frame, 0.5, 0.5), pointIn(frame, 0.75, 0.5)]);
    await waitFor(() => expect(element.value).toBeCloseTo(75, 0));
    // Grab the handle and pull it back to a third.
    await mouseDrag(handle, pointIn(handle, 0.5, 0.5), frame, [pointIn(frame, 1 / 3, 0.5)]);
    await waitFor(() => expect(element.value).toBeCloseTo(33.3, 0));
    await expect(handle).toHaveAttribute('aria-valuenow', String(element.value));
  },
};

/** `orientation="vertical"`: before at the bottom; Up and Down arrows move the divider. */
export const Vertical: Story = {
  args: { orientation: 'vertical' },
  play: async ({ canvasElement }) => {
    const { element, frame, handle } = await slider(canvasElement);
    await expect(handle).toHaveAttribute('aria-orientation', 'vertical');
    handle.focus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(element.value).toBe(51);
    // Dragging to a fifth from the top shows 80% of the before image.
    await mouseDrag(frame, pointIn(frame, 0.5, 0.5), frame, [pointIn(frame, 0.5, 0.2)]);
    await waitFor(() => expect(element.value).toBeCloseTo(80, 0));
  },
};

/** `hover`: the divider follows the mouse without a press (touch and keyboard still work as usual). */
export const Hover: Story = {
  args: { hover: true },
  play: async ({ canvasElement }) => {
    const { element, frame } = await slider(canvasElement);
    await userEvent.pointer([{ target: frame, coords: pointIn(frame, 0.3, 0.5) }, { target: frame, coords: pointIn(frame, 0.2, 0.5) }]);
    await waitFor(() => expect(element.value).toBeCloseTo(20, 0));
  },
};

/** `handle-only`: only the handle drags, so the images scroll and click as usual (useful on touch screens inside long pages). */
export const HandleOnly: Story = {
  args: { 'handle-only': true },
  play: async ({ canvasElement }) => {
    const { element, frame, handle } = await slider(canvasElement);
    await mouseDrag(frame, pointIn(frame, 0.1, 0.5), frame, [pointIn(frame, 0.2, 0.5)]);
    await expect(element.value).toBe(50);
    await mouseDrag(handle, pointIn(handle, 0.5, 0.5), frame, [pointIn(frame, 0.7, 0.5)]);
    await waitFor(() => expect(element.value).toBeCloseTo(70, 0));
  },
};

/** `before-label` and `after-label` rename the corner labels (and what a screen reader hears); an empty label hides it. */
export const Labels: Story = {
  render: (args, { loaded }) => html`<div style="display: grid; gap: 1.5rem; max-width: 36rem">
    ${sliderTemplate({ ...args, data: loaded.hairline, 'before-label': 'Day 1', 'after-label': 'After 3 sessions' })}
    ${sliderTemplate({ ...args, data: loaded.hairline, 'before-label': '', 'after-label': '' })}
  </div>`,
  play: async ({ canvasElement }) => {
    const [renamed, hidden] = [await slider(canvasElement, 0), await slider(canvasElement, 1)];
    await expect(renamed.element.shadowRoot!.querySelector('[part~="before-label"]')).toHaveTextContent('Day 1');
    await expect(renamed.handle).toHaveAttribute('aria-valuetext', 'Day 1: 50%, After 3 sessions: 50%');
    await expect(hidden.element.shadowRoot!.querySelector('[part~="label"]')).toBeNull();
  },
};

const ratioOf = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width / box.height;
};

/**
 * The frame takes the before image's ratio from the first paint (from the CMS's width and
 * height), so nothing below it jumps: portrait, 16:9, square, and plain image URLs whose
 * size is learnt when the before image loads.
 */
export const AspectRatios: Story = {
  loaders: [
    async () => ({
      portrait: storyTransformation('crown-density'),
      wide: storyTransformation('wide-hairline'),
      square: storyTransformation('square-hairline'),
    }),
  ],
  render: (args, { loaded }) => {
    const plain = plainImagePair(storyOrigin());
    return html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1.5rem; align-items: start">
      ${sliderTemplate({ ...args, data: loaded.portrait })} ${sliderTemplate({ ...args, data: loaded.wide })} ${sliderTemplate({ ...args, data: loaded.square })}
      ${sliderTemplate({
        ...args,
        before: plain.before,
        after: plain.after,
        'before-alt': 'Illustration of a pale scar on the back of a head.',
        'after-alt': 'The same scar covered with dots.',
      })}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const frames = await Promise.all([0, 1, 2, 3].map(async (index) => (await slider(canvasElement, index)).frame));
    const expected = [800 / 1000, 16 / 9, 1, 900 / 600];
    await waitFor(() => frames.forEach((frame, index) => expect(ratioOf(frame)).toBeCloseTo(expected[index]!, 1)), { timeout: 5000 });
  },
};

/** In a right-to-left page the before image is on the right, and the Left arrow shows more of it. */
export const RightToLeft: Story = {
  decorators: [rightToLeft('ar')],
  args: { 'before-label': 'قبل', 'after-label': 'بعد' },
  play: async ({ canvasElement }) => {
    const { element, handle } = await slider(canvasElement);
    handle.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(element.value).toBe(51);
  },
};
