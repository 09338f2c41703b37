// Widget bundles: one self-contained ESM file per element plus the all-in-one
// `widgets.js`, minified, with their sizes printed. Each file includes Lit, so a
// clinic page needs exactly one script tag. Code an element needs only after a click
// (the booking form) is a content-hashed chunk in dist/chunks/, which the element
// imports on demand; a chunk imports Lit back from its own entry file.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const fromRoot = (path) => fileURLToPath(new URL(path, import.meta.url));
const widgetsDir = fromRoot('packages/widgets/');

export const bundles = {
  'widgets.js': 'src/widgets.ts',
  'smp-faq.js': 'src/faq/define.ts',
  'smp-booking-button.js': 'src/booking/define.ts',
  'smp-before-after.js': 'src/before-after/define.ts',
  'smp-transformations.js': 'src/transformations/define.ts',
};

/** Where a bundle's lazy chunks go; the plugin serves them from /smp-kit/chunks/ (see services/widget-bundles.ts). */
export const chunkFileNames = (fileName) => `chunks/${fileName.replace(/\.js$/, '')}.[name]-[hash].js`;

function printSizes() {
  return {
    name: 'print-sizes',
    generateBundle(_options, output) {
      const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(9);
      for (const file of Object.values(output)) {
        if (file.type !== 'chunk') continue;
        const bytes = Buffer.from(file.code);
        const gzip = gzipSync(bytes, { level: 9 }).length;
        const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        this.info(`${file.fileName.padEnd(24)} min ${kb(bytes.length)}   gzip ${kb(gzip)}   brotli ${kb(brotli)}`);
      }
    },
  };
}

/**
 * Each generated contract schema as a module of its own (they are one file in @smp-kit/schema):
 * Rollup places whole modules in chunks, so this lets the booking form's chunk carry the
 * request schema while the button's bundle carries only the settings schema.
 */
function oneModulePerContractSchema() {
  const barrel = fromRoot('packages/schema/src/widget-contracts.ts');
  const generated = fromRoot('packages/schema/src/generated/json-schemas.ts');
  const reexport = "export * from './generated/json-schemas.js';";
  const prefix = '\0contract-schema:';
  const schemas = () => new Map([...readFileSync(generated, 'utf8').matchAll(/^export const (\w+): JsonSchema = (\{[\s\S]*?\n\});$/gm)].map(([, name, literal]) => [name, literal]));
  return {
    name: 'one-module-per-contract-schema',
    resolveId: (source) => (source.startsWith(prefix) ? source : null),
    load: (id) => (id.startsWith(prefix) ? `export const ${id.slice(prefix.length)} = ${schemas().get(id.slice(prefix.length))};` : null),
    transform(code, id) {
      if (id !== barrel) return null;
      if (!code.includes(reexport)) this.error(`${barrel} no longer has "${reexport}": update oneModulePerContractSchema().`);
      const names = [...schemas().keys()];
      if (!names.length) this.error(`No "export const <name>: JsonSchema = {...};" found in ${generated}.`);
      return code.replace(reexport, names.map((name) => `export { ${name} } from '${prefix}${name}';`).join('\n'));
    },
  };
}

/**
 * Lit's production build still carries developer error texts and the version registries only
 * its development build reads (~150 B brotli in every element file). The errors still throw,
 * with a short text. It also carries code our elements never use (~250 B each): the hooks for
 * the ShadyDOM/ShadyCSS polyfills and SSR hydration (pre-2020 browsers, server-rendered Lit
 * apps), the decorator support (`Symbol.metadata`, `addInitializer`; our elements declare
 * `static properties`; dropping it also stops patching the host page's `Symbol`), and the part
 * getters only custom directives read.
 * A Lit upgrade that changes these lines fails the build here, never silently.
 */
function trimLitDiagnostics() {
  const edits = [
    ['@lit/reactive-element/css-tag.js', 'Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")', 'Error("lit: use css``")'],
    ['@lit/reactive-element/css-tag.js', `Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")`, 'Error("lit: not css: "+t)'],
    ['lit-html/lit-html.js', 'Error("invalid template strings array")', 'Error("lit: html")'],
    ['@lit/reactive-element/reactive-element.js', /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
    ['lit-html/lit-html.js', /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
    ['lit-element/lit-element.js', /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
    // Unused hooks (see above).
    ['@lit/reactive-element/css-tag.js', '(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&', ''],
    ['@lit/reactive-element/reactive-element.js', 'p=a.reactiveElementPolyfillSupport,', ''],
    ['@lit/reactive-element/reactive-element.js', ',p?.({ReactiveElement:y})', ''],
    ['@lit/reactive-element/reactive-element.js', 'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
    ['@lit/reactive-element/reactive-element.js', 'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}', ''],
    ['@lit/reactive-element/reactive-element.js', 'static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
    ['@lit/reactive-element/reactive-element.js', ',void 0!==t.l&&(this.l=[...t.l])', ''],
    ['@lit/reactive-element/reactive-element.js', ',this.constructor.l?.forEach(t=>t(this))', ''],
    ['lit-html/lit-html.js', ',B=t.litHtmlPolyfillSupport;B?.(S,k),', ';'],
    ['lit-element/lit-element.js', ',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});', ';'],
    // The part getters only custom directives read (we use none: resolveId below fails the build on one), and removeController.
    ['lit-html/lit-html.js', 'get parentNode(){return this._$AM.parentNode}', ''],
    ['lit-html/lit-html.js', 'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}', ''],
    ['lit-html/lit-html.js', 'get startNode(){return this._$AA}get endNode(){return this._$AB}', ''],
    ['lit-html/lit-html.js', 'get tagName(){return this.element.tagName}', ''],
    ['@lit/reactive-element/reactive-element.js', 'removeController(t){this._$EO?.delete(t)}', ''],
  ];
  return {
    name: 'trim-lit-diagnostics',
    resolveId(source, importer) {
      if (/^(lit|lit-html)\/(directive|async-directive|directive-helpers|directives\/)/.test(source)) {
        this.error(`${importer} imports ${source}: directives may need the part getters trimLitDiagnostics() removes; keep those getters first.`);
      }
      return null;
    },
    transform(code, id) {
      const mine = edits.filter(([file]) => id.endsWith(`/node_modules/${file}`));
      for (const [file, find, replacement] of mine) {
        const next = code.replace(find, replacement);
        if (next === code) this.error(`${file} no longer contains ${find}: update trimLitDiagnostics() for this Lit version.`);
        code = next;
      }
      return mine.length ? { code, map: null } : null;
    },
  };
}

/** Removes this bundle's chunks from earlier builds: their hashes changed, nothing imports them any more. */
function removeStaleChunks(fileName) {
  const prefix = `${fileName.replace(/\.js$/, '')}.`;
  return {
    name: 'remove-stale-chunks',
    writeBundle({ dir }, output) {
      const chunksDir = `${dir}/chunks`;
      let files = [];
      try {
        files = readdirSync(chunksDir);
      } catch {
        return;
      }
      for (const file of files) {
        if (file.startsWith(prefix) && !output[`chunks/${file}`]) rmSync(`${chunksDir}/${file}`);
      }
    },
  };
}

// SMP_BUNDLES=smp-faq.js builds just that file (quicker while working on one element).
const only = process.env.SMP_BUNDLES?.split(',');

export default Object.entries(bundles)
  .filter(([fileName]) => !only || only.includes(fileName))
  .map(([fileName, input]) => ({
  input: `${widgetsDir}${input}`,
  // The entry itself may export what its chunks import (Lit, helpers) instead of moving it all into a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: `${widgetsDir}dist`,
    entryFileNames: fileName,
    chunkFileNames: chunkFileNames(fileName),
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    oneModulePerContractSchema(),
    trimLitDiagnostics(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    typescript({
      tsconfig: false,
      include: [fromRoot('packages/*/src/**/*.ts')],
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        useDefineForClassFields: false,
        strict: true,
        skipLibCheck: true,
        declaration: false,
        // Type errors are the type check's job (`npm run typecheck`); the bundle only transpiles.
        noEmitOnError: false,
      },
    }),
    // Lit's html`` and css`` templates carry indentation and comments; the bundle need not.
    minifyTemplateLiterals(),
    terser({
      module: true,
      ecma: 2022,
      // unsafe_arrows: `this`-free function expressions become arrows (none of them is called with `new`).
      compress: { passes: 3, unsafe_arrows: true },
      // Our private members start with one underscore; Lit's internals use "_$" and "__".
      mangle: { properties: { regex: /^_[a-zA-Z]/ } },
      format: { comments: false },
    }),
    printSizes(),
    removeStaleChunks(fileName),
  ],
  onwarn(warning, warn) {
    // Lit's dev-mode notice is expected to be absent in production; everything else is a real warning.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
