import { WIDGET_BUNDLE_FILES } from '../services/widget-bundles';

// Admin-type routes are mounted at /smp-kit/ (no /api prefix): the embed script lives here.
export default {
  type: 'admin',
  routes: WIDGET_BUNDLE_FILES.map((file) => ({
    method: 'GET',
    path: `/${file}`,
    handler: 'widgets.serve',
    config: { auth: false, policies: [] },
  })),
};
