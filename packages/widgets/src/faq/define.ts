import { SmpFaq } from './smp-faq.js';

// An embed may load twice (two script tags, or the all-in-one next to a single file).
if (!customElements.get('smp-faq')) customElements.define('smp-faq', SmpFaq);

declare global {
  interface HTMLElementTagNameMap {
    'smp-faq': SmpFaq;
  }
}

export { SmpFaq };
