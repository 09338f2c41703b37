// Rebuilds a workspace package when its sources are newer than its output, so
// `npm start` after a `git pull` never serves stale widgets or a stale plugin.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => (name === 'node_modules' ? newest : Math.max(newest, newestMtime(join(path, name)))), info.mtimeMs);
}

export function isStale(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => newestMtime(source) > built);
}

export function run(command, args, { cwd, env = process.env, what }) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${what} failed (exit code ${result.status ?? result.signal}). The output above says why.`);
    process.exit(result.status || 1);
  }
}
