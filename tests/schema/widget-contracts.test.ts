import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { faqCategorySchema, faqSchema, transformationSchema } from '@smp-kit/schema';
import { conforms, faqCategoryJsonSchema, faqJsonSchema, transformationJsonSchema } from '@smp-kit/schema/widget-contracts';
import { renderJsonSchemaModule } from '../../packages/schema/scripts/json-schema-module.ts';
import { faqResponseEn, faqResponseHostile } from '../fixtures/faq-fixtures.ts';
import { transformationResponse } from '../fixtures/transformation-fixtures.ts';

const generatedFile = new URL('../../packages/schema/src/generated/json-schemas.ts', import.meta.url);

// Values near the contract: valid entries with one field replaced by something else.
const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom('', 'Not A Slug', 'ok-slug', 'x'.repeat(600), '-bad-', 'a--b'),
  fc.boolean(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
  fc.constant([{ type: 'paragraph', children: [{ type: 'text', text: 'ok' }] }]),
  fc.constant([{ type: 'paragraph', children: [{ type: 'link', url: 'x', children: [{ type: 'bold' }] }] }]),
  fc.constant([{ type: 'heading', level: 7, children: [] }]),
  fc.constant([{ type: 'list', format: 'ordered', children: [{ type: 'list', format: 'bulleted', children: [] }] }]),
);
const validEntries = [...faqResponseEn.data, ...faqResponseHostile.data];

describe('the widget contracts generated from the zod schemas', () => {
  it('are up to date: regenerate with `npm run generate -w @smp-kit/schema`', async () => {
    assert.equal(await readFile(generatedFile, 'utf8'), renderJsonSchemaModule());
  });

  it('accept every valid fixture entry, like zod', () => {
    for (const entry of validEntries) {
      assert.equal(faqSchema.safeParse(entry).success, true);
      assert.equal(conforms(faqJsonSchema, entry), null);
    }
  });

  it('agree with zod on FAQ entries with any one field changed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...validEntries), fc.constantFrom('id', 'slug', 'question', 'answer', 'category', 'order', 'extra'), oddValue, (entry, field, value) => {
        const changed: Record<string, unknown> = { ...entry, [field]: value };
        if (value === undefined) delete changed[field];
        assert.equal(conforms(faqJsonSchema, changed) === null, faqSchema.safeParse(changed).success, JSON.stringify(changed));
      }),
      { numRuns: 2000 },
    );
  });

  it('agree with zod on categories and on arbitrary values', () => {
    fc.assert(
      fc.property(fc.record({ slug: oddValue, name: oddValue, order: oddValue }, { requiredKeys: [] }), (category) => {
        assert.equal(conforms(faqCategoryJsonSchema, category) === null, faqCategorySchema.safeParse(category).success);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        assert.equal(conforms(faqJsonSchema, value) === null, faqSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });

  it('agree with zod on before/after results with any one field changed (URLs aside: their full rule is the server’s)', () => {
    const results = transformationResponse('http://127.0.0.1:8000').data;
    for (const result of results) assert.equal(conforms(transformationJsonSchema, result), null);
    const image = fc.record({ url: fc.constantFrom('https://cms.example/a.webp', 'ftp://x/a.png', '/relative.png', ''), alt: fc.constantFrom('A head', '', '   '), width: oddValue, height: oddValue, sources: oddValue }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.constantFrom(...results), fc.constantFrom('id', 'slug', 'title', 'caption', 'sessions', 'tags', 'before', 'after'), fc.oneof(oddValue, image, fc.constant(['crown', 'scar']), fc.constant(['beard'])), (result, field, value) => {
        const changed: Record<string, unknown> = { ...result, [field]: value };
        if (value === undefined) delete changed[field];
        assert.equal(conforms(transformationJsonSchema, changed) === null, transformationSchema.safeParse(changed).success, JSON.stringify(changed));
      }),
      { numRuns: 1500 },
    );
  });

  it('name the path of the first problem for the console warning', () => {
    const entry = { ...faqResponseEn.data[0]!, answer: [{ type: 'heading', level: 9, children: [] }] };
    assert.equal(conforms(faqJsonSchema, entry), '$.answer[0]');
    assert.equal(conforms(faqJsonSchema, { ...faqResponseEn.data[0]!, slug: 'Bad Slug' }), '$.slug');
  });
});
