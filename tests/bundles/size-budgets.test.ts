import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { brotliSize, CDN_DIR, ELEMENT_FILES, importsOf, onDemandFiles, ownFiles, readBuilt, runtimeFile, totalBrotli, upFrontFiles } from '../helpers/widget-bundle-graph.ts';

// Bytes are stable, so budgets are asserted here; timings are only reported by `npm run bench`.
// Every entry in dist/cdn/ imports one content-hashed runtime chunk (Lit, data client, events,
// shared styles); what an element needs only after a click (the booking dialog and form) or for an
// opt-in attribute (the FAQ's search, json-ld and link-hash) is a chunk it imports then.
const KB = 1024;
const kb = (bytes: number) => `${bytes.toLocaleString('en')} B (${(bytes / KB).toFixed(2)} KB)`;

/** Issue "One Lit for the whole page": the shared runtime. */
const RUNTIME_BUDGET = 6_000;
/** Issue "One Lit for the whole page": each element's own entry file, its lazy chunks apart. */
const ELEMENT_BUDGET = 4_500;
/**
 * What a page pays up front (each file once, compressed apart, as served). The issue's targets
 * were 16,000 B for a page with all four elements and 15,000 B for widgets.js: not met. The four
 * elements' own code is ~13.5 KB beside the 6 KB runtime as four files; widgets.js carries the
 * same code as one file (one brotli stream: ~16.9 KB with the runtime). These ceilings keep
 * today's sizes from growing.
 */
const PAGE_OF_FOUR_BUDGET = 19_850;
const WIDGETS_JS_BUDGET = 16_950;
/** Everything a page downloads when it uses every on-demand part. */
const withOnDemandBudgets: Record<string, number> = {
  // What a patient downloads to book: button, dialog and form (17.6 KB); in slots mode the slot
  // picker (2.8 KB), and where the clinic accepts photos the photo field (1.7 KB).
  'smp-booking-button.js': 22_500,
  'smp-faq.js': 11_500, // With `search`, `json-ld` or `link-hash` (11.1 KB today).
};

describe('widget bundle size budgets (brotli, quality 11)', () => {
  it(`the shared runtime stays within ${kb(RUNTIME_BUDGET)}`, (t) => {
    const runtime = runtimeFile();
    const size = brotliSize(readBuilt(runtime));
    t.diagnostic(`${runtime}: ${kb(size)}, margin ${RUNTIME_BUDGET - size} B`);
    assert.ok(size <= RUNTIME_BUDGET, `${runtime} is ${kb(size)}, over its ${kb(RUNTIME_BUDGET)} budget`);
  });

  for (const file of ELEMENT_FILES) {
    it(`${file}'s own code stays within ${kb(ELEMENT_BUDGET)}`, (t) => {
      const own = ownFiles(file);
      const size = totalBrotli(own);
      const lazy = onDemandFiles([file]).map((chunk) => `${chunk} ${kb(brotliSize(readBuilt(chunk)))}`);
      t.diagnostic(`${own.join(' + ')}: ${kb(size)}, margin ${ELEMENT_BUDGET - size} B; on demand: ${lazy.join(', ') || 'nothing'}`);
      assert.ok(size <= ELEMENT_BUDGET, `${file}'s own code (${own.join(' + ')}) is ${kb(size)}, over its ${kb(ELEMENT_BUDGET)} budget`);
    });
  }

  it(`a page with all four elements downloads at most ${kb(PAGE_OF_FOUR_BUDGET)} up front`, (t) => {
    const files = upFrontFiles(ELEMENT_FILES);
    const total = totalBrotli(files);
    t.diagnostic(`${files.join(' + ')} = ${kb(total)}`);
    assert.ok(total <= PAGE_OF_FOUR_BUDGET, `the four elements cost ${kb(total)} up front, over ${kb(PAGE_OF_FOUR_BUDGET)}`);
  });

  it(`widgets.js with what it imports up front stays within ${kb(WIDGETS_JS_BUDGET)}`, (t) => {
    const files = upFrontFiles(['widgets.js']);
    const total = totalBrotli(files);
    t.diagnostic(`${files.join(' + ')} = ${kb(total)}`);
    assert.ok(total <= WIDGETS_JS_BUDGET, `widgets.js costs ${kb(total)} up front, over ${kb(WIDGETS_JS_BUDGET)}`);
  });

  for (const [file, budget] of Object.entries(withOnDemandBudgets)) {
    it(`${file} with everything it loads on demand stays within ${kb(budget)}`, (t) => {
      const lazy = onDemandFiles([file]);
      assert.ok(lazy.length > 0, `${file} loads nothing on demand: is its on-demand code (booking dialog, FAQ search) bundled into it again?`);
      const everything = upFrontFiles([file, ...lazy]);
      const total = totalBrotli(everything);
      t.diagnostic(`${everything.join(' + ')} = ${kb(total)}`);
      assert.ok(total <= budget, `${file} with its on-demand chunks is ${kb(total)}, over ${kb(budget)}`);
    });
  }
});

describe('one Lit for the whole page', () => {
  it('every entry imports the same runtime chunk, and only the runtime carries Lit', () => {
    const runtime = runtimeFile();
    for (const file of [...ELEMENT_FILES, 'widgets.js']) {
      assert.ok(upFrontFiles([file]).includes(runtime), `${file} does not import ${runtime}`);
    }
    const withLit = readdirSync(CDN_DIR, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .filter((file) => readBuilt(file).toString('utf8').includes('createPolicy("lit-html"'));
    assert.deepEqual(withLit, [runtime]);
  });

  it('no element entry imports another entry: an entry cached from an earlier build would ask a newer one for names it may not have', () => {
    for (const file of ELEMENT_FILES) {
      const entries = importsOf(file).static.filter((imported) => !imported.startsWith('chunks/'));
      assert.deepEqual(entries, [], `${file} imports ${entries.join(', ')}; code two entries share belongs in a content-hashed chunk`);
    }
  });

  it('no chunk imports an entry: an on-demand chunk works whichever entry loaded it, widgets.js or an element file', () => {
    for (const chunk of readdirSync(`${CDN_DIR}chunks`).map((file) => `chunks/${file}`)) {
      const entries = [...importsOf(chunk).static, ...importsOf(chunk).lazy].filter((imported) => !imported.startsWith('chunks/'));
      assert.deepEqual(entries, [], `${chunk} imports ${entries.join(', ')}`);
    }
  });

  it('widgets.js carries the four elements itself, in one file beside the runtime (one stream compresses their shared words once)', () => {
    assert.deepEqual(upFrontFiles(['widgets.js']), ['widgets.js', runtimeFile()]);
    const code = readBuilt('widgets.js').toString('utf8');
    for (const tag of ['smp-faq', 'smp-before-after', 'smp-transformations', 'smp-booking-button']) assert.ok(code.includes(`"${tag}"`), `widgets.js defines <${tag}>`);
  });

  it('builds no chunk that no entry imports (a stale one would be served for nothing)', () => {
    const built = readdirSync(`${CDN_DIR}chunks`).map((file) => `chunks/${file}`);
    const entries = [...ELEMENT_FILES, 'widgets.js'];
    const reachable = new Set([...upFrontFiles(entries), ...onDemandFiles(entries)]);
    assert.deepEqual(built.filter((file) => !reachable.has(file)), []);
  });

  it('no file carries the zod runtime (it would cost ~5 KB)', () => {
    for (const file of readdirSync(CDN_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'))) {
      const code = readBuilt(file).toString('utf8');
      assert.ok(!code.includes('ZodError') && !code.includes('$ZodType'), `${file} bundles zod`);
    }
  });
});
