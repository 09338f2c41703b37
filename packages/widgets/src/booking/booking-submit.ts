import type { BookingRequestInput } from '@smp-kit/schema';
import { bookingRequestReceivedJsonSchema, conforms } from '@smp-kit/schema/widget-contracts';

/** How long a booking request may take before it counts as a network failure (and is retried with the same key). */
const SUBMIT_TIMEOUT_MS = 15_000;

export type SubmitResult =
  | { kind: 'received'; reference: string }
  | { kind: 'invalid'; fields: string[]; status: number }
  | { kind: 'rate-limited'; retryAfterSeconds: number; status: number }
  | { kind: 'offline' }
  | { kind: 'network' }
  | { kind: 'server'; status: number };

/** A UUID for the Idempotency-Key; pages on plain http have no crypto.randomUUID. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The fields a 400 from the CMS names (`details.errors[].path[0]`). */
function fieldsNamedIn(body: unknown): string[] {
  const errors = (body as { error?: { details?: { errors?: Array<{ path?: unknown[] }> } } } | null)?.error?.details?.errors;
  return Array.isArray(errors) ? errors.map((error) => String(error.path?.[0] ?? '')).filter(Boolean) : [];
}

/**
 * Sends one booking request. Never throws: every way it can go wrong becomes a
 * result the form can explain, and a retry of the same request reuses `key`.
 */
// A function, not a constant: the answer changes while the request is under way.
const isOffline = () => navigator.onLine === false;

export async function submitBookingRequest(url: URL, request: BookingRequestInput, key: string): Promise<SubmitResult> {
  if (isOffline()) return { kind: 'offline' };
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(request),
      credentials: 'omit',
      signal: AbortSignal.timeout(SUBMIT_TIMEOUT_MS),
    });
  } catch {
    return isOffline() ? { kind: 'offline' } : { kind: 'network' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    return conforms(bookingRequestReceivedJsonSchema, body) ? { kind: 'server', status: response.status } : { kind: 'received', reference: (body as { data: { reference: string } }).data.reference };
  }
  // 409: the chosen slot was taken a moment earlier; the CMS names the field (`slot`) like a 400.
  if (response.status === 400 || response.status === 409) return { kind: 'invalid', fields: fieldsNamedIn(body), status: response.status };
  if (response.status === 429) return { kind: 'rate-limited', retryAfterSeconds: Number(response.headers.get('Retry-After')) || 60, status: 429 };
  return { kind: 'server', status: response.status };
}
