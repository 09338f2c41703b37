// `npm run bench [-- bundles browser api lighthouse]`: measures, prints Markdown, writes results.json.
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { apiTable, apiTargets, measureApi, startBenchCms, CONNECTIONS, DURATION_S, ROUNDS, type ApiResults } from './api-throughput.ts';
import { browserTable, measureBrowser, type BrowserResults } from './browser.ts';
import { bundleTable, measureBundles, type BundleSize } from './bundle-sizes.ts';
import { demoPageTable, measureDemoPage, type DemoPageResults } from './lighthouse.ts';

const PARTS = ['bundles', 'browser', 'api', 'lighthouse'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((part) => !(PARTS as readonly string[]).includes(part));
if (unknown.length > 0) {
  console.error(`Unknown part(s): ${unknown.join(', ')}. Choose from: ${PARTS.join(', ')} (none = all).`);
  process.exit(1);
}
const wanted = (part: (typeof PARTS)[number]) => asked.length === 0 || asked.includes(part);
const log = (message: string) => console.error(`[bench] ${message}`);

const results: {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  bundles?: BundleSize[];
  browser?: BrowserResults;
  api?: ApiResults;
  demoPage?: DemoPageResults;
} = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100) },
};

if (wanted('bundles')) {
  log('Bundle sizes: ours from packages/widgets/dist/cdn, peers bundled now with the same rollup settings…');
  results.bundles = await measureBundles();
}
if (wanted('browser')) {
  log('Browser: smp-faq render and search, smp-before-after drag, in headless Chromium…');
  results.browser = await measureBrowser();
}
if (wanted('api')) {
  log(`Content API: cms in production mode, autocannon ${CONNECTIONS} connections × ${DURATION_S} s per route × ${ROUNDS} rounds (two cms starts, about a minute each)…`);
  results.api = await measureApi({
    onCachedServer: wanted('lighthouse')
      ? async (baseUrl) => {
          log('Demo page: Lighthouse (mobile, desktop) and layout shift…');
          results.demoPage = await measureDemoPage(baseUrl);
        }
      : undefined,
  });
} else if (wanted('lighthouse')) {
  log('Demo page: starting the cms in production mode, then Lighthouse (mobile, desktop) and layout shift…');
  const cms = await startBenchCms({ cache: true });
  try {
    results.demoPage = await measureDemoPage(cms.baseUrl);
  } finally {
    await cms.stop();
  }
}
results.machine.loadAverageAtEnd = loadavg().map((n) => Math.round(n * 100) / 100);

const { machine } = results;
const sections = [
  `# SMP Kit bench, ${results.date.slice(0, 16).replace('T', ' ')} UTC`,
  `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; load average ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd!.join(' ')} at the end.`,
];
if (results.bundles) sections.push('## Bundle size (KB = 1,024 bytes)', bundleTable(results.bundles));
if (results.api) sections.push(`## Content API (${CONNECTIONS} connections, ${DURATION_S} s per route after a 1 s warm-up, best of ${ROUNDS} interleaved rounds)`, apiTable(results.api), apiTargets(results.api).map((line) => `- ${line}`).join('\n'));
if (results.browser) sections.push('## Elements in Chromium', browserTable(results.browser));
if (results.demoPage) sections.push('## Demo page', demoPageTable(results.demoPage));
console.log(sections.join('\n\n'));

const resultsFile = fileURLToPath(new URL('results.json', import.meta.url));
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
log(`Wrote ${resultsFile}`);
// Lighthouse and autocannon can leave handles open; everything is measured and written.
process.exit(0);
