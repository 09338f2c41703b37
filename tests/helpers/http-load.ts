import { Agent, request } from 'node:http';

export interface LoadResponse {
  /** null when no answer came (refused, reset, timed out). */
  status: number | null;
  body: unknown;
  error?: string;
}

/** Plain node:http with at most `connections` sockets open: the client side stays cheap, so the numbers measure the cms. */
export function createLoadClient(baseUrl: string, connections: number) {
  // A connection per request, as separate patients open them: a reused idle socket can meet the server's keep-alive timeout mid-request.
  const agent = new Agent({ keepAlive: false, maxSockets: connections });
  const { hostname, port } = new URL(baseUrl);

  /** `localAddress` (any 127.x.y.z on Linux) makes the request come from another client, as the rate limit sees it. */
  function postJson(path: string, body: unknown, headers: Record<string, string>, { localAddress, timeoutMs = 60_000 }: { localAddress?: string; timeoutMs?: number } = {}): Promise<LoadResponse> {
    const payload = Buffer.from(JSON.stringify(body));
    return new Promise((resolve) => {
      const req = request(
        { agent, hostname, port, localAddress, path, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length, ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => resolve({ status: null, body: null, error: error.message }));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // Kept as text: the assertion shows it.
            }
            resolve({ status: res.statusCode ?? null, body: parsed });
          });
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, body: null, error: error.code ?? error.message }));
      req.end(payload);
    });
  }

  return { postJson, close: () => agent.destroy() };
}

/** Runs `task` over `items` with at most `concurrency` at a time; results keep the items' order. */
export async function runConcurrently<T, R>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
