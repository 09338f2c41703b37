import { ADMIN_ACTIONS, requireAdminAction, type AdminAction } from '../permissions';

const route = (method: string, path: string, handler: string, action: AdminAction) => ({
  method,
  path,
  handler,
  config: { policies: requireAdminAction(action) },
});

// The admin pages' API, mounted at /smp-kit/admin/... and signed in with the admin's session.
export default {
  type: 'admin',
  routes: [
    route('GET', '/admin/booking-requests', 'admin-booking-requests.find', ADMIN_ACTIONS.readRequests),
    // Before `/:documentId`, which would take "export.csv" for a document id.
    route('GET', '/admin/booking-requests/export.csv', 'admin-booking-requests.exportCsv', ADMIN_ACTIONS.exportRequests),
    route('GET', '/admin/booking-requests/:documentId', 'admin-booking-requests.findOne', ADMIN_ACTIONS.readRequests),
    route('GET', '/admin/booking-requests/:documentId/photos/:photoId', 'admin-booking-requests.photo', ADMIN_ACTIONS.readRequests),
    route('PUT', '/admin/booking-requests/:documentId', 'admin-booking-requests.update', ADMIN_ACTIONS.updateRequests),
    route('POST', '/admin/booking-requests/:documentId/cancel-appointment', 'admin-booking-requests.cancelAppointment', ADMIN_ACTIONS.updateRequests),
    route('DELETE', '/admin/booking-requests/:documentId', 'admin-booking-requests.delete', ADMIN_ACTIONS.deleteRequests),
    route('GET', '/admin/settings', 'admin-settings.find', ADMIN_ACTIONS.manageSettings),
    route('PUT', '/admin/settings', 'admin-settings.update', ADMIN_ACTIONS.manageSettings),
    route('GET', '/admin/calendar-feeds', 'calendar-feeds.list', ADMIN_ACTIONS.manageSettings),
    route('POST', '/admin/calendar-feeds/:location/revoke', 'calendar-feeds.revoke', ADMIN_ACTIONS.manageSettings),
    route('GET', '/admin/embed-options', 'admin-embed.options', ADMIN_ACTIONS.useEmbed),
  ],
};
