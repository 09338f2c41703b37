export default ({ env }: { env: any }) => ({
  'smp-kit': {
    enabled: true,
    config: {
      // Websites allowed to send booking requests, comma separated (e.g. https://www.your-clinic.com).
      // Empty: every website; the CMS's own demo page is always allowed.
      allowedOrigins: (env.array('SMP_KIT_ALLOWED_ORIGINS', []) as string[]).filter(Boolean),
      rateLimit: {
        perMinute: env.int('SMP_KIT_BOOKING_RATE_PER_MINUTE', 5),
        perDay: env.int('SMP_KIT_BOOKING_RATE_PER_DAY', 20),
      },
      // The demo shows the booking form's optional scalp photos; a clinic turns them on in Settings → SMP Kit.
      acceptPhotos: env.bool('SMP_KIT_ACCEPT_PHOTOS', true),
      ...(env('SMP_KIT_IP_HASH_SALT') ? { ipHashSalt: env('SMP_KIT_IP_HASH_SALT') } : {}),
    },
  },
  // Booking notifications go through SMTP when SMTP_HOST is set; without it no email is sent.
  ...(env('SMTP_HOST')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', false),
              ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
              ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
            },
            settings: {
              defaultFrom: env('SMTP_FROM', 'SMP Kit <no-reply@localhost>'),
            },
          },
        },
      }
    : {}),
});
