import * as z from 'zod/mini';
import { emailSchema } from './booking.js';
import { MAX_RATE_LIMIT, originSchema, perWindowSchema } from './plugin-config.js';

/** How long booking requests are kept, in days: from 1 day to 10 years. */
export const retentionDaysSchema = z
  .int('The retention period is a whole number of days.')
  .check(z.gte(1, 'Keep requests at least 1 day.'), z.lte(3650, 'Keep requests at most 3,650 days (10 years).'));

/**
 * The settings an administrator edits on the SMP Kit Settings page
 * (`GET`/`PUT /smp-kit/admin/settings` → `{ data }`). Stored in the plugin store; they
 * take effect at once and override the defaults from `config/plugins.ts`.
 */
export const pluginSettingsSchema = z.object({
  /** Web pages allowed to send booking requests. Empty: every origin. */
  allowedOrigins: z.array(originSchema, 'List the allowed origins, like ["https://www.example-clinic.com"].').check(z.maxLength(100, 'At most 100 allowed origins.')),
  /** Booking requests per client IP. */
  rateLimit: z
    .object({
      perMinute: perWindowSchema(MAX_RATE_LIMIT.perMinute),
      perDay: perWindowSchema(MAX_RATE_LIMIT.perDay),
    })
    .check(z.refine((limit) => limit.perDay >= limit.perMinute, { message: 'The daily limit cannot be lower than the limit per minute.', path: ['perDay'] })),
  /** Where new booking requests are announced; null: no email. */
  notificationEmail: z.nullable(emailSchema),
  /** Booking requests older than this many days are deleted daily; null: kept until deleted by hand. */
  retentionDays: z.nullable(retentionDaysSchema),
  /** Patients may attach up to 3 scalp photos to a booking request. Off unless the clinic turns it on. */
  acceptPhotos: z._default(z.boolean('Accepting photos is on (true) or off (false).'), false),
});

export type PluginSettings = z.output<typeof pluginSettingsSchema>;
export type PluginSettingsInput = z.input<typeof pluginSettingsSchema>;
export const pluginSettingsResponseSchema = z.object({ data: pluginSettingsSchema });
