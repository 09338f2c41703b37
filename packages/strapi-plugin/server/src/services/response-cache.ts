import { etagOf } from '../http/send-cacheable-json';

/**
 * Same as the public Cache-Control max-age: another instance's edits show within it.
 * SMP_KIT_RESPONSE_CACHE_TTL_SECONDS shortens it (the multi-instance test does).
 */
export const RESPONSE_CACHE_TTL_MS = (Number(process.env.SMP_KIT_RESPONSE_CACHE_TTL_SECONDS) || 60) * 1000;
// Filters and request addresses come from the query string: a bound per map keeps random
// ones from growing memory, and least-recently-used eviction keeps them from pushing out
// the answers real visitors ask for.
const MAX_ENTRIES = 500;

const DAY_MS = 86_400_000;
/**
 * The TTL, but never past the next midnight (UTC): a patient's consent ends with a day, so an
 * answer made on the last day of a consent is not served on the first day without it.
 */
export const expiryOf = (now: number): number => Math.min(now + RESPONSE_CACHE_TTL_MS, Math.floor(now / DAY_MS) * DAY_MS + DAY_MS);

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
  type Entry = CachedResponse & { expires: number };
  // Answers per resource, locale and filter; and the same answers by exact request address.
  // Apart, so a flood of odd addresses can only evict other addresses, never the answers.
  const responses = new Map<string, Entry>();
  const byRequest = new Map<string, Entry>();
  // Bumped by clear(): a response produced before a write must not be stored after it.
  let generation = 0;

  // Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  function remember(map: Map<string, Entry>, key: string, response: Entry): void {
    if (!enabled) return;
    map.delete(key);
    if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
    map.set(key, response);
  }

  function fresh(map: Map<string, Entry>, key: string): Entry | undefined {
    const hit = map.get(key);
    if (!hit || hit.expires <= Date.now()) return undefined;
    remember(map, key, hit);
    return hit;
  }

  return {
    /**
     * The response for `key`, produced once per change. `requestKey` (the exact request
     * address) is remembered too, so the next identical request is answered by `peek`
     * before routing and query parsing.
     */
    async get(key: string, produce: () => Promise<unknown>, requestKey?: string): Promise<CachedResponse> {
      const hit = fresh(responses, key);
      if (hit) {
        if (requestKey) remember(byRequest, requestKey, hit);
        return hit;
      }
      const startedAt = generation;
      const body = JSON.stringify(await produce());
      const response = { body, etag: etagOf(body), expires: expiryOf(Date.now()) };
      if (startedAt === generation) {
        remember(responses, key, response);
        if (requestKey) remember(byRequest, requestKey, response);
      }
      return response;
    },
    /** A fresh cached response for the exact request address, if there is one. */
    peek(requestKey: string): CachedResponse | undefined {
      return fresh(byRequest, requestKey);
    },
    clear(): void {
      generation++;
      responses.clear();
      byRequest.clear();
    },
  };
};
