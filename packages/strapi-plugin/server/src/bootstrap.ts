import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { applyContentManagerLayouts } from './content-types/apply-content-manager-layouts';
import { registerAdminActions } from './permissions';
import { WIDGET_BUNDLE_FILES, widgetsDistDir } from './services/widget-bundles';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerAdminActions(strapi);
  await applyContentManagerLayouts(strapi);
  const missing = WIDGET_BUNDLE_FILES.filter((file) => !existsSync(join(widgetsDistDir(), file)));
  if (missing.length) {
    strapi.log.warn(`[smp-kit] Widget bundles not built (${missing.join(', ')}): /smp-kit/*.js will answer 503. Run "npm run build".`);
  }
  // Kept for pages that still hold an earlier build's entry file; a failure only costs those pages their lazy parts.
  await strapi
    .plugin('smp-kit')
    .service('widget-bundles')
    .archiveBuiltChunks()
    .catch((error: unknown) => strapi.log.warn(`[smp-kit] Could not archive this build's widget chunks: ${(error as Error).message}`));
  if (process.env.NODE_ENV === 'production' && (await strapi.plugin('smp-kit').service('plugin-settings').get()).allowedOrigins.length === 0) {
    strapi.log.warn('[smp-kit] Booking requests are accepted from every website: list your sites under Plugins → SMP Kit → Settings (or allowedOrigins in config/plugins).');
  }
  // Booking requests past the clinic's retention period go on every start, daily, and hourly with new requests.
  strapi.plugin('smp-kit').service('booking-retention').purgeOccasionally();
  strapi.plugin('smp-kit').service('booking-retention').scheduleDaily();
  // Results whose patient consent lapsed leave the website on every start, hourly, and on public reads.
  await strapi.plugin('smp-kit').service('result-consent').takeOffLapsedAndLog();
  strapi.plugin('smp-kit').service('result-consent').schedule();
  // Once per database, in the background: a large Media Library must not hold up the start.
  void strapi
    .plugin('smp-kit')
    .service('earlier-uploads')
    .stripOnce()
    .catch((error: unknown) => strapi.log.warn(`[smp-kit] Earlier uploads could not be checked for metadata: ${(error as Error).message}`));
};
