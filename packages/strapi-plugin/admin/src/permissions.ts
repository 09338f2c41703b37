// The plugin's RBAC actions (registered by the server). `subject: null`: Page.Protect compares subjects exactly.
const action = (name: string) => ({ action: `plugin::smp-kit.${name}`, subject: null });

export const PERMISSIONS = {
  embed: [action('embed.use')],
  readRequests: [action('requests.read')],
  updateRequests: [action('requests.update')],
  deleteRequests: [action('requests.delete')],
  exportRequests: [action('requests.export')],
  settings: [action('settings.manage')],
};

/** Any one of them shows the "SMP Kit" menu entry. */
export const ANY_PLUGIN_PERMISSION = Object.values(PERMISSIONS).flat();
