export default ({ env }: { env: any }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // The address clinics reach this CMS at (used for absolute media URLs); empty means "as requested".
  url: env('PUBLIC_URL', ''),
  // No update check: it would reach for the network on every start.
  logger: { updates: { enabled: false } },
  app: {
    keys: env.array('APP_KEYS'),
  },
});
