// A tiny loopback server for the browser bench: the built widget files and a few fixed pages.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const distDir = fileURLToPath(new URL('../../packages/widgets/dist/cdn/', import.meta.url));
const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml' };

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

export interface StaticServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves `pages` by exact path, everything else from packages/widgets/dist/cdn (the files a clinic's script tags load). */
export async function serveDist(pages: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const page = pages[path];
    const file = join(distDir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = page ?? (await readFile(file));
      response.writeHead(200, { 'content-type': types[extname(page ? (path.endsWith('/') ? 'x.html' : path) : file)] ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...isolation });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
