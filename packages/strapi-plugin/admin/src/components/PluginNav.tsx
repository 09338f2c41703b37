import { Divider } from '@strapi/design-system';
import { SubNav } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../plugin-id';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';
import { useTranslate } from '../hooks/use-translate';

const base = `/plugins/${PLUGIN_ID}`;

/** The plugin's own navigation: only the pages this role may open. */
export function PluginNav() {
  const t = useTranslate();
  const allowed = usePluginPermissions();
  const links = [
    allowed.embed && { to: `${base}/embed`, label: t('nav.embed', 'Embed') },
    allowed.readRequests && { to: `${base}/requests`, label: t('nav.requests', 'Booking requests') },
    allowed.settings && { to: `${base}/settings`, label: t('nav.settings', 'Settings') },
  ].filter((link): link is { to: string; label: string } => Boolean(link));
  const title = t('plugin.name', 'SMP Kit');

  return (
    <SubNav.Main aria-label={title}>
      <SubNav.Header label={title} />
      <Divider />
      <SubNav.Content>
        <SubNav.Sections>
          {[
            <SubNav.Section key="pages" label={t('nav.section', 'Pages')}>
              {links.map((link) => (
                <SubNav.Link key={link.to} to={link.to} label={link.label}>
                  {link.label}
                </SubNav.Link>
              ))}
            </SubNav.Section>,
          ]}
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
}
