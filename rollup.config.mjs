// Widget bundles for script tags (dist/cdn/): one ESM entry per element, `widgets.js` (all of
// them), and one content-hashed runtime chunk every entry imports: Lit, the data client, events
// and shared styles. A page with three elements downloads and evaluates Lit once; a second
// element adds only its own bytes. Imports are relative, so an entry finds the runtime and its
// lazy chunks (the booking form, the FAQ's opt-in features) next to itself, wherever it is
// served from: no import map, no build step on the clinic's side.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import ts from 'typescript';

const fromRoot = (path) => fileURLToPath(new URL(path, import.meta.url));
const widgetsDir = fromRoot('packages/widgets/');
export const cdnDir = `${widgetsDir}dist/cdn`;

/** The entry files a clinic's script tag names, and their sources. */
export const bundles = {
  'widgets.js': 'src/widgets.ts',
  'smp-faq.js': 'src/faq/define.ts',
  'smp-booking-button.js': 'src/booking/define.ts',
  'smp-before-after.js': 'src/before-after/define.ts',
  'smp-transformations.js': 'src/transformations/define.ts',
};

/** Content-hashed, so a name always means the same bytes (the plugin serves them as immutable). */
export const CHUNK_FILE_NAMES = 'chunks/[name]-[hash].js';

/** What every element shares: Lit, and our data client, events, strings lookup and shared styles. */
const RUNTIME_MODULE = /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|\/packages\/widgets\/src\/internal\/(cms-resource|data-client|cms-url|events|localize|safe-url|shared-styles)\.ts$|\/packages\/schema\/src\/conforms\.ts$/;

/** Ids of the all-in-one file's own copies of the element modules. */
const ALL_IN_ONE_COPY = '\0all-in-one:';

/**
 * widgets.js carries its own copy of the four elements' code in one file, beside the shared
 * runtime chunk: compressed as one stream it is ~3 KB (brotli) smaller than the element files
 * it would otherwise import, since the elements share most of their words. Lit, the data client
 * and the on-demand chunks (dialog, form, FAQ extras, facts, filters) stay shared, so a page with
 * widgets.js and an element file still evaluates Lit once; the element first loaded defines the
 * tag and the other file's copy is not registered.
 */
function allInOneCopy(entry) {
  const copied = (id) => (id.startsWith(`${widgetsDir}src/`) || id.startsWith(fromRoot('packages/schema/src/'))) && !RUNTIME_MODULE.test(id);
  const realPath = (id) => (id.startsWith(ALL_IN_ONE_COPY) ? id.slice(ALL_IN_ONE_COPY.length) : id);
  const { options: compilerOptions } = ts.convertCompilerOptionsFromJson(transpileOptions, widgetsDir);
  return {
    name: 'all-in-one-copy',
    async resolveId(source, importer, options) {
      if (!importer || (importer !== entry && !importer.startsWith(ALL_IN_ONE_COPY))) return null;
      const resolved = await this.resolve(source, realPath(importer), { ...options, skipSelf: true });
      return resolved && !resolved.external && copied(resolved.id) ? ALL_IN_ONE_COPY + resolved.id : resolved;
    },
    // What a copy loads on demand is the one shared chunk every entry loads.
    async resolveDynamicImport(specifier, importer) {
      if (!importer.startsWith(ALL_IN_ONE_COPY) || typeof specifier !== 'string') return null;
      return this.resolve(specifier, realPath(importer), { skipSelf: true });
    },
    load(id) {
      if (!id.startsWith(ALL_IN_ONE_COPY)) return null;
      const path = realPath(id);
      const source = readFileSync(path, 'utf8');
      return path.endsWith('.ts') ? ts.transpileModule(source, { compilerOptions, fileName: path }).outputText : source;
    },
  };
}

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
        this.info(`${file.fileName.padEnd(44)} min ${kb(bytes.length)}   gzip ${kb(gzip)}   brotli ${kb(brotli)}`);
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
export function trimLitDiagnostics() {
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
    // Directive resolution (no directives: see resolveId) and svg``/mathml`` template preparation (see transform).
    ['lit-html/lit-html.js', /function (\w+)\(t,i,s=t,e\)\{if\(i===\w+\)return i;let h=void 0!==e\?s\._\$Co\?\.\[e\]:s\._\$Cl;[^]*?,i\}(?=class )/, 'function $1(t,i){return i}'],
    ['lit-html/lit-html.js', 'l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
    ['lit-html/lit-html.js', '+(2===i?"</svg>":3===i?"</math>":"")', ''],
    ['lit-html/lit-html.js', ',2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}', ',0);'],
    // Element-position bindings (`<div ${x}>`): only directives use them.
    ['lit-html/lit-html.js', 'else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t))', ''],
    ['lit-html/lit-html.js', ':6===r.type&&(i=new Z(h,this,t))', ':0'],
    // The <style> fallback for browsers without constructable stylesheets (before Safari 16.4, 2023).
    ['@lit/reactive-element/css-tag.js', 'if(e)s.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const e of o){const o=document.createElement("style"),n=t.litNonce;void 0!==n&&o.setAttribute("nonce",n),o.textContent=e.cssText,s.appendChild(o)}', 's.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet)'],
    ['@lit/reactive-element/css-tag.js', 'c=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r(e)})(t):t', 'c=t=>t'],
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
      if (id.startsWith(widgetsDir) && /\b(svg|mathml)`/.test(code)) this.error(`${id} uses an svg\`\` or mathml\`\` template: trimLitDiagnostics() removes their preparation; keep it first.`);
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

/**
 * Property names Lit's published code reads or writes on elements (its own short, pre-mangled
 * names such as `C`): our mangled `_private` members must not take them, now that terser sees
 * Lit (in the runtime chunk) and an element (in its entry) in separate files.
 */
function litPropertyNames() {
  const files = ['lit-html/lit-html.js', '@lit/reactive-element/reactive-element.js', '@lit/reactive-element/css-tag.js', 'lit-element/lit-element.js'];
  const names = new Set();
  for (const file of files) {
    const code = readFileSync(fromRoot(`node_modules/${file}`), 'utf8');
    for (const [, name] of code.matchAll(/\.([A-Za-z_$][\w$]*)/g)) names.add(name);
    // Methods defined in classes, called by name from elsewhere (`}C(t,s){`).
    for (const [, name] of code.matchAll(/[{}]([A-Za-z_$][\w$]*)\([^()]*\)\{/g)) names.add(name);
  }
  return [...names];
}

const transpileOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  // Like nodeResolve below: the schema's TypeScript sources, which this program then transpiles.
  customConditions: ['source'],
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  useDefineForClassFields: false,
  strict: true,
  skipLibCheck: true,
  declaration: false,
  // Type errors are the type check's job (`npm run typecheck`); the bundle only transpiles.
  noEmitOnError: false,
};

/**
 * Removes chunks of earlier builds from dist/cdn/chunks: nothing in this build imports them. The
 * plugin keeps every chunk it has served in its database, so pages holding an earlier entry
 * file still get theirs after an upgrade (see the plugin's widget-bundles service).
 */
function removeStaleChunks() {
  return {
    name: 'remove-stale-chunks',
    writeBundle({ dir }, output) {
      let files = [];
      try {
        files = readdirSync(`${dir}/chunks`);
      } catch {
        return;
      }
      for (const file of files) if (!output[`chunks/${file}`]) rmSync(`${dir}/chunks/${file}`);
    },
  };
}

export default {
  input: Object.fromEntries(Object.entries(bundles).map(([fileName, source]) => [fileName.replace(/\.js$/, ''), `${widgetsDir}${source}`])),
  // An entry may export what other files import from it (widgets.js imports the element entries).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: cdnDir,
    entryFileNames: '[name].js',
    chunkFileNames: CHUNK_FILE_NAMES,
    format: 'es',
    sourcemap: false,
    manualChunks: (id) => (RUNTIME_MODULE.test(id) ? 'runtime' : undefined),
  },
  plugins: [
    allInOneCopy(`${widgetsDir}${bundles['widgets.js']}`),
    oneModulePerContractSchema(),
    trimLitDiagnostics(),
    // 'source': the schema's TypeScript (its contract schemas are split per module above), not its dist.
    nodeResolve({ browser: true, exportConditions: ['source', 'production'] }),
    typescript({ tsconfig: false, include: [fromRoot('packages/*/src/**/*.ts')], compilerOptions: transpileOptions }),
    // Lit's html`` and css`` templates carry indentation and comments; the bundle need not.
    // Also the all-in-one file's copies, whose virtual ids the default filter skips.
    minifyTemplateLiterals({ filter: (id) => id.startsWith(ALL_IN_ONE_COPY) || !id.includes('\0') }),
    terser({
      module: true,
      ecma: 2022,
      // unsafe_arrows: `this`-free function expressions become arrows (none of them is called with `new`).
      compress: { passes: 3, unsafe_arrows: true },
      // Our private members start with one underscore; Lit's internals use "_$" and "__".
      // One name cache for every chunk, so a private member read across files (the gallery and its
      // slider) gets the same name in each; Lit's own property names are never handed out.
      mangle: { properties: { regex: /^_[a-zA-Z]/, reserved: litPropertyNames() } },
      nameCache: {},
      format: { comments: false },
    }),
    printSizes(),
    removeStaleChunks(),
  ],
  onwarn(warning, warn) {
    // Lit's dev-mode notice is expected to be absent in production; everything else is a real warning.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
