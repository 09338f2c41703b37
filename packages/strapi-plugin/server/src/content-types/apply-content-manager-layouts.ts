import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { CONTENT_MANAGER_LAYOUTS, type ContentManagerLayout } from './content-manager-layouts';

// Bump to apply changed defaults once more (over an editor's own changes: do it rarely).
// 2: the consent fields of before/after results, and their list column.
const LAYOUTS_VERSION = 4;

interface Configuration {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
  layouts?: { list?: string[]; edit?: unknown };
}

function withLayout(configuration: Configuration, layout: ContentManagerLayout): Configuration {
  const metadatas = { ...configuration.metadatas };
  for (const [field, { label, description, editable }] of Object.entries(layout.fields)) {
    const current = metadatas[field];
    if (!current) continue;
    const edit = { ...current.edit, label, description: description ?? '', ...(editable === false ? { editable: false } : {}) };
    metadatas[field] = { ...current, edit, list: { ...current.list, label } };
  }
  return {
    settings: {
      ...configuration.settings,
      ...(layout.mainField ? { mainField: layout.mainField } : {}),
      ...(layout.defaultSortBy ? { defaultSortBy: layout.defaultSortBy, defaultSortOrder: layout.defaultSortOrder ?? 'ASC' } : {}),
    },
    metadatas,
    layouts: { ...configuration.layouts, ...(layout.list ? { list: layout.list } : {}) },
  };
}

/**
 * Gives the plugin's content types clear labels, help text and list views sorted by
 * `order`. Applied once (remembered in the plugin store), so whatever an editor later
 * changes under "Configure the view" stays.
 */
export async function applyContentManagerLayouts(strapi: Core.Strapi): Promise<void> {
  const marker = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'content-manager-layouts' });
  if (((await marker.get({})) as { version?: number } | null)?.version === LAYOUTS_VERSION) return;
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, layout] of Object.entries(CONTENT_MANAGER_LAYOUTS)) {
    const contentType = contentTypes.findContentType(uid);
    const configuration = contentType ? ((await contentTypes.findConfiguration(contentType)) as Configuration) : null;
    // The Content Manager writes its default configuration at its own bootstrap; without one, try next start.
    if (!configuration?.metadatas || !configuration.layouts) return;
    await contentTypes.updateConfiguration(contentType, withLayout(configuration, layout));
  }
  await marker.set({ value: { version: LAYOUTS_VERSION } });
}
