import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { pluginConfig } from './config';
import { WIDGET_BUNDLE_FILES, widgetsDistDir } from './services/widget-bundles';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const missing = WIDGET_BUNDLE_FILES.filter((file) => !existsSync(join(widgetsDistDir(), file)));
  if (missing.length) {
    strapi.log.warn(`[smp-kit] Widget bundles not built (${missing.join(', ')}): /smp-kit/*.js will answer 503. Run "npm run build".`);
  }
  if (process.env.NODE_ENV === 'production' && pluginConfig(strapi).allowedOrigins.length === 0) {
    strapi.log.warn('[smp-kit] Booking requests are accepted from every website: list your sites in allowedOrigins (config/plugins).');
  }
  // Booking requests past the clinic's retention period go on every start (and hourly with new requests).
  strapi.plugin('smp-kit').service('booking-retention').purgeOccasionally();
};
