export { SmpFaq } from './faq/smp-faq.js';
export type { SmpToggleDetail } from './internal/events.js';
