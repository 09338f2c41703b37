// In-browser timings of the built elements (packages/widgets/dist/cdn) in headless Chromium.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { KEEP_NAMES_SHIM } from './keep-names-shim.ts';
import { fixed, markdownTable, met, quantile } from './markdown-table.ts';
import { serveDist } from './static-server.ts';

export const FAQ_SIZES = [20, 100, 500];
const RENDER_RUNS = 7;
const SEARCH_TEXT = 'aftercare 12';
const SEARCH_ROUNDS = 5;
export const SLIDER_MOVES = 1000;

export interface FaqRender {
  entries: number;
  /** Median of RENDER_RUNS: from creating the element to its first update (script work). */
  scriptMs: number;
  /** The same, plus the style and layout the browser needs before it can paint. */
  totalMs: number;
}

export interface BrowserResults {
  faqRender: FaqRender[];
  /** Per keystroke: until the element updated (script), and until style + layout are done too. */
  search: { entries: number; keystrokes: number; scriptP50Ms: number; scriptP95Ms: number; p50Ms: number; p95Ms: number; maxMs: number };
  slider?: { moves: number; eventsSeen: number; p50Ms: number; p95Ms: number; layoutsPerMove: number; styleRecalcsPerMove: number };
  sliderSkipped?: string;
}

const blankPage = (script: string, body = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/${script}"></script></head><body style="margin:0">${body}</body></html>`;
const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600"><rect width="800" height="600" fill="${fill}"/></svg>`;

/** Runs in the page: `count` entries in five categories, shaped like GET /api/smp-kit/faqs. */
function faqResponse(count: number) {
  const names = ['About SMP', 'The treatment', 'Aftercare', 'Costs and payment', 'Booking'];
  const categories = names.map((name, index) => ({ slug: name.toLowerCase().replace(/\W+/g, '-'), name, order: index + 1 }));
  const data = Array.from({ length: count }, (_, index) => {
    const category = categories[index % categories.length]!;
    return {
      id: `doc-${index + 1}`,
      slug: `question-${index + 1}`,
      question: `Question ${index + 1} about ${category.name.toLowerCase()}: how long does it take?`,
      answer: [{ type: 'paragraph', children: [{ type: 'text', text: `Answer ${index + 1}. Most clients need two to three sessions; ${category.name.toLowerCase()} details differ from client to client.` }] }],
      category: category.slug,
      order: Math.floor(index / categories.length) + 1,
    };
  });
  return { data, meta: { locale: 'en', categories } };
}

async function measureFaq(page: Page): Promise<Pick<BrowserResults, 'faqRender' | 'search'>> {
  await page.evaluate(() => customElements.whenDefined('smp-faq'));
  const faqRender: FaqRender[] = [];
  for (const entries of FAQ_SIZES) {
    const runs = await page.evaluate(
      async ({ entries, runs, source }) => {
        const makeResponse = new Function(`return (${source})`)() as (count: number) => unknown;
        const times: { script: number; total: number }[] = [];
        for (let run = 0; run < runs; run++) {
          const response = makeResponse(entries);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          const start = performance.now();
          const element = document.createElement('smp-faq') as HTMLElement & { data: unknown; search: boolean; updateComplete: Promise<boolean> };
          element.search = true;
          element.data = response;
          document.body.append(element);
          await element.updateComplete;
          const script = performance.now();
          void document.body.offsetHeight; // style + layout, as the next frame would need them
          const total = performance.now();
          const shown = element.shadowRoot!.querySelectorAll('[part~="item"]').length;
          if (shown !== entries) throw new Error(`smp-faq showed ${shown} of ${entries} entries`);
          times.push({ script: script - start, total: total - start });
          element.remove();
        }
        return times;
      },
      { entries, runs: RENDER_RUNS, source: faqResponse.toString() },
    );
    faqRender.push({ entries, scriptMs: quantile(runs.map((run) => run.script), 0.5), totalMs: quantile(runs.map((run) => run.total), 0.5) });
  }

  const largest = FAQ_SIZES.at(-1)!;
  const { times: keystrokes, scriptTimes } = await page.evaluate(
    async ({ entries, text, rounds, source }) => {
      const makeResponse = new Function(`return (${source})`)() as (count: number) => unknown;
      const element = document.createElement('smp-faq') as HTMLElement & { data: unknown; search: boolean; updateComplete: Promise<boolean> };
      element.search = true;
      element.data = makeResponse(entries);
      document.body.append(element);
      await element.updateComplete;
      const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[part~="search"]');
      if (!input) throw new Error('smp-faq rendered no search box');
      const times: number[] = [];
      const scriptTimes: number[] = [];
      const type = async (value: string) => {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const start = performance.now();
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await element.updateComplete;
        scriptTimes.push(performance.now() - start);
        void document.body.offsetHeight;
        times.push(performance.now() - start);
      };
      // Type the query, then delete it again: narrowing and widening the list both count.
      for (let round = 0; round < rounds; round++) {
        for (let length = 1; length <= text.length; length++) await type(text.slice(0, length));
        for (let length = text.length - 1; length >= 0; length--) await type(text.slice(0, length));
      }
      element.remove();
      return { times, scriptTimes };
    },
    { entries: largest, text: SEARCH_TEXT, rounds: SEARCH_ROUNDS, source: faqResponse.toString() },
  );
  return {
    faqRender,
    search: { entries: largest, keystrokes: keystrokes.length, scriptP50Ms: quantile(scriptTimes, 0.5), scriptP95Ms: quantile(scriptTimes, 0.95), p50Ms: quantile(keystrokes, 0.5), p95Ms: quantile(keystrokes, 0.95), maxMs: Math.max(...keystrokes) },
  };
}

/** Real mouse input through the DevTools protocol: a drag across the slider, 1,000 moves. */
async function measureSlider(page: Page): Promise<NonNullable<BrowserResults['slider']>> {
  await page.evaluate(() => customElements.whenDefined('smp-before-after'));
  await page.waitForFunction(() => document.querySelector('smp-before-after')?.shadowRoot?.querySelector('[role="slider"]'));
  await page.evaluate(() => {
    const times: number[] = [];
    let start = 0;
    // Window capture runs first and window bubble last: the gap is the element's own handling of the move.
    addEventListener('pointermove', () => (start = performance.now()), { capture: true });
    addEventListener('pointermove', () => times.push(performance.now() - start));
    (window as unknown as { __moveTimes: number[] }).__moveTimes = times;
  });
  const frame = await page.evaluateHandle(() => document.querySelector('smp-before-after')!.shadowRoot!.querySelector('[part~="frame"]')!);
  const box = (await frame.asElement()!.boundingBox())!;
  const handle = (await (await page.evaluateHandle(() => document.querySelector('smp-before-after')!.shadowRoot!.querySelector('[role="slider"]')!)).asElement()!.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(handle.x + handle.width / 2, y);
  await page.mouse.down();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
  await page.evaluate(() => ((window as unknown as { __moveTimes: number[] }).__moveTimes.length = 0));
  const before = await metrics();
  for (let move = 0; move < SLIDER_MOVES; move++) {
    // Back and forth across the middle 80 % of the frame, 1 px to several px per move.
    const phase = (move % 200) / 200;
    const share = 0.1 + 0.8 * (phase < 0.5 ? phase * 2 : 2 - phase * 2);
    await page.mouse.move(box.x + box.width * share, y);
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const after = await metrics();
  await page.mouse.up();
  const times = await page.evaluate(() => (window as unknown as { __moveTimes: number[] }).__moveTimes);
  if (times.length === 0) throw new Error('The slider saw no pointermove events');
  const value = await page.evaluate(() => (document.querySelector('smp-before-after') as HTMLElement & { value: number }).value);
  if (!(value > 5 && value < 95)) throw new Error(`The drag did not move the slider (value ${value})`);
  return {
    moves: SLIDER_MOVES,
    eventsSeen: times.length,
    p50Ms: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    layoutsPerMove: (after.LayoutCount! - before.LayoutCount!) / times.length,
    styleRecalcsPerMove: (after.RecalcStyleCount! - before.RecalcStyleCount!) / times.length,
  };
}

export async function measureBrowser(): Promise<BrowserResults> {
  const sliderBuilt = existsSync(fileURLToPath(new URL('../../packages/widgets/dist/cdn/smp-before-after.js', import.meta.url)));
  const server = await serveDist({
    '/faq.html': blankPage('smp-faq.js'),
    '/slider.html': blankPage('smp-before-after.js', '<smp-before-after style="display:block;width:800px" before="/before.svg" after="/after.svg" before-alt="Scalp before the treatment" after-alt="Scalp after the treatment"></smp-before-after>'),
    '/before.svg': svg('#b9a48f'),
    '/after.svg': svg('#3d3a37'),
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.goto(`${server.baseUrl}/faq.html`);
    const faq = await measureFaq(page);
    let slider: BrowserResults['slider'];
    if (sliderBuilt) {
      await page.goto(`${server.baseUrl}/slider.html`);
      slider = await measureSlider(page);
    }
    if (errors.length > 0) throw new Error(`The bench pages threw: ${errors.join('; ')}`);
    return { ...faq, slider, sliderSkipped: sliderBuilt ? undefined : 'packages/widgets/dist/cdn/smp-before-after.js is not built' };
  } finally {
    await browser?.close();
    await server.close();
  }
}

export function browserTable(results: BrowserResults): string {
  const rows: string[][] = results.faqRender.map((render) => [
    `smp-faq first render, ${render.entries} entries`,
    `${fixed(render.scriptMs)} ms script, ${fixed(render.totalMs)} ms with style + layout`,
    render.entries === 500 ? `≤ 50 ms: ${met(render.totalMs <= 50)}` : '',
  ]);
  const { search, slider } = results;
  rows.push([`smp-faq search, per keystroke (${search.entries} entries, ${search.keystrokes} keystrokes)`, `p50 ${fixed(search.p50Ms, 2)} ms, p95 ${fixed(search.p95Ms, 2)} ms, max ${fixed(search.maxMs, 2)} ms (script alone: p50 ${fixed(search.scriptP50Ms, 2)}, p95 ${fixed(search.scriptP95Ms, 2)})`, `≤ 5 ms: ${met(search.p95Ms <= 5)} (p95)`]);
  if (slider) {
    rows.push([`smp-before-after pointermove (${slider.moves} drag moves, ${slider.eventsSeen} events)`, `p50 ${fixed(slider.p50Ms, 3)} ms, p95 ${fixed(slider.p95Ms, 3)} ms`, `≤ 0.5 ms p95: ${met(slider.p95Ms <= 0.5)}`]);
    rows.push(['smp-before-after layouts / style recalcs per move', `${fixed(slider.layoutsPerMove, 3)} / ${fixed(slider.styleRecalcsPerMove, 3)}`, `no layout per move: ${met(slider.layoutsPerMove < 0.01)}`]);
  } else {
    rows.push(['smp-before-after pointermove', `skipped: ${results.sliderSkipped}`, '']);
  }
  return markdownTable(['Measurement', 'Result', 'Target'], rows);
}
