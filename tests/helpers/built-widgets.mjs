// The widget tests run the files clinics get: `@smp-kit/widgets/faq` and its siblings resolve to
// the built entries in packages/widgets/dist/cdn/ (with their shared runtime chunk and the Lit
// trims of rollup.config.mjs), rebuilt first when a source is newer than the build.
import { fileURLToPath } from 'node:url';
import { isStale, run } from '../../cms/scripts/build-if-stale.mjs';

const repoDir = fileURLToPath(new URL('../../', import.meta.url));
const entries = { faq: 'smp-faq.js', booking: 'smp-booking-button.js', 'before-after': 'smp-before-after.js', transformations: 'smp-transformations.js' };

export function builtWidgets() {
  const sources = ['packages/widgets/src', 'packages/schema/src', 'rollup.config.mjs'].map((path) => repoDir + path);
  if (isStale(`${repoDir}packages/widgets/dist/cdn/widgets.js`, sources)) {
    run('npm', ['run', 'build', '-w', '@smp-kit/widgets'], { cwd: repoDir, what: 'Building the widgets for their tests' });
  }
  return {
    name: 'smp-kit-built-widgets',
    resolveImport({ source }) {
      const entry = entries[/^@smp-kit\/widgets\/([\w-]+)$/.exec(source)?.[1]];
      return entry ? `/packages/widgets/dist/cdn/${entry}` : undefined;
    },
  };
}
