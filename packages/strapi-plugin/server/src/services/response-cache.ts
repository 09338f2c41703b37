import { etagOf } from '../http/send-cacheable-json';

/** Same as the public Cache-Control max-age: another instance's edits show within it. */
export const RESPONSE_CACHE_TTL_MS = 60_000;
// Filters come from the query string; a bound keeps random filters from growing memory.
const MAX_ENTRIES = 500;

export interface CachedResponse {
  body: string;
  etag: string;
}

/**
 * Pre-serialised public responses, one per resource, locale and filter. Every content
 * write clears it (see register.ts); entries also expire, for other instances' writes.
 * SMP_KIT_RESPONSE_CACHE=off turns it off (the benchmark compares both).
 */
export default () => {
  const enabled = process.env.SMP_KIT_RESPONSE_CACHE !== 'off';
  const entries = new Map<string, CachedResponse & { expires: number }>();
  // Bumped by clear(): a response produced before a write must not be stored after it.
  let generation = 0;

  function store(key: string, response: CachedResponse & { expires: number }): void {
    if (!enabled) return;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, response);
  }

  return {
    /**
     * The response for `key`, produced once per change. `requestKey` (the exact request
     * address) is remembered too, so the next identical request is answered by `peek`
     * before routing and query parsing.
     */
    async get(key: string, produce: () => Promise<unknown>, requestKey?: string): Promise<CachedResponse> {
      const hit = entries.get(key);
      if (hit && hit.expires > Date.now()) {
        if (requestKey) store(requestKey, hit);
        return hit;
      }
      const startedAt = generation;
      const body = JSON.stringify(await produce());
      const response = { body, etag: etagOf(body), expires: Date.now() + RESPONSE_CACHE_TTL_MS };
      if (startedAt === generation) {
        store(key, response);
        if (requestKey) store(requestKey, response);
      }
      return response;
    },
    /** A fresh cached response for the exact request address, if there is one. */
    peek(requestKey: string): CachedResponse | undefined {
      const hit = entries.get(requestKey);
      return hit && hit.expires > Date.now() ? hit : undefined;
    },
    clear(): void {
      generation++;
      entries.clear();
    },
  };
};
