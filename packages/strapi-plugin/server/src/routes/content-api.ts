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
  ],
};
