// What the widgets import: the contract as JSON Schema plus its checker, a few hundred
// bytes instead of zod's runtime (the element budget is 10 KB brotli, Lit included).
export { conforms, type JsonSchema } from './conforms.js';
export { failingFields } from './failing-fields.js';
export * from './generated/json-schemas.js';
export { TRANSFORMATION_TAGS } from './transformation-tags.js';
export { HAIR_COLOURS, HAIR_LOSS_PATTERNS, SKIN_TONES } from './result-facts.js';
export { BOOKING_MODES, PREFERRED_TIMES, WEEKDAYS } from './booking-constants.js';
