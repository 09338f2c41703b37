// Widget bundles: one self-contained ESM file per element plus the all-in-one
// `widgets.js`, minified, with their sizes printed. Each file includes Lit, so a
// clinic page needs exactly one script tag.
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

function printSizes() {
  return {
    name: 'print-sizes',
    generateBundle(_options, output) {
      for (const file of Object.values(output)) {
        if (file.type !== 'chunk') continue;
        const bytes = Buffer.from(file.code);
        const gzip = gzipSync(bytes, { level: 9 }).length;
        const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(9);
        this.info(`${file.fileName.padEnd(24)} min ${kb(bytes.length)}   gzip ${kb(gzip)}   brotli ${kb(brotli)}`);
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
  output: {
    file: `${widgetsDir}dist/${fileName}`,
    format: 'es',
    sourcemap: false,
  },
  plugins: [
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
      compress: { passes: 3 },
      // Our private members start with one underscore; Lit's internals use "_$" and "__".
      mangle: { properties: { regex: /^_[a-zA-Z]/ } },
      format: { comments: false },
    }),
    printSizes(),
  ],
  onwarn(warning, warn) {
    // Lit's dev-mode notice is expected to be absent in production; everything else is a real warning.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
