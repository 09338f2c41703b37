import { SmpBeforeAfter } from '../before-after/smp-before-after.js';
import { SmpTransformations } from './smp-transformations.js';

// An embed may load twice (two script tags, or the all-in-one next to a single file).
if (!customElements.get('smp-transformations')) customElements.define('smp-transformations', SmpTransformations);
// The gallery's sliders, from the class rather than smp-before-after.js: the slider code then
// builds into a content-hashed chunk both entries import, so an entry cached from an earlier
// build never asks a newer entry for names it no longer exports.
if (!customElements.get('smp-before-after')) customElements.define('smp-before-after', SmpBeforeAfter);

declare global {
  interface HTMLElementTagNameMap {
    'smp-transformations': SmpTransformations;
  }
}

export { SmpTransformations };
