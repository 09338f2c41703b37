export * from './blocks.js';
export * from './common.js';
export * from './errors.js';
export * from './faq.js';
