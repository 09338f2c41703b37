// Lighthouse 12 and cumulative layout shift of the demo page, served by the running cms.
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../helpers/cms-process.ts';
import { KEEP_NAMES_SHIM } from './keep-names-shim.ts';
import { fixed, markdownTable, met } from './markdown-table.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface LighthouseRun {
  formFactor: 'mobile' | 'desktop';
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits that cost points, to explain a score under 100. */
  failing: string[];
  /** Opportunities and insights with savings (they carry no weight, but explain the metrics). */
  opportunities: string[];
  /** Lighthouse's "layout shifts" audit: the elements that moved. */
  shiftedElements: string[];
}

export interface PageShift {
  viewport: string;
  /** The worst of LOADS page loads: whether a shift happens depends on what paints first. */
  cls: number;
  /** CLS of each load. */
  loads: number[];
  sources: string[];
}

const LOADS = 3;

export interface DemoPageResults {
  lighthouse: LighthouseRun[];
  layoutShift: PageShift[];
}

/** Lighthouse drives the browser through a DevTools port; Playwright only starts it (never downloads one). */
async function launchWithDebuggingPort(): Promise<{ browser: Browser; port: number }> {
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: [...CHROME_FLAGS, `--remote-debugging-port=${port}`] });
  return { browser, port };
}

async function runLighthouse(url: string, port: number, formFactor: LighthouseRun['formFactor']): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error('Lighthouse returned nothing');
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
  const failing = CATEGORIES.flatMap((id) =>
    categories[id]!.auditRefs.filter((ref) => ref.weight > 0 && audits[ref.id]!.score !== null && audits[ref.id]!.score! < 1).map((ref) => `${id}: ${audits[ref.id]!.title} (${audits[ref.id]!.displayValue ?? fixed(audits[ref.id]!.score! * 100, 0)})`),
  );
  return {
    formFactor,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]!.score ?? 0) * 100)])) as LighthouseRun['scores'],
    cls: audits['cumulative-layout-shift']!.numericValue ?? Number.NaN,
    lcpMs: audits['largest-contentful-paint']!.numericValue ?? Number.NaN,
    tbtMs: audits['total-blocking-time']!.numericValue ?? Number.NaN,
    failing,
    opportunities: Object.values(audits)
      .filter((audit) => {
        const details = audit.details as { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number } | undefined;
        return (details?.type === 'opportunity' || audit.id.endsWith('-insight')) && audit.score !== null && audit.score < 1 && ((details?.overallSavingsMs ?? 0) > 0 || (details?.overallSavingsBytes ?? 0) > 0);
      })
      .map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
    shiftedElements: ((audits['layout-shifts']?.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? []).map((item) => item.node?.selector ?? '?'),
  };
}

/** Every layout shift from navigation until the page has been scrolled to the end and back, in a fresh profile. */
async function loadLayoutShift(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<{ cls: number; sources: string[] }> {
  const page = await browser.newPage({ viewport });
  try {
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
          if (entry.hadRecentInput) continue;
          const describe = (node: Node | null | undefined) => (node instanceof Element ? `${node.localName}${node.id ? `#${node.id}` : ''}` : String(node?.nodeName ?? '?'));
          shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((source) => describe(source.node)) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await pause();
      }
      scrollTo(0, 0);
      await pause();
    });
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
    return { cls: shifts.reduce((sum, shift) => sum + shift.value, 0), sources: [...new Set(shifts.flatMap((shift) => shift.sources))] };
  } finally {
    await page.close();
  }
}

async function measureLayoutShift(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<PageShift> {
  const loads = [];
  for (let load = 0; load < LOADS; load++) loads.push(await loadLayoutShift(browser, url, viewport));
  const worst = loads.reduce((a, b) => (b.cls > a.cls ? b : a));
  return { viewport: `${viewport.width}×${viewport.height}`, cls: worst.cls, loads: loads.map((load) => load.cls), sources: worst.sources };
}

export async function measureDemoPage(baseUrl: string): Promise<DemoPageResults> {
  const { browser, port } = await launchWithDebuggingPort();
  try {
    const url = `${baseUrl}/`;
    const runs = [await runLighthouse(url, port, 'mobile'), await runLighthouse(url, port, 'desktop')];
    const layoutShift = [await measureLayoutShift(browser, url, { width: 412, height: 823 }), await measureLayoutShift(browser, url, { width: 1350, height: 940 })];
    return { lighthouse: runs, layoutShift };
  } finally {
    await browser.close();
  }
}

export function demoPageTable({ lighthouse: runs, layoutShift }: DemoPageResults): string {
  const rows = runs.map((run) => [
    `Lighthouse ${run.formFactor}`,
    ...CATEGORIES.map((id) => String(run.scores[id])),
    fixed(run.cls, 3),
    `${fixed(run.lcpMs, 0)} ms`,
    `${fixed(run.tbtMs, 0)} ms`,
    met(CATEGORIES.every((id) => run.scores[id] === 100) && run.cls === 0),
  ]);
  const table = markdownTable(['Demo page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'CLS', 'LCP', 'TBT', 'Target: 100 ×4, CLS 0'], rows);
  const shifts = markdownTable(
    [`Layout shift in Chromium (worst of ${LOADS} loads, each scrolled to the end and back)`, 'CLS', 'Each load', 'Shifted elements', 'Target: 0'],
    layoutShift.map((shift) => [shift.viewport, fixed(shift.cls, 4), shift.loads.map((cls) => fixed(cls, 3)).join(' / '), shift.sources.join(', ') || 'none', met(shift.cls === 0)]),
  );
  const failing = runs.flatMap((run) => [
    ...run.failing.map((audit) => `- ${run.formFactor} ${audit}`),
    ...(run.opportunities.length ? [`- ${run.formFactor} opportunities: ${run.opportunities.join('; ')}`] : []),
    ...(run.shiftedElements.length ? [`- ${run.formFactor}: elements that shifted: ${run.shiftedElements.join(', ')}`] : []),
  ]);
  return [table, shifts, failing.length ? `Audits that cost points:\n${failing.join('\n')}` : 'No audit cost points.'].join('\n\n');
}
