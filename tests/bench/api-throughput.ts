// Content API throughput: autocannon against the cms in production mode, on loopback.
import { get } from 'node:http';
import autocannon from 'autocannon';
import { startCmsProcess, type CmsProcess } from '../helpers/cms-process.ts';
import { fixed, markdownTable, met } from './markdown-table.ts';

export const CONNECTIONS = 50;
export const DURATION_S = 5;
export const ROUNDS = 2;
const WARMUP_S = 1;

export interface RouteResult {
  name: string;
  path: string;
  status: number;
  bytes: number;
  /** Entries in the answer's `data` list: every 200 route must answer the same content. */
  entries?: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** Answers outside the status the route should give (checked before the run). */
  unexpected: number;
  /** Req/s of every round; the other fields are from the best one. */
  rounds: number[];
}

export interface ApiResults {
  connections: number;
  durationSeconds: number;
  rounds: number;
  routes: RouteResult[];
}

/** Production mode, seeded, the stock core route switched on; `cache` maps to SMP_KIT_RESPONSE_CACHE. */
export function startBenchCms({ cache }: { cache: boolean }): Promise<CmsProcess> {
  return startCmsProcess({
    env: { NODE_ENV: 'production', SMP_KIT_RESPONSE_CACHE: cache ? 'on' : 'off', SMP_KIT_BENCH_STOCK_ROUTE: 'true' },
  });
}

const STOCK_PATH = '/api/bench-stock/faqs?populate=category&pagination[pageSize]=100';
const FAQ_PATH = '/api/smp-kit/faqs';
/** The demo studio's next two weeks (seeded by the demo cms): every day's starts, minus bookings. */
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const availabilityPath = () => `/api/smp-kit/availability?location=london&from=${day(1)}&to=${day(14)}`;

/** Entries of an answer: the FAQ list, or the free slots of an availability answer. */
const entriesIn = (body: { data: unknown[] | { slots: unknown[] } }) => (Array.isArray(body.data) ? body.data.length : body.data.slots.length);

/**
 * One plain request, headers exactly as given (autocannon sends them the same way). Not
 * fetch(): with If-None-Match it adds Cache-Control: no-cache, which rules out a 304.
 */
function probe(url: string, headers: Record<string, string>): Promise<{ status: number; body: Buffer; etag?: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), etag: response.headers.etag }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

interface RouteSpec {
  name: string;
  path: string;
  expect?: number;
  headers?: Record<string, string>;
}

/** Checks the answer once, then runs autocannon: a 1 s warm-up, then the measured run. */
async function measureRoute(baseUrl: string, { name, path, expect = 200, headers = {} }: RouteSpec): Promise<RouteResult> {
  const url = baseUrl + path;
  const { status, body } = await probe(url, headers);
  if (status !== expect) throw new Error(`${path} answered ${status}, expected ${expect}: ${body.toString().slice(0, 300)}`);
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_S, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  const expected = result[`${String(expect)[0]}xx` as '2xx' | '3xx'];
  return {
    name,
    path,
    status: expect,
    bytes: body.length,
    entries: status === 200 ? entriesIn(JSON.parse(body.toString()) as { data: unknown[] | { slots: unknown[] } }) : undefined,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    unexpected: result.requests.total - expected,
    rounds: [result.requests.average],
  };
}

/**
 * ROUNDS passes over the routes, interleaved, keeping each route's best pass: on a shared
 * machine other work only ever lowers throughput, and interleaving spreads it over all routes.
 */
async function measureRoutes(baseUrl: string, specs: RouteSpec[]): Promise<RouteResult[]> {
  const best: RouteResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, spec] of specs.entries()) {
      const result = await measureRoute(baseUrl, spec);
      const previous = best[index];
      const rounds = [...(previous?.rounds ?? []), result.reqPerSec];
      best[index] = { ...(previous && previous.reqPerSec >= result.reqPerSec ? previous : result), rounds };
    }
  }
  return best;
}

/** Two cms starts (cache on, then off): each about a minute to boot, then 6 s per route and round. */
export async function measureApi({ onCachedServer }: { onCachedServer?: (baseUrl: string) => Promise<void> } = {}): Promise<ApiResults> {
  const routes: RouteResult[] = [];
  const cached = await startBenchCms({ cache: true });
  try {
    const { baseUrl } = cached;
    const { etag } = await probe(baseUrl + FAQ_PATH, {});
    if (!etag) throw new Error(`${FAQ_PATH} sent no ETag`);
    routes.push(
      ...(await measureRoutes(baseUrl, [
        { name: '/_health (floor of the stack)', path: '/_health', expect: 204 },
        { name: 'Stock core route (find, populate category)', path: STOCK_PATH },
        { name: 'smp-kit /faqs, cache on', path: FAQ_PATH },
        { name: 'smp-kit /faqs, If-None-Match → 304', path: FAQ_PATH, expect: 304, headers: { 'if-none-match': etag } },
        { name: 'smp-kit /availability (14 days), cache on', path: availabilityPath() },
      ])),
    );
    if (routes[1]!.entries !== routes[2]!.entries) throw new Error(`The stock route answered ${routes[1]!.entries} entries, /faqs ${routes[2]!.entries}: not the same work`);
    await onCachedServer?.(baseUrl);
  } finally {
    await cached.stop();
  }
  const uncached = await startBenchCms({ cache: false });
  try {
    routes.push(
      ...(await measureRoutes(uncached.baseUrl, [
        { name: 'smp-kit /faqs, cache off', path: FAQ_PATH },
        { name: 'smp-kit /availability (14 days), cache off', path: availabilityPath() },
      ])),
    );
    if (routes.at(-2)!.entries !== routes[2]!.entries) throw new Error('/faqs answered other entries with the cache off');
  } finally {
    await uncached.stop();
  }
  return { connections: CONNECTIONS, durationSeconds: DURATION_S, rounds: ROUNDS, routes };
}

export function apiTable({ routes }: ApiResults): string {
  const find = (prefix: string) => routes.find((route) => route.name.startsWith(prefix));
  const health = find('/_health');
  const stock = find('Stock');
  const rows = routes.map((route) => [
    route.name,
    String(route.status),
    String(route.bytes),
    route.entries === undefined ? '–' : String(route.entries),
    `${fixed(route.reqPerSec, 0)} (${route.rounds.map((rate) => fixed(rate, 0)).join(', ')})`,
    fixed(route.p50, 0),
    fixed(route.p99, 0),
    stock ? `${fixed(route.reqPerSec / stock.reqPerSec, 2)}×` : '–',
    health ? `${fixed((100 * route.reqPerSec) / health.reqPerSec, 0)} %` : '–',
    route.errors || route.unexpected ? `${route.errors} errors, ${route.unexpected} other statuses` : 'none',
  ]);
  return markdownTable(['Route', 'Status', 'Body bytes', 'Entries', 'Req/s best (each round)', 'p50 ms', 'p99 ms', 'vs stock', 'vs /_health', 'Errors'], rows);
}

export function apiTargets({ routes }: ApiResults): string[] {
  const rate = (prefix: string) => routes.find((route) => route.name.startsWith(prefix))?.reqPerSec ?? Number.NaN;
  const cachedRate = rate('smp-kit /faqs, cache on');
  return [
    `Cached reads ≥ 5× the stock route: ${fixed(cachedRate / rate('Stock'), 2)}× → ${met(cachedRate >= 5 * rate('Stock'))}`,
    `Cached reads ≥ 80 % of /_health: ${fixed((100 * cachedRate) / rate('/_health'), 0)} % → ${met(cachedRate >= 0.8 * rate('/_health'))}`,
  ];
}
