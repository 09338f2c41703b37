export default ({ env }: { env: any }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // The address clinics reach this CMS at (used for absolute media URLs); empty means "as requested".
  url: env('PUBLIC_URL', ''),
  // No update check: it would reach for the network on every start.
  logger: { updates: { enabled: false } },
  // Tests point this at a temporary copy, so their uploads never land in cms/public/uploads.
  dirs: { public: env('SMP_KIT_PUBLIC_DIR', './public') },
  app: {
    keys: env.array('APP_KEYS'),
  },
});
