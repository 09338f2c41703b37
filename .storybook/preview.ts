import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../packages/widgets/custom-elements.json';
import { installFakeCms } from '../stories/fixtures/fake-cms.ts';
// Registers every element. The define files, not widgets.ts: the widgets package lists only
// define.ts (and index.ts) as having side effects, so a build would drop a bare widgets.ts import.
import '../packages/widgets/src/faq/define.ts';
import '../packages/widgets/src/before-after/define.ts';
import '../packages/widgets/src/transformations/define.ts';
import '../packages/widgets/src/booking/define.ts';

// Autodocs and controls come from the elements' JSDoc (npm run analyze writes the manifest).
setCustomElementsManifest(customElements);
installFakeCms();

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Accessibility violations fail the story's test (and show as errors in the a11y panel).
    a11y: { test: 'error' },
    docs: { toc: { headingSelector: 'h2, h3' } },
    options: {
      storySort: { order: ['Introduction', 'Elements', ['FAQ', 'Before-After', 'Transformations gallery', 'Booking button'], 'Guides', ['Theming', 'Embedding']] },
    },
  },
};

export default preview;
