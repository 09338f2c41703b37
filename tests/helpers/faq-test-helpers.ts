import { waitUntil } from '@open-wc/testing';
import type { SmpFaq } from '@smp-kit/widgets';

/** The address of a fixture-CMS scenario (see helpers/fixture-cms.mjs). */
export const fixtureCms = (scenario: string) => `${location.origin}/fixture-cms/${scenario}`;

export async function loaded(element: SmpFaq): Promise<SmpFaq> {
  await waitUntil(() => !element.shadowRoot!.querySelector('[aria-busy="true"]'), 'the FAQ never finished loading', { timeout: 9000 });
  await element.updateComplete;
  return element;
}

export const questionButtons = (element: SmpFaq) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="question"]')];
export const questionTexts = (element: SmpFaq) => questionButtons(element).map((button) => button.textContent!.trim());
export const shownQuestionTexts = (element: SmpFaq) =>
  questionButtons(element)
    .filter((button) => button.getBoundingClientRect().height > 0)
    .map((button) => button.textContent!.trim());
export const openSlugs = (element: SmpFaq) =>
  questionButtons(element)
    .filter((button) => button.getAttribute('aria-expanded') === 'true')
    .map((button) => button.id.replace(/^q-/, ''));

/** How many requests the fixture CMS saw for `url` (path and query). */
export async function requestCount(url: string): Promise<number> {
  const response = await fetch(`/fixture-cms/requests?url=${encodeURIComponent(url)}`);
  return (await response.json()).count;
}

export async function switchFixtureCms(to: 'up' | 'down'): Promise<void> {
  await fetch(`/fixture-cms/switch?to=${to}`);
}
