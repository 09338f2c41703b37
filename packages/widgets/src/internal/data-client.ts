import { conforms, type JsonSchema } from '@smp-kit/schema/conforms';

/** How long a widget waits for the CMS before it shows its fallback. */
export const DEFAULT_TIMEOUT_MS = 8000;

// Several elements asking for the same URL share one request.
const inFlight = new Map<string, Promise<unknown>>();

/**
 * GET a JSON document from the CMS. Rejects on a network error, a non-2xx
 * answer, invalid JSON, the timeout, or when `signal` aborts (the element went
 * away or asked for something else); the shared request itself carries on.
 */
export function fetchCmsJson(url: URL | string, { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<unknown> {
  const key = String(url);
  let shared = inFlight.get(key);
  if (!shared) {
    shared = fetch(key, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status} from ${key}`);
        return response.json();
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, shared);
  }
  return signal ? Promise.race([shared, new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))]) : shared;
}

/** Keeps the entries that conform to the contract and warns about the others, so one bad entry never takes the list down. */
export function keepConforming<T>(entries: unknown, schema: JsonSchema, what: string): T[] {
  if (!Array.isArray(entries)) throw new Error(`no ${what} list`);
  return entries.filter((entry) => {
    const problem = conforms(schema, entry);
    if (problem) console.warn(`[smp-kit] Skipped an invalid ${what} (${problem}):`, entry);
    return !problem;
  });
}

/**
 * The entries of a list an element shows, as keepConforming keeps them. A list that had
 * entries but none conform is a broken answer, not an empty one: this throws, so the
 * element shows its fallback and retries, as after a 500. An empty list stays empty.
 */
export function conformingEntries<T>(entries: unknown, schema: JsonSchema, what: string): T[] {
  const kept = keepConforming<T>(entries, schema, what);
  if (!kept.length && (entries as unknown[]).length) throw new Error(`every ${what} breaks the contract`);
  return kept;
}
