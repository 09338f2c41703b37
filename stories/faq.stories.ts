import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { FaqListResponse } from '@smp-kit/schema';
import { faqResponseEn } from '../tests/fixtures/faq-fixtures.ts';
import { faqResponseLong } from '../tests/fixtures/faq-long-fixture.ts';
import { demoFaqAr, demoFaqDe, demoFaqEn } from './fixtures/demo-faq.ts';
import { FAKE_CMS } from './fixtures/fake-cms.ts';
import { darkPage, rightToLeft } from './helpers/decorators.ts';
import { attributeArgTypes } from './helpers/manifest-arg-types.ts';
import { deepActiveElement, renderedElement, withinShadow } from './helpers/shadow.ts';

interface FaqArgs {
  src?: string;
  locale?: string;
  'heading-level'?: number;
  single?: boolean;
  open?: string;
  search?: boolean;
  'expand-all'?: boolean;
  'link-hash'?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  timeout?: number;
  data?: FaqListResponse;
}

type Story = StoryObj<FaqArgs>;

const meta = {
  title: 'Elements/FAQ',
  component: 'smp-faq',
  argTypes: attributeArgTypes('smp-faq'),
  args: { data: faqResponseEn, single: false, search: false, 'expand-all': false, 'link-hash': false },
  render: (args) => html`<smp-faq
    src=${args.src ?? nothing}
    locale=${args.locale ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    ?single=${args.single}
    open=${args.open ?? nothing}
    ?search=${args.search}
    ?expand-all=${args['expand-all']}
    ?link-hash=${args['link-hash']}
    theme=${args.theme ?? nothing}
    timeout=${args.timeout ?? nothing}
    .data=${args.data}
  ></smp-faq>`,
} satisfies Meta<FaqArgs>;

export default meta;

/** The question buttons a visitor can see (search hides the others). */
async function visibleQuestions(canvasElement: HTMLElement): Promise<HTMLButtonElement[]> {
  const faq = await renderedElement(canvasElement, 'smp-faq');
  return [...faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="question"]')].filter((button) => button.checkVisibility());
}

const questionTexts = (buttons: HTMLButtonElement[]) => buttons.map((button) => button.textContent!.trim());

/** The widget tests' fixture: three entries in two categories, fed through the `data` property. */
export const Default: Story = {};

/** The demo clinic's FAQ (the demo CMS's seed content): four categories, each with its own heading. */
export const Categories: Story = {
  args: { data: demoFaqEn },
};

/** Arrow keys move between questions (wrapping), Home and End jump, Enter and Space open and close. */
export const KeyboardNavigation: Story = {
  args: { data: demoFaqEn },
  play: async ({ canvasElement, step }) => {
    const questions = await visibleQuestions(canvasElement);
    const first = questions[0]!;
    const last = questions.at(-1)!;
    first.focus();
    await step('Arrow keys, Home and End move the focus', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await expect(deepActiveElement()).toBe(questions[1]);
      await userEvent.keyboard('{End}');
      await expect(deepActiveElement()).toBe(last);
      await userEvent.keyboard('{ArrowDown}');
      await expect(deepActiveElement()).toBe(first);
      await userEvent.keyboard('{ArrowUp}');
      await expect(deepActiveElement()).toBe(last);
      await userEvent.keyboard('{Home}');
      await expect(deepActiveElement()).toBe(first);
    });
    await step('Enter opens the focused question, Space closes it', async () => {
      // A closed answer stays in the page for find-in-page (hidden="until-found"): check what is painted.
      const answerText = first.closest('[part="item"]')!.querySelector('[part="answer"]')!.firstElementChild!;
      await userEvent.keyboard('{Enter}');
      await expect(first).toHaveAttribute('aria-expanded', 'true');
      await waitFor(() => expect(answerText.checkVisibility()).toBe(true));
      await userEvent.keyboard(' ');
      await expect(first).toHaveAttribute('aria-expanded', 'false');
      await waitFor(() => expect(answerText.checkVisibility()).toBe(false));
    });
  },
};

/** A search box filters questions and answers as the visitor types; "Expand all" opens what is shown. */
export const Search: Story = {
  args: { data: demoFaqEn, search: true, 'expand-all': true },
  play: async ({ canvasElement }) => {
    const faq = await renderedElement(canvasElement, 'smp-faq');
    const shadow = withinShadow(faq);
    // "laser" appears only in the answer about removing SMP: answers are searched too.
    await userEvent.type(shadow.getByRole('searchbox', { name: 'Search the questions' }), 'laser');
    await waitFor(async () => expect(questionTexts(await visibleQuestions(canvasElement))).toEqual(['Can SMP be removed or corrected?']));
    await expect(shadow.getByText('1 question matches.')).toBeInTheDocument();
  },
};

/** `single`: opening one answer closes the other. */
export const SingleOpen: Story = {
  args: { data: demoFaqEn, single: true, open: 'what-is-scalp-micropigmentation' },
  play: async ({ canvasElement }) => {
    const [first, second] = await visibleQuestions(canvasElement);
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(second!);
    await expect(second).toHaveAttribute('aria-expanded', 'true');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
  },
};

const DEEP_LINK_SLUG = 'how-long-does-smp-last';

/**
 * `link-hash`: a link to `#how-long-does-smp-last` opens that answer and scrolls to it,
 * and opening another question puts its slug in the address bar, ready to share.
 * (Shown in its own frame in the docs, because it changes the page's address.)
 */
export const DeepLink: Story = {
  args: { data: demoFaqEn, 'link-hash': true },
  parameters: { docs: { story: { inline: false, height: '480px' } } },
  beforeEach: () => {
    const before = location.href;
    history.replaceState(history.state, '', `#${DEEP_LINK_SLUG}`);
    return () => history.replaceState(history.state, '', before);
  },
  play: async ({ canvasElement }) => {
    const faq = await renderedElement(canvasElement, 'smp-faq');
    const shadow = withinShadow(faq);
    await waitFor(() => expect(shadow.getByRole('button', { name: 'How long does SMP last? Does it fade?' })).toHaveAttribute('aria-expanded', 'true'));
    await userEvent.click(shadow.getByRole('button', { name: 'When will I see results?' }));
    await expect(location.hash).toBe('#when-will-i-see-results');
  },
};

/** 200 entries in five categories, with search: scrolling, find-in-page (Ctrl+F opens a closed answer) and filtering stay quick. */
export const LongList: Story = {
  args: { data: faqResponseLong, search: true, 'expand-all': true },
  play: async ({ canvasElement }) => {
    await expect(await visibleQuestions(canvasElement)).toHaveLength(200);
    const faq = await renderedElement(canvasElement, 'smp-faq');
    await userEvent.type(withinShadow(faq).getByRole('searchbox'), 'question 137');
    await waitFor(async () => expect(questionTexts(await visibleQuestions(canvasElement))).toEqual(['Sample question 137 (the treatment)']));
  },
};

/** While the CMS has not answered: a placeholder announced as busy. (The stand-in CMS here never answers.) */
export const Loading: Story = {
  args: { data: undefined, src: FAKE_CMS.neverAnswers, timeout: 600_000 },
  play: async ({ canvasElement }) => {
    const faq = await renderedElement(canvasElement, 'smp-faq');
    await expect(withinShadow(faq).getByRole('status')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The CMS answered, but nothing is published yet. */
export const Empty: Story = {
  args: { data: { data: [], meta: { locale: 'en', categories: [] } } },
  play: async ({ canvasElement }) => {
    const faq = await renderedElement(canvasElement, 'smp-faq');
    await expect(withinShadow(faq).getByText('No questions have been published yet.')).toBeInTheDocument();
  },
};

/**
 * The CMS cannot be reached (the stand-in answers HTTP 500): the page's own fallback
 * markup inside the element is shown instead, so visitors still get answers.
 */
export const ErrorFallback: Story = {
  args: { data: undefined, src: FAKE_CMS.serverError, timeout: 3000 },
  render: (args) => html`<smp-faq src=${args.src!} timeout=${args.timeout!}>
    <details>
      <summary>What is scalp micropigmentation?</summary>
      <p>A non-surgical cosmetic tattoo: tiny dots of pigment that look like closely shaved hair.</p>
    </details>
    <p>More answers: call us on <a href="tel:+442079460123">+44 20 7946 0123</a>.</p>
  </smp-faq>`,
  play: async ({ canvasElement }) => {
    const fallback = canvasElement.querySelector('summary')!;
    await waitFor(() => expect(fallback.checkVisibility()).toBe(true), { timeout: 5000 });
  },
};

/** In a right-to-left page (`dir="rtl"`, Arabic content): the layout mirrors. The element's own labels fall back to English. */
export const RightToLeft: Story = {
  args: { data: demoFaqAr, search: true, open: 'what-is-scalp-micropigmentation' },
  decorators: [rightToLeft('ar')],
};

/** `theme="dark"` on a dark page; `theme="auto"` follows the visitor's colour scheme. */
export const Dark: Story = {
  args: { data: demoFaqEn, theme: 'dark', search: true, 'expand-all': true, open: 'what-is-scalp-micropigmentation' },
  decorators: [darkPage],
};

/** German content and labels, picked from `locale="de"` (or the nearest `lang` attribute). */
export const German: Story = {
  args: { data: demoFaqDe, locale: 'de', search: true, 'expand-all': true },
};
