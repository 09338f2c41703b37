export { SmpFaq } from './faq/smp-faq.js';
export { SmpBookingButton } from './booking/smp-booking-button.js';
export type { SmpBookingErrorDetail, SmpBookingOpenDetail, SmpBookingSubmittedDetail } from './internal/events.js';
export { SmpBeforeAfter } from './before-after/smp-before-after.js';
export { SmpTransformations } from './transformations/smp-transformations.js';
export type { SmpSearchDetail, SmpToggleDetail } from './internal/events.js';
