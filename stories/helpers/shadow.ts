import { within } from 'storybook/test';

/** Testing Library queries inside an element's shadow root (where the widgets render). */
export function withinShadow(host: Element | null | undefined) {
  if (!host?.shadowRoot) throw new Error(`${host?.localName ?? 'The element'} has no shadow root yet`);
  return within(host.shadowRoot as unknown as HTMLElement);
}

/** The first `selector` in the canvas, waiting for Lit's first render. */
export async function renderedElement<T extends HTMLElement & { updateComplete?: Promise<unknown> }>(canvasElement: HTMLElement, selector: string): Promise<T> {
  const element = canvasElement.querySelector<T>(selector);
  if (!element) throw new Error(`No ${selector} in the story`);
  await element.updateComplete;
  return element;
}

/** The element focused inside shadow roots, as the browser sees it. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
