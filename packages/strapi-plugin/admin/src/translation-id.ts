import { PLUGIN_ID } from './plugin-id';

/** Admin translation keys are namespaced by plugin id (`smp-kit.embed.title`). */
export const translationId = (key: string) => `${PLUGIN_ID}.${key}`;

export function prefixTranslations(messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [translationId(key), value]));
}
