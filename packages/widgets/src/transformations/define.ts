import '../before-after/define.js';
import { SmpTransformations } from './smp-transformations.js';

// An embed may load twice (two script tags, or the all-in-one next to a single file).
if (!customElements.get('smp-transformations')) customElements.define('smp-transformations', SmpTransformations);

declare global {
  interface HTMLElementTagNameMap {
    'smp-transformations': SmpTransformations;
  }
}

export { SmpTransformations };
