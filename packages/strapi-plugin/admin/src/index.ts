import { PLUGIN_ID } from './plugin-id';

// The admin screens (embed snippets, booking inbox, settings) come with the admin issue;
// registering the plugin already lists it under Settings > Plugins with its name.
export default {
  register(app: { registerPlugin: (plugin: { id: string; name: string }) => void }) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'SMP Kit' });
  },
};
