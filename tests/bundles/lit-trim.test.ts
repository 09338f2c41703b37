import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error: the build config is plain JavaScript without declarations.
import { trimLitDiagnostics } from '../../rollup.config.mjs';

// The build trims parts of Lit the elements never use by exact match on Lit's published files.
// The widget tests run the trimmed build; these tests make sure a Lit upgrade that moves a trimmed
// line stops the build with a message saying what to do, rather than shipping an untrimmed (or
// half-trimmed) Lit.
// The files rollup bundles (the production build each package publishes at its root).
const installed = (file: string) => readFileSync(new URL(`../../node_modules/${file}`, import.meta.url), 'utf8');
const litFiles = ['lit-html/lit-html.js', 'lit-element/lit-element.js', '@lit/reactive-element/reactive-element.js', '@lit/reactive-element/css-tag.js'];

type Transform = (this: { error(message: string): never }, code: string, id: string) => { code: string } | null;
const plugin = trimLitDiagnostics() as { transform: Transform };
const context = { error: (message: string): never => { throw new Error(message); } };
const trim = (file: string, code: string) => plugin.transform.call(context, code, `/app/node_modules/${file}`);

describe("the build's Lit trim", () => {
  for (const file of litFiles) {
    it(`finds every line it trims in the installed ${file}, and makes it smaller`, () => {
      const code = installed(file);
      const trimmed = trim(file, code);
      assert.ok(trimmed, `${file} has no trims`);
      assert.ok(trimmed.code.length < code.length);
    });
  }

  it('stops the build, naming the file and what to update, when a Lit upgrade changed a trimmed line', () => {
    const code = installed('lit-html/lit-html.js');
    const upgraded = code.replace('get tagName(){return this.element.tagName}', 'get tagName(){return this.element.localName}');
    assert.notEqual(upgraded, code, 'the probe line is in the installed Lit');
    assert.throws(() => trim('lit-html/lit-html.js', upgraded), /lit-html\/lit-html\.js no longer contains .*get tagName.*update trimLitDiagnostics\(\) for this Lit version/);
  });

  it('stops the build when widget code uses a trimmed feature (a directive)', () => {
    const resolveId = (trimLitDiagnostics() as { resolveId(this: typeof context, source: string, importer: string): null }).resolveId;
    assert.throws(() => resolveId.call(context, 'lit/directives/class-map.js', '/repo/packages/widgets/src/faq/smp-faq.ts'), /imports lit\/directives\/class-map\.js: directives may need/);
  });
});
