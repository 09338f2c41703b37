import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@smp-kit/widgets/smp-faq';
import '@smp-kit/widgets/smp-before-after';
import '@smp-kit/widgets/smp-transformations';
import '@smp-kit/widgets/smp-booking-button';
import type { TemplateResult } from 'lit';

// Every element against every way its API can fail (see helpers/fixture-faults.mjs), then the API recovering.
type Mode = 'reset' | 'server-error' | 'slow' | 'malformed' | 'invalid';
const MODES: Mode[] = ['reset', 'server-error', 'slow', 'malformed', 'invalid'];

let runs = 0;
const newRun = () => `${Date.now().toString(36)}-${(runs += 1)}`;
const faultCms = (run: string) => `${location.origin}/fixture-cms/fault-${run}`;
/** A port nothing listens on: the connection is refused. */
const REFUSED = 'http://127.0.0.1:9/cms';

async function setMode(run: string, mode: Mode | 'ok'): Promise<void> {
  await fetch(`/fixture-cms/fault-mode?run=${run}&mode=${mode}`);
}

const shadow = (element: Element) => element.shadowRoot!;
/** The page's own fallback content is what the visitor sees. */
const showsPageFallback = (element: Element) => [...shadow(element).querySelectorAll('slot:not([name])')].some((slot) => (slot as HTMLSlotElement).assignedElements().some((child) => child.classList.contains('page-fallback')));

interface ElementUnderTest {
  render(src: string): TemplateResult;
  /** Content from the CMS is on screen. */
  showsContent(element: Element): boolean;
  /** What it shows when the CMS failed. */
  showsFallback(element: Element): boolean | Promise<boolean>;
}

const ELEMENTS: Record<string, ElementUnderTest> = {
  'smp-faq': {
    render: (src) => html`<smp-faq src=${src} timeout="500"><p class="page-fallback">Call us with your questions.</p></smp-faq>`,
    showsContent: (element) => shadow(element).querySelectorAll('button[part~="question"]').length > 0,
    showsFallback: showsPageFallback,
  },
  'smp-transformations': {
    render: (src) => html`<smp-transformations src=${src} timeout="500"><p class="page-fallback">Ask to see results.</p></smp-transformations>`,
    showsContent: (element) => shadow(element).querySelectorAll('li[part~="card"]').length > 0,
    showsFallback: showsPageFallback,
  },
  'smp-before-after': {
    render: (src) => html`<smp-before-after src=${src} slug="hairline-restoration" timeout="500"><p class="page-fallback">Illustrations appear here.</p></smp-before-after>`,
    showsContent: (element) => !!shadow(element).querySelector('[role="slider"]'),
    showsFallback: showsPageFallback,
  },
  'smp-booking-button': {
    // No settings: the button still opens, says booking is unavailable and closes again.
    render: (src) => html`<smp-booking-button src=${src}></smp-booking-button>`,
    showsContent: (element) => shadow(element).querySelector('button[part~="button"]')!.textContent!.includes('Book your consultation'),
    showsFallback(element) {
      const trigger = shadow(element).querySelector<HTMLButtonElement>('button[part~="button"]')!;
      // The dialog's code loads on the first click; until then there is no <dialog>.
      const dialog = shadow(element).querySelector('dialog');
      if (!dialog?.open) trigger.click();
      return trigger.textContent!.includes('Book a consultation') && !!dialog?.open && dialog.textContent!.includes('Online booking is not available right now');
    },
  },
};

/** Uncaught errors and unhandled rejections on the page while `during` runs. */
async function pageErrorsDuring(during: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error ?? event.message);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
  try {
    await during();
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  }
  return errors;
}

describe('widget faults: every element, every failure, then recovery', () => {
  beforeEach(() => localStorage.clear());

  for (const [tag, subject] of Object.entries(ELEMENTS)) {
    describe(`<${tag}>`, () => {
      it('shows its fallback when the API refuses connections', async () => {
        const errors = await pageErrorsDuring(async () => {
          const element = await fixture(subject.render(REFUSED));
          await waitUntil(() => subject.showsFallback(element), 'no fallback', { timeout: 9000 });
        });
        expect(errors).to.deep.equal([]);
      });

      for (const mode of MODES) {
        // The booking button has no timeout attribute: it waits the default 8 s for a slow API.
        const slowBooking = mode === 'slow' && tag === 'smp-booking-button';
        it(`shows its fallback when the API fails (${mode}), and its content once the API recovers`, async () => {
          const run = newRun();
          await setMode(run, mode);
          const errors = await pageErrorsDuring(async () => {
            const element = await fixture(subject.render(faultCms(run)));
            await waitUntil(() => subject.showsFallback(element), `no fallback for ${mode}`, { timeout: slowBooking ? 12000 : 4000, interval: 100 });
            expect(subject.showsContent(element)).to.equal(false);

            await setMode(run, 'ok');
            // The element retries by itself later; the browser's "online" event makes it retry now.
            dispatchEvent(new Event('online'));
            await waitUntil(() => subject.showsContent(element), `no content after the API recovered from ${mode}`, { timeout: 4000 });
          });
          expect(errors).to.deep.equal([]);
        }).timeout(slowBooking ? 20000 : 9000);
      }
    });
  }
});
