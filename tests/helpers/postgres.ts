import { execFile, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './cms-process.ts';

const run = promisify(execFile);

export interface PostgresCluster {
  host: string;
  port: number;
  user: string;
  /** Creates an empty database and returns the env a cms needs to use it. */
  createDatabase(name: string): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/** The newest installed server's bin folder (Debian: /usr/lib/postgresql/<major>/bin). */
function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((major) => existsSync(join(root, major, 'bin', 'initdb'))) : [];
  majors.sort((a, b) => Number(b) - Number(a));
  if (!majors.length) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb). Install it: apt-get install -y postgresql');
  return join(root, majors[0]!, 'bin');
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` OS user. */
function asClusterOwner(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function ownerIds(): { uid: number; gid: number } {
  const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
  return { uid: uid!, gid: gid! };
}

/**
 * A throwaway PostgreSQL cluster: initdb into a temp folder, listening on a free
 * 127.0.0.1 port with trust authentication, gone after `stop()`. Also gone if this
 * process exits without stopping it, or is killed: a watchdog shell outlives us for that.
 */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const baseDir = mkdtempSync(join(tmpdir(), 'smp-kit-pg-'));
  const dataDir = join(baseDir, 'data');
  if (process.getuid?.() === 0) {
    const { uid, gid } = ownerIds();
    chownSync(baseDir, uid, gid);
  }
  const port = await freePort();
  const pgCtl = join(bin, 'pg_ctl');

  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      const [command, args] = asClusterOwner(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      execFileSync(command, args, { stdio: 'ignore' });
    } catch {
      // Not running (never started, or already stopped).
    }
    rmSync(baseDir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);

  try {
    await run(...asClusterOwner(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']));
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${baseDir} -c max_connections=60 -c shared_buffers=32MB`;
    await run(...asClusterOwner(pgCtl, ['-D', dataDir, '-l', join(baseDir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']));
  } catch (error) {
    stopNow();
    throw new Error(`The throwaway PostgreSQL cluster did not start: ${(error as Error).message}`);
  }

  // Stops the cluster and removes its folder once this process is gone, even after SIGKILL.
  const [stopCommand, stopArgs] = asClusterOwner(pgCtl, ['-D', dataDir, '-m', 'immediate', 'stop']);
  const watchdog = spawn(
    'sh',
    ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; "$@" >/dev/null 2>&1; rm -rf '${baseDir}'`, 'watchdog', stopCommand, ...stopArgs],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();

  return {
    host: '127.0.0.1',
    port,
    user: 'postgres',
    async createDatabase(name: string) {
      await run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
      return {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: '127.0.0.1',
        DATABASE_PORT: String(port),
        DATABASE_NAME: name,
        DATABASE_USERNAME: 'postgres',
        DATABASE_PASSWORD: '',
      };
    },
    async stop() {
      process.removeListener('exit', stopNow);
      stopNow();
      if (watchdog.pid) {
        try {
          process.kill(watchdog.pid);
        } catch {
          // Already gone.
        }
      }
    },
  };
}
