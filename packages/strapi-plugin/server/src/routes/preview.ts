// GET /smp-kit/preview?element=smp-faq&...: the Embed page's live preview. Public like the
// widgets themselves: it shows only what the public API shows.
export const previewRoutes = [
  {
    method: 'GET',
    path: '/preview',
    handler: 'preview.show',
    config: { auth: false, policies: [] },
  },
];
