// The widget tests run the files clinics get: `@smp-kit/widgets/smp-faq` and its siblings resolve to
// the built entries in packages/widgets/dist/cdn/ (with their shared runtime chunk and the Lit
// trims of rollup.config.mjs), rebuilt first when a source is newer than the build.
import { fileURLToPath } from 'node:url';
import { isStale, run } from '../../cms/scripts/build-if-stale.mjs';

const repoDir = fileURLToPath(new URL('../../', import.meta.url));
const entries = ['smp-faq', 'smp-booking-button', 'smp-before-after', 'smp-transformations'];

export function builtWidgets() {
  const sources = ['packages/widgets/src', 'packages/schema/src', 'rollup.config.mjs', 'packages/widgets/package.json'].map((path) => repoDir + path);
  if (isStale(`${repoDir}packages/widgets/dist/cdn/widgets.js`, sources)) {
    run('npm', ['run', 'build', '-w', '@smp-kit/widgets'], { cwd: repoDir, what: 'Building the widgets for their tests' });
  }
  return {
    name: 'smp-kit-built-widgets',
    resolveImport({ source }) {
      const entry = /^@smp-kit\/widgets\/(smp-[\w-]+)$/.exec(source)?.[1];
      return entry && entries.includes(entry) ? `/packages/widgets/dist/cdn/${entry}.js` : undefined;
    },
  };
}
