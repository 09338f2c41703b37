// The all-in-one embed: every SMP Kit element, registered.
export { SmpFaq } from './faq/define.js';
