import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './uids';

/** RBAC actions of the plugin, as Settings → Roles → Plugins → SMP Kit lists them. */
export const ADMIN_ACTIONS = {
  useEmbed: `plugin::${PLUGIN_ID}.embed.use`,
  readRequests: `plugin::${PLUGIN_ID}.requests.read`,
  updateRequests: `plugin::${PLUGIN_ID}.requests.update`,
  deleteRequests: `plugin::${PLUGIN_ID}.requests.delete`,
  exportRequests: `plugin::${PLUGIN_ID}.requests.export`,
  manageSettings: `plugin::${PLUGIN_ID}.settings.manage`,
} as const;

export type AdminAction = (typeof ADMIN_ACTIONS)[keyof typeof ADMIN_ACTIONS];

// `uid` becomes `plugin::smp-kit.<uid>`; subCategory groups the checkboxes in the role editor.
const ACTION_DEFINITIONS = [
  { uid: 'embed.use', displayName: 'Create embed snippets', subCategory: 'Embed' },
  { uid: 'requests.read', displayName: 'Read booking requests', subCategory: 'Booking requests' },
  { uid: 'requests.update', displayName: 'Change status and note', subCategory: 'Booking requests' },
  { uid: 'requests.delete', displayName: 'Delete booking requests', subCategory: 'Booking requests' },
  { uid: 'requests.export', displayName: 'Export booking requests (CSV)', subCategory: 'Booking requests' },
  { uid: 'settings.manage', displayName: 'Manage settings (origins, limits, email, retention)', subCategory: 'Settings' },
];

export async function registerAdminActions(strapi: Core.Strapi): Promise<void> {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(ACTION_DEFINITIONS.map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID })));
}

/** Route policies: a signed-in admin whose role holds `action` (401 without a session, 403 without the action). */
export function requireAdminAction(action: AdminAction) {
  return ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];
}
