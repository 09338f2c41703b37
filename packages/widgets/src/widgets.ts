// The all-in-one embed: every SMP Kit element, registered.
export { SmpFaq } from './faq/define.js';
export { SmpBookingButton } from './booking/define.js';
export { SmpBeforeAfter } from './before-after/define.js';
export { SmpTransformations } from './transformations/define.js';
