export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  // Compresses the demo page, the widget bundles and API answers (gzip/brotli by Accept-Encoding).
  'strapi::compression',
  // Answers public SMP Kit reads the cache already holds, before query parsing and routing.
  'plugin::smp-kit.public-cache',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'global::demo-page',
  'strapi::public',
];
