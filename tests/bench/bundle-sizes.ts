// Bundle sizes: our built files next to peer elements bundled the same way, in the same run.
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { CDN_DIR, ELEMENT_FILES, onDemandFiles, ownFiles, readBuilt, runtimeFile, upFrontFiles } from '../helpers/widget-bundle-graph.ts';
import { kb, markdownTable, met } from './markdown-table.ts';

const KB = 1024;
/** Issue "One Lit for the whole page" (tests/bundles/size-budgets.test.ts asserts the ones met). */
export const RUNTIME_BUDGET = 6_000;
export const ELEMENT_BUDGET = 4_500;
export const PAGE_OF_FOUR_TARGET = 16_000;
export const WIDGETS_JS_TARGET = 15_000;

/** What a page needs to use each peer: import and register its element(s). */
export const PEERS = [
  { name: 'img-comparison-slider', comparableTo: 'smp-before-after', tag: 'img-comparison-slider', entry: `import 'img-comparison-slider';` },
  { name: 'Shoelace sl-details', comparableTo: 'smp-faq', tag: 'sl-details', entry: `import '@shoelace-style/shoelace/dist/components/details/details.js';` },
  { name: 'Lion accordion', comparableTo: 'smp-faq', tag: 'lion-accordion', entry: `import '@lion/ui/define/lion-accordion.js';` },
  { name: 'Spectrum accordion', comparableTo: 'smp-faq', tag: 'sp-accordion', entry: `import '@spectrum-web-components/accordion/sp-accordion.js';\nimport '@spectrum-web-components/accordion/sp-accordion-item.js';` },
  { name: 'Cal.com embed-core', comparableTo: 'smp-booking-button', tag: 'cal-', entry: `import '@calcom/embed-core';` },
] as const;

export interface BundleSize {
  name: string;
  kind: 'smp-kit' | 'peer';
  comparableTo?: string;
  min: number;
  gzip: number;
  brotli: number;
  budget?: number;
  error?: string;
}

export function measureBytes(code: string | Buffer): { min: number; gzip: number; brotli: number } {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** One virtual entry module per peer, so nothing but the bench folder holds their imports. */
function virtualEntry(code: string): Plugin {
  return {
    name: 'bench-entry',
    resolveId: (id) => (id === 'bench-entry' ? id : null),
    load: (id) => (id === 'bench-entry' ? code : null),
  };
}

/** Same resolution and minifier settings as rollup.config.mjs, minus our private-member mangling (peers do not follow our underscore rule). */
async function bundlePeer(entry: string): Promise<string> {
  const build = await rollup({
    input: 'bench-entry',
    plugins: [
      virtualEntry(entry),
      nodeResolve({ browser: true, exportConditions: ['production'], rootDir: fileURLToPath(new URL('.', import.meta.url)) }),
      minifyTemplateLiterals(),
      terser({ module: true, ecma: 2022, compress: { passes: 3 }, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  try {
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  } finally {
    await build.close();
  }
}

/** Sizes of several files as a page pays them: each one compressed apart, as served. */
function measureFiles(files: readonly string[]): { min: number; gzip: number; brotli: number } {
  const sizes = files.map((file) => measureBytes(readBuilt(file)));
  return { min: sum(sizes, 'min'), gzip: sum(sizes, 'gzip'), brotli: sum(sizes, 'brotli') };
}
const sum = (sizes: Array<Record<'min' | 'gzip' | 'brotli', number>>, key: 'min' | 'gzip' | 'brotli') => sizes.reduce((total, size) => total + size[key], 0);

export async function measureBundles(): Promise<BundleSize[]> {
  let runtime: string;
  try {
    runtime = runtimeFile();
  } catch (error) {
    throw new Error(`No usable bundles in ${CDN_DIR} (${(error as Error).message}): run npm run build first.`);
  }
  const ours: BundleSize[] = [{ name: `${runtime} (shared: Lit, data client, styles)`, kind: 'smp-kit', ...measureBytes(readBuilt(runtime)), budget: RUNTIME_BUDGET }];
  for (const file of ELEMENT_FILES) ours.push({ name: `${file} (own code: ${ownFiles(file).join(' + ')})`, kind: 'smp-kit', ...measureFiles(ownFiles(file)), budget: ELEMENT_BUDGET });
  // What a clinic page pays up front, comparable to a peer's self-contained bundle.
  for (const file of ELEMENT_FILES) ours.push({ name: `one element: ${upFrontFiles([file]).join(' + ')}`, kind: 'smp-kit', ...measureFiles(upFrontFiles([file])) });
  ours.push({ name: 'all four elements on one page (four script tags)', kind: 'smp-kit', ...measureFiles(upFrontFiles(ELEMENT_FILES)), budget: PAGE_OF_FOUR_TARGET });
  ours.push({ name: 'widgets.js and what it imports up front', kind: 'smp-kit', ...measureFiles(upFrontFiles(['widgets.js'])), budget: WIDGETS_JS_TARGET });
  // Chunks load on demand (the booking dialog and form on the first opening, the FAQ's opt-in features): listed, not held to a page-load budget.
  for (const file of onDemandFiles(['widgets.js']).sort()) ours.push({ name: `${file} (on demand)`, kind: 'smp-kit', ...measureBytes(readBuilt(file)) });
  const peers: BundleSize[] = [];
  // minify-literals warns about every unsafeCSS() in peer code; the numbers are what matters here.
  const warn = console.warn;
  console.warn = () => {};
  try {
    peers.push(...(await Promise.all(PEERS.map(measurePeer))));
  } finally {
    console.warn = warn;
  }
  return [...ours, ...peers];
}

async function measurePeer(peer: (typeof PEERS)[number]): Promise<BundleSize> {
  try {
    const code = await bundlePeer(peer.entry);
    // A bundle that lost its element (wrong entry point, tree-shaken away) would look small for the wrong reason.
    if (!code.includes(peer.tag)) throw new Error(`the bundle does not mention <${peer.tag}>`);
    return { name: peer.name, kind: 'peer', comparableTo: peer.comparableTo, ...measureBytes(code) };
  } catch (error) {
    return { name: peer.name, kind: 'peer', comparableTo: peer.comparableTo, min: Number.NaN, gzip: Number.NaN, brotli: Number.NaN, error: (error as Error).message };
  }
}

export function bundleTable(sizes: BundleSize[]): string {
  return markdownTable(
    ['Bundle', 'Min KB', 'Gzip -9 KB', 'Brotli 11 KB', 'Target (brotli)'],
    sizes.map((size) => [
      size.kind === 'peer' ? `${size.name} (peer of ${size.comparableTo})` : `**${size.name}**`,
      kb(size.min),
      kb(size.gzip),
      kb(size.brotli),
      size.error ? `not built: ${size.error}` : size.budget ? `≤ ${size.budget.toLocaleString('en')} B: ${met(size.brotli <= size.budget)}` : '',
    ]),
  );
}
