export * from './blocks.js';
export * from './booking.js';
export * from './common.js';
export * from './errors.js';
export * from './faq.js';
export * from './transformation.js';
export * from './plugin-config.js';
