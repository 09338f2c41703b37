/** How long a widget waits for the CMS before it shows its fallback. */
export const DEFAULT_TIMEOUT_MS = 8000;

export class CmsRequestError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CmsRequestError';
  }
}

// Several elements asking for the same URL share one request.
const inFlight = new Map<string, Promise<unknown>>();

function requestJson(url: string, timeoutMs: number): Promise<unknown> {
  let pending = inFlight.get(url);
  if (!pending) {
    pending = fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    })
      .then(async (response) => {
        if (!response.ok) throw new CmsRequestError(`The CMS answered ${response.status} for ${url}`, response.status);
        return response.json();
      })
      .finally(() => inFlight.delete(url));
    inFlight.set(url, pending);
  }
  return pending;
}

/**
 * GET a JSON document from the CMS. Rejects on a network error, a non-2xx
 * answer, invalid JSON, the timeout, or when `signal` aborts (the element went
 * away or asked for something else).
 */
export function fetchCmsJson(url: URL | string, { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<unknown> {
  const shared = requestJson(String(url), timeoutMs);
  if (!signal) return shared;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Keeps the entries that match the schema and warns about the others, so one
 * bad entry in the CMS does not take the whole list down.
 */
export function keepValidEntries<T>(entries: unknown, parse: (entry: unknown) => { success: true; data: T } | { success: false; error: unknown }, what: string): T[] {
  if (!Array.isArray(entries)) throw new CmsRequestError(`The CMS sent no list of ${what}.`);
  const valid: T[] = [];
  for (const entry of entries) {
    const result = parse(entry);
    if (result.success) valid.push(result.data);
    else console.warn(`[smp-kit] Skipped an invalid ${what} entry from the CMS.`, entry, result.error);
  }
  return valid;
}
