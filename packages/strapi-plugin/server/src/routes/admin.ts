import { WIDGET_BUNDLE_FILES } from '../services/widget-bundles';
import { previewRoutes } from './preview';

// Admin-type routes are mounted at /smp-kit/ (no /api prefix): the embed script lives here.
export default {
  type: 'admin',
  routes: WIDGET_BUNDLE_FILES.map((file) => ({
    method: 'GET',
    path: `/${file}`,
    handler: 'widgets.serve',
    config: { auth: false, policies: [] },
  }))
    // Code the elements load on demand (content-hashed names, checked by the controller).
    .concat({ method: 'GET', path: '/chunks/:file', handler: 'widgets.serveChunk', config: { auth: false, policies: [] } })
    .concat(previewRoutes),
};
