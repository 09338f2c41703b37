import * as z from 'zod/mini';
import { bookingSettingsSchema, emailSchema, retentionDaysSchema } from '@smp-kit/schema';

/** A booking settings row as the database holds it (one locale). */
export interface BookingSettingsRow {
  id?: number;
  documentId?: string;
  locale?: string | null;
  mode?: string | null;
  url?: string | null;
  ctaLabel?: string | null;
  clinicName?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  openingHours?: unknown;
  services?: unknown;
  consentText?: string | null;
  notificationEmail?: string | null;
  retentionDays?: number | null;
}

// The admin saves a cleared field as "", which means "not set".
const orNull = (value: string | null | undefined) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The public DTO's fields, before the contract checks them. Private fields never enter it. */
export function toBookingSettingsDto(row: BookingSettingsRow): unknown {
  return {
    mode: row.mode,
    url: orNull(row.url),
    ctaLabel: row.ctaLabel,
    clinicName: row.clinicName,
    phone: orNull(row.phone),
    email: orNull(row.email),
    address: orNull(row.address),
    openingHours: row.openingHours ?? [],
    services: row.services ?? [],
    consentText: row.consentText,
  };
}

export const privateBookingSettingsSchema = z.object({
  notificationEmail: z.nullable(emailSchema),
  retentionDays: z.nullable(retentionDaysSchema),
});

export type PrivateBookingSettings = z.infer<typeof privateBookingSettingsSchema>;

export function toPrivateSettings(row: BookingSettingsRow): unknown {
  return { notificationEmail: orNull(row.notificationEmail), retentionDays: row.retentionDays ?? null };
}

/** Checks a saved row against the public contract and the private fields' rules together. */
export function bookingSettingsProblems(row: BookingSettingsRow): Array<{ path: Array<string | number>; message: string }> {
  const results = [bookingSettingsSchema.safeParse(toBookingSettingsDto(row)), privateBookingSettingsSchema.safeParse(toPrivateSettings(row))];
  return results.flatMap((result) => (result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)), message: issue.message }))));
}
