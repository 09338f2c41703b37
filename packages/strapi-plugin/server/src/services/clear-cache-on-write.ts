import type { Core } from '@strapi/strapi';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
// Public responses are built from the plugin's types, their media and the locales.
const AFFECTS_PUBLIC_CONTENT = (uid: string) => uid.startsWith('plugin::smp-kit.') || uid === 'plugin::upload.file' || uid === 'plugin::i18n.locale';

/** Clears the public response cache after every write that can change a public answer. */
export function clearResponseCacheOnWrite(strapi: Core.Strapi): void {
  const clear = () => strapi.plugin('smp-kit').service('response-cache').clear();
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (WRITE_ACTIONS.has(context.action) && AFFECTS_PUBLIC_CONTENT(context.uid)) clear();
    return result;
  });
  // The media library edits files (alt text, replaced images) below the Document Service.
  strapi.db.lifecycles.subscribe({ models: ['plugin::upload.file'], afterCreate: clear, afterUpdate: clear, afterDelete: clear });
}
