// Public, read-only routes under /api/smp-kit/. `auth: false` means they work on a
// brand-new database too, before any role or permission exists.
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/faqs',
      handler: 'faqs.find',
      config: { auth: false, policies: [] },
    },
    {
      method: 'GET',
      path: '/transformations',
      handler: 'transformations.find',
      config: { auth: false, policies: [] },
    },
    {
      method: 'GET',
      path: '/availability',
      handler: 'availability.find',
      config: { auth: false, policies: [] },
    },
    {
      method: 'GET',
      path: '/booking',
      handler: 'booking.find',
      config: { auth: false, policies: [] },
    },
    // The one public write: CORS, content type and size are checked first by middlewares/booking-intake.ts.
    {
      method: 'POST',
      path: '/booking-requests',
      handler: 'booking-requests.create',
      config: { auth: false, policies: [] },
    },
    // The clinic's private calendar subscription; the token in its address is the key.
    {
      method: 'GET',
      path: '/calendar-feeds/:location',
      handler: 'calendar-feeds.show',
      config: { auth: false, policies: [] },
    },
    // The patient's self-service link from the confirmation email: GET asks, POST cancels.
    {
      method: 'GET',
      path: '/appointments/:reference/cancel',
      handler: 'appointments.confirmCancel',
      config: { auth: false, policies: [] },
    },
    {
      method: 'POST',
      path: '/appointments/:reference/cancel',
      handler: 'appointments.cancel',
      config: { auth: false, policies: [] },
    },
    {
      method: 'GET',
      path: '/appointments/:reference/move',
      handler: 'appointments.chooseMove',
      config: { auth: false, policies: [] },
    },
    {
      method: 'POST',
      path: '/appointments/:reference/move',
      handler: 'appointments.move',
      config: { auth: false, policies: [] },
    },
    // One scalp photo, as the file's bytes; read and size-checked by the same front door.
    {
      method: 'POST',
      path: '/booking-photos',
      handler: 'booking-photos.create',
      config: { auth: false, policies: [] },
    },
  ],
};
