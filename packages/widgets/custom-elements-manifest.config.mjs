// Custom Elements Manifest analyzer: turns the elements' JSDoc into custom-elements.json, which
// Storybook's autodocs and controls read and editors and frameworks find through the package's
// "customElements" field, and from it the React, Vue and Svelte typings (dist/types/).
import { writeFrameworkTypes } from './scripts/framework-types.mjs';

/** Keeps the manifest to the public API: Lit's `state: true` fields and `_private` members are not attributes anyone can set. */
function publicApiOnly() {
  const isPrivate = (name) => name.startsWith('_') || name.startsWith('#');
  return {
    name: 'smp-kit-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.customElement) continue;
        declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !isPrivate(member.name));
        declaration.attributes = declaration.attributes?.filter((attribute) => !isPrivate(attribute.fieldName ?? attribute.name));
        // The JSDoc's @event lines are the contract; the analyzer also guesses from dispatchEvent(new Event(type)).
        declaration.events = declaration.events?.filter((event) => event.description);
      }
    },
  };
}

function frameworkTypes() {
  return {
    name: 'smp-kit-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      writeFrameworkTypes(customElementsManifest);
    },
  };
}

export default {
  // The element classes (their JSDoc is the API) and the define files (they name the tags).
  globs: ['src/*/smp-*.ts', 'src/*/define.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly(), frameworkTypes()],
};
