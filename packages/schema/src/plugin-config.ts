import * as z from 'zod/mini';

/** `https://www.example-clinic.com`: scheme, host and port, exactly as a browser sends it in `Origin`. */
export const originSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'An allowed origin is a scheme, host and optional port without a path or trailing slash, like "https://www.example-clinic.com".'),
);

/** A rate-limit window (requests per client): a whole number from 1 to `max`. */
export const perWindowSchema = (max: number) =>
  z.int('A rate limit is a whole number.').check(z.gte(1, 'A rate limit is at least 1.'), z.lte(max, `A rate limit is at most ${max}.`));

export const DEFAULT_RATE_LIMIT = { perMinute: 5, perDay: 20 } as const;
/** The largest rate limits a clinic may set, per window. */
export const MAX_RATE_LIMIT = { perMinute: 1000, perDay: 100_000 } as const;

/**
 * The `smp-kit` plugin's configuration (`config/plugins.ts` → `'smp-kit': { config }`).
 * Missing values take the defaults shown.
 */
export const pluginConfigSchema = z.object({
  /** Web pages allowed to send booking requests. Empty: every origin (set it in production). */
  allowedOrigins: z._default(z.array(originSchema), []),
  /** Booking requests per client IP; repeats of the same Idempotency-Key do not count. */
  rateLimit: z._default(
    z.object({
      perMinute: z._default(perWindowSchema(MAX_RATE_LIMIT.perMinute), DEFAULT_RATE_LIMIT.perMinute),
      perDay: z._default(perWindowSchema(MAX_RATE_LIMIT.perDay), DEFAULT_RATE_LIMIT.perDay),
    }),
    { ...DEFAULT_RATE_LIMIT },
  ),
  /** Whether patients may attach scalp photos, until the Settings page is saved. Default: off. */
  acceptPhotos: z._default(z.boolean('acceptPhotos is true or false.'), false),
  /** Secret salt for hashing client IPs. Default: derived from the app's APP_KEYS. */
  ipHashSalt: z.optional(z.string().check(z.minLength(16, 'ipHashSalt must be at least 16 characters of random text.'))),
});

export type PluginConfigInput = z.input<typeof pluginConfigSchema>;
export type PluginConfig = z.output<typeof pluginConfigSchema>;
