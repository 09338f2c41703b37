import type { Core } from '@strapi/strapi';
import { pluginSettingsSchema, type PluginSettings } from '@smp-kit/schema';
import { pluginConfig } from '../config';
import { PLUGIN_ID } from '../uids';

// Other cms instances pick up a change within this time; this instance at once.
const STORED_SETTINGS_TTL_MS = 5_000;

/**
 * The settings in effect: what an administrator saved on the Settings page (plugin
 * store), else the defaults — `allowedOrigins` and `rateLimit` from config/plugins.ts,
 * the notification email and retention period from the booking settings' private
 * fields (their home before the Settings page existed). Read per use, so a change
 * applies without a restart.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'settings' });
  let cached: { settings: PluginSettings | null; readAt: number } | undefined;

  async function stored(): Promise<PluginSettings | null> {
    if (cached && Date.now() - cached.readAt < STORED_SETTINGS_TTL_MS) return cached.settings;
    const value = await store().get({});
    const result = value === null ? null : pluginSettingsSchema.safeParse(value);
    if (result && !result.success) strapi.log.warn('[smp-kit] The saved SMP Kit settings are not valid and are ignored; open Settings → SMP Kit and save them again.');
    const settings = result?.success ? result.data : null;
    cached = { settings, readAt: Date.now() };
    return settings;
  }

  async function defaults(): Promise<PluginSettings> {
    const { allowedOrigins, rateLimit } = pluginConfig(strapi);
    const { notificationEmail, retentionDays } = await strapi.plugin(PLUGIN_ID).service('booking-settings').findPrivate();
    return { allowedOrigins, rateLimit, notificationEmail, retentionDays, acceptPhotos: pluginConfig(strapi).acceptPhotos };
  }

  return {
    /** The settings in effect now. */
    async get(): Promise<PluginSettings> {
      return (await stored()) ?? defaults();
    },

    /** Saves validated settings; they apply to the next request. */
    async set(settings: PluginSettings): Promise<PluginSettings> {
      await store().set({ value: settings });
      cached = { settings, readAt: Date.now() };
      // The public booking settings say whether photos are accepted.
      strapi.plugin(PLUGIN_ID).service('response-cache').clear();
      return settings;
    },
  };
};
