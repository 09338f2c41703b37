import { PuzzlePiece } from '@strapi/icons';
import { PLUGIN_ID } from './plugin-id';
import { ANY_PLUGIN_PERMISSION } from './permissions';
import { prefixTranslations, translationId } from './translation-id';

interface AdminApp {
  registerPlugin(plugin: { id: string; name: string }): void;
  addMenuLink(link: {
    to: string;
    icon: unknown;
    intlLabel: { id: string; defaultMessage: string };
    permissions: Array<{ action: string; subject: null }>;
    Component: () => Promise<{ default: unknown }>;
  }): void;
}

export default {
  register(app: AdminApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'SMP Kit' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PuzzlePiece,
      intlLabel: { id: translationId('plugin.name'), defaultMessage: 'SMP Kit' },
      // Shown to a role with any SMP Kit action; each page checks its own.
      permissions: ANY_PLUGIN_PERMISSION,
      Component: () => import('./pages/App'),
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: messages } = await import(`./translations/${locale}.json`);
          return { data: prefixTranslations(messages as Record<string, string>), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
