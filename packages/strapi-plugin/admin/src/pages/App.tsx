import { Layouts, Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PluginNav } from '../components/PluginNav';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';
import { PERMISSIONS } from '../permissions';
import { EmbedPage } from './EmbedPage';
import { RequestDetailPage } from './RequestDetailPage';
import { RequestsPage } from './RequestsPage';
import { SettingsPage } from './SettingsPage';

/** The first page this role may open, so the menu entry never lands on a refusal. */
function FirstAllowedPage() {
  const allowed = usePluginPermissions();
  if (allowed.isLoading) return <Page.Loading />;
  if (allowed.embed) return <Navigate to="embed" replace />;
  if (allowed.readRequests) return <Navigate to="requests" replace />;
  if (allowed.settings) return <Navigate to="settings" replace />;
  return <Page.NoPermissions />;
}

const App = () => (
  <Layouts.Root sideNav={<PluginNav />}>
    <Routes>
      <Route index element={<FirstAllowedPage />} />
      <Route path="embed" element={<Page.Protect permissions={PERMISSIONS.embed}><EmbedPage /></Page.Protect>} />
      <Route path="requests" element={<Page.Protect permissions={PERMISSIONS.readRequests}><RequestsPage /></Page.Protect>} />
      <Route path="requests/:documentId" element={<Page.Protect permissions={PERMISSIONS.readRequests}><RequestDetailPage /></Page.Protect>} />
      <Route path="settings" element={<Page.Protect permissions={PERMISSIONS.settings}><SettingsPage /></Page.Protect>} />
      <Route path="*" element={<Page.NoData />} />
    </Routes>
  </Layouts.Root>
);

export default App;
