// What the widgets import: the contract as JSON Schema plus its checker, a few hundred
// bytes instead of zod's runtime (the element budget is 10 KB brotli, Lit included).
export { conforms, type JsonSchema } from './conforms.js';
export * from './generated/json-schemas.js';
