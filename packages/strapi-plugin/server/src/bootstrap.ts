import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { WIDGET_BUNDLE_FILES, widgetsDistDir } from './services/widget-bundles';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const missing = WIDGET_BUNDLE_FILES.filter((file) => !existsSync(join(widgetsDistDir(), file)));
  if (missing.length) {
    strapi.log.warn(`[smp-kit] Widget bundles not built (${missing.join(', ')}): /smp-kit/*.js will answer 503. Run "npm run build".`);
  }
};
