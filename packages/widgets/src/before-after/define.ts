import { SmpBeforeAfter } from './smp-before-after.js';

// An embed may load twice (two script tags, or the all-in-one next to a single file).
if (!customElements.get('smp-before-after')) customElements.define('smp-before-after', SmpBeforeAfter);

declare global {
  interface HTMLElementTagNameMap {
    'smp-before-after': SmpBeforeAfter;
  }
}

export { SmpBeforeAfter };
