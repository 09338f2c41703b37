import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { sendWithEtag } from '../http/send-cacheable-json';
import { WIDGET_BUNDLE_FILES, type WidgetBundle, type WidgetBundleFile } from '../services/widget-bundles';
import { sendError } from '../http/send-error';

// Entry names are not content-hashed, so browsers revalidate them (ETags keep that cheap). An entry
// cached before an upgrade still finds its chunks: the plugin keeps earlier builds' chunks.
const BUNDLE_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';
// Chunk names are content-hashed: a name always means the same bytes.
const CHUNK_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Answers with a built file (or 304), loadable as a module script from any clinic's site. */
function sendScript(ctx: Context, bundle: WidgetBundle, cacheControl: string): void {
  ctx.set('X-Content-Type-Options', 'nosniff');
  // Clinic sites on any origin load these as module scripts (CORS mode).
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
  sendWithEtag(ctx, { body: bundle.body, etag: bundle.etag, type: 'text/javascript; charset=utf-8', cacheControl });
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async serve(ctx: Context) {
    const file = ctx.path.split('/').pop() as WidgetBundleFile;
    if (!WIDGET_BUNDLE_FILES.includes(file)) throw new errors.NotFoundError(`No widget bundle named "${file}".`);
    const bundle = await strapi.plugin('smp-kit').service('widget-bundles').read(file);
    if (!bundle) {
      ctx.set('Retry-After', '30');
      sendError(ctx, 503, 'ServiceUnavailableError', `The widget bundle ${file} has not been built. Run "npm run build" in the SMP Kit repository.`);
      return;
    }
    sendScript(ctx, bundle, BUNDLE_CACHE_CONTROL);
  },

  /** `/smp-kit/chunks/<file>`: code an element imports on demand (see WIDGET_CHUNK_PATTERN). */
  async serveChunk(ctx: Context) {
    const file = String(ctx.params.file ?? '');
    const chunk = await strapi.plugin('smp-kit').service('widget-bundles').readChunk(file);
    if (!chunk) throw new errors.NotFoundError(`No widget chunk named "${file}" in this build or an earlier one this CMS served.`);
    sendScript(ctx, chunk, CHUNK_CACHE_CONTROL);
  },
});
