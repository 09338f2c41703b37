import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preparePublicDir, testEnvironment } from './strapi-harness.ts';

const startScript = fileURLToPath(new URL('../../cms/scripts/start.mjs', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface CmsProcess {
  baseUrl: string;
  /** Folder of the SQLite database and uploads: pass it to another start to run on the same data. */
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash or the OOM killer would: no shutdown code runs. Keeps the data. */
  kill(): Promise<void>;
}

/**
 * Runs the cms the way `npm start` does (cms/scripts/start.mjs), on a fresh SQLite
 * database and a free loopback port, and resolves once it says it is running.
 * With `dataDir` (another start's), it runs on that data and leaves it in place on stop.
 */
export async function startCmsProcess({ timeoutMs = 240_000, env = {}, dataDir: existingDataDir }: { timeoutMs?: number; env?: Record<string, string>; dataDir?: string } = {}): Promise<CmsProcess> {
  const dataDir = existingDataDir ?? (await mkdtemp(join(tmpdir(), 'smp-kit-e2e-')));
  const port = await freePort();
  if (!existingDataDir) await preparePublicDir(dataDir);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [startScript], {
    env: { ...process.env, ...testEnvironment(dataDir, { seed: true }), NODE_ENV: 'development', PORT: String(port), SMP_KIT_SERVE_ADMIN: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      const killTimer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(killTimer);
    }
    if (!existingDataDir) await rm(dataDir, { recursive: true, force: true });
  };
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGKILL');
    await exited;
  };

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The cms did not start within ${timeoutMs} ms. Output:\n${output}`)), timeoutMs);
    const check = () => {
      if (output.includes('SMP Kit is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The cms exited with code ${code} before it was ready. Output:\n${output}`));
    });
  }).catch(async (error) => {
    await stop();
    throw error;
  });

  return { baseUrl: `http://127.0.0.1:${port}`, dataDir, output: () => output, stop, kill };
}
