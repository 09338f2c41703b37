import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';

// Bytes are stable, so budgets are asserted here; timings are only reported by `npm run bench`.
// Each element file is self-contained (Lit, data client and contract checks included).
const KB = 1024;
export const brotliBudgets: Record<string, number> = {
  // Target is 10 KB (issue "smp-faq complete"); 10.5 KB is what it meets today.
  'smp-faq.js': 10.5 * KB,
  'smp-before-after.js': 10.25 * KB, // Target 10 KB (issue "smp-before-after"); 10.14 KB today.
  'smp-transformations.js': 11.5 * KB, // The gallery includes the slider.
  'smp-booking-button.js': 14.5 * KB, // Target 10 KB (issue "smp-booking-button"): the form could load on first click.
  'widgets.js': 22 * KB, // Target 16 KB (issue "Benchmarks"); 21.6 KB today.
};

const brotliSize = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

describe('widget bundle size budgets (brotli, quality 11)', () => {
  for (const [file, budget] of Object.entries(brotliBudgets)) {
    it(`${file} stays within ${(budget / KB).toFixed(1)} KB`, async () => {
      const bundle = await readFile(new URL(`../../packages/widgets/dist/${file}`, import.meta.url)).catch(() => {
        throw new Error(`packages/widgets/dist/${file} is missing: run "npm run build" first.`);
      });
      const size = brotliSize(bundle);
      assert.ok(size <= budget, `${file} is ${(size / KB).toFixed(2)} KB brotli, over its ${(budget / KB).toFixed(1)} KB budget`);
    });
  }

  it('each element bundle carries no zod runtime (it would cost ~5 KB)', async () => {
    for (const file of Object.keys(brotliBudgets)) {
      const code = await readFile(new URL(`../../packages/widgets/dist/${file}`, import.meta.url), 'utf8');
      assert.ok(!code.includes('ZodError') && !code.includes('$ZodType'), `${file} bundles zod`);
    }
  });
});
