import type { Core } from '@strapi/strapi';
import { DEFAULT_RATE_LIMIT, describeIssues, pluginConfigSchema, summarizeIssues, type PluginConfig } from '@smp-kit/schema';

/**
 * The plugin's configuration: `config/plugins.ts` → `'smp-kit': { config: { ... } }`.
 * Strapi merges it over `default` and calls `validator` at startup, so a typo stops the
 * start with a sentence naming the setting instead of surfacing on the first booking.
 */
export default {
  default: { allowedOrigins: [], rateLimit: { ...DEFAULT_RATE_LIMIT } },
  validator(config: unknown): void {
    const result = pluginConfigSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`Invalid "smp-kit" plugin configuration (config/plugins): ${summarizeIssues(describeIssues(result.error).map((issue) => ({ ...issue, path: ['smp-kit', 'config', ...issue.path] })))}`);
    }
  },
};

/** The configuration in effect, read per request so a changed setting applies without a restart. */
export function pluginConfig(strapi: Core.Strapi): PluginConfig {
  return pluginConfigSchema.parse(strapi.config.get('plugin::smp-kit') ?? {});
}
