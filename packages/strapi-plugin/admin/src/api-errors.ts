interface ErrorEnvelope {
  error?: { message?: string; details?: { errors?: Array<{ path?: string | Array<string | number>; message?: string }> } };
}

/** The envelope of a failed useFetchClient call (FetchError.response.data), if there is one. */
function envelopeOf(error: unknown): ErrorEnvelope | undefined {
  return (error as { response?: { data?: ErrorEnvelope } } | null)?.response?.data;
}

/** Strapi's 400 `details.errors` as `{ "rateLimit.perDay": "A rate limit is at least 1." }`. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors = envelopeOf(error)?.error?.details?.errors ?? [];
  const byField: Record<string, string> = {};
  for (const { path, message } of errors) {
    const key = Array.isArray(path) ? path.join('.') : (path ?? '');
    if (message && !(key in byField)) byField[key] = message;
  }
  return byField;
}

/** The server's own message, else the one given. */
export function messageOf(error: unknown, fallback: string): string {
  return envelopeOf(error)?.error?.message || fallback;
}

export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number; response?: { status?: number } } | null)?.status;
}
