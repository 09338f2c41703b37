// A clinic agency's own Strapi app, outside this repository: made by create-strapi-app in a
// temporary folder, with SMP Kit installed from the tarballs `npm pack` makes, and configured by
// the code blocks of the README's "Use the plugin in your own Strapi 5 app" section.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from './cms-process.ts';

const run = promisify(execFile);
export const repoDir = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['@smp-kit/schema', '@smp-kit/widgets', '@smp-kit/strapi-plugin'];
const quietEnv = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

/** `npm <args>` in `cwd`, quiet and without telemetry; rejects with its output when it fails. */
export const npm = (args: string[], cwd: string, env: Record<string, string> = {}) => run('npm', args, { cwd, env: { ...quietEnv, ...env }, maxBuffer: 64 * 1024 * 1024 });

export interface Tarball {
  name: string;
  filename: string;
  size: number;
  files: string[];
}

/** `npm pack` of the packages (all three by default), as a publish would make them (they must be built). */
export async function packPackages(destination: string, names: string[] = PACKAGES): Promise<Tarball[]> {
  const args = ['pack', '--json', '--pack-destination', destination, ...names.flatMap((name) => ['-w', name])];
  const { stdout } = await npm(args, repoDir);
  const packed = JSON.parse(stdout) as { name: string; filename: string; size: number; files: { path: string }[] }[];
  return packed.map(({ name, filename, size, files }) => ({ name, filename: join(destination, filename), size, files: files.map((file) => file.path) }));
}

/** The code blocks of the README section an agency follows. */
export async function readmeInstallSection(): Promise<{ blocks: string[] }> {
  const readme = await readFile(join(repoDir, 'README.md'), 'utf8');
  const start = readme.indexOf('## Use the plugin in your own Strapi 5 app');
  if (start < 0) throw new Error('README.md has no "Use the plugin in your own Strapi 5 app" section.');
  const end = readme.indexOf('\n## ', start + 3);
  const text = readme.slice(start, end < 0 ? undefined : end);
  const blocks = [...text.matchAll(/```\w*\n([\s\S]*?)```/g)].map(([, body]) => body ?? "");
  return { blocks };
}

/** The README block that starts with `// <file>`. */
export function blockFor(blocks: string[], file: string): string {
  const block = blocks.find((body) => body.startsWith(`// ${file}`));
  if (!block) throw new Error(`The README's install section has no code block starting "// ${file}".`);
  return block;
}

/** `create-strapi-app`, offline, the options an agency would pick: TypeScript, npm, SQLite. */
export async function createStrapiApp(parent: string, name = 'clinic-cms'): Promise<string> {
  const cli = join(repoDir, 'node_modules/create-strapi-app/bin/index.js');
  const args = [name, '--no-run', '--ts', '--use-npm', '--no-install', '--skip-cloud', '--no-example', '--no-git-init', '--non-interactive', '--dbclient', 'sqlite', '--dbfile', '.tmp/data.db'];
  await run(process.execPath, [cli, ...args], { cwd: parent, env: quietEnv });
  return join(parent, name);
}

/**
 * `npm install` of the tarballs into the app, from the packages this machine already holds:
 * the app's node_modules starts as hard links to the monorepo's locked packages (minus its
 * workspace links), so npm only adds the tarballs and prunes what the app does not use, and
 * better-sqlite3 keeps its compiled binding. Where hard links cannot be made, a full install.
 */
export async function installTarballs(appDir: string, tarballs: Tarball[]): Promise<{ seeded: boolean; output: string }> {
  const appModules = join(appDir, 'node_modules');
  await rm(appModules, { recursive: true, force: true });
  // The generated app asks for the better-sqlite3 the monorepo has locked (same major), so the binding is reused.
  const manifest = JSON.parse(await readFile(join(appDir, 'package.json'), 'utf8'));
  const locked = JSON.parse(await readFile(join(repoDir, 'node_modules/better-sqlite3/package.json'), 'utf8')).version as string;
  manifest.dependencies['better-sqlite3'] = locked;
  await writeFile(join(appDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  let seeded = true;
  try {
    await run('cp', ['-al', join(repoDir, 'node_modules'), appModules]);
    const workspaceLinks = ['@smp-kit', '.bin', '.package-lock.json', ...(await readdir(appModules)).filter((entry) => entry.startsWith('smp-kit'))];
    for (const entry of workspaceLinks) await rm(join(appModules, entry), { recursive: true, force: true });
  } catch {
    seeded = false;
    await rm(appModules, { recursive: true, force: true });
  }
  const flags = ['--prefer-offline', '--no-audit', '--no-fund', ...(seeded ? ['--ignore-scripts'] : [])];
  const { stdout, stderr } = await npm(['install', ...flags, ...tarballs.map((tarball) => tarball.filename)], appDir);
  return { seeded, output: stdout + stderr };
}

/** Applies the README's config blocks: the plugins entry into the generated object, the middlewares file whole. */
export async function configureAsReadmeSays(appDir: string, blocks: string[]): Promise<void> {
  const pluginsFile = join(appDir, 'config/plugins.ts');
  const plugins = await readFile(pluginsFile, 'utf8');
  const opening = 'Core.Config.Plugin => ({\n';
  if (!plugins.includes(opening)) throw new Error(`create-strapi-app's config/plugins.ts changed shape; update configureAsReadmeSays:\n${plugins}`);
  const entry = blockFor(blocks, 'config/plugins.ts').split('\n').slice(1).join('\n').trimEnd();
  await writeFile(pluginsFile, plugins.replace(opening, `${opening}  ${entry}\n`));
  await writeFile(join(appDir, 'config/middlewares.ts'), blockFor(blocks, 'config/middlewares.ts'));
}

/** `npm run build` in the app: the admin panel with the plugin in it. */
export async function buildApp(appDir: string): Promise<void> {
  await npm(['run', 'build'], appDir, { NODE_ENV: 'production' });
}

export interface RunningApp {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/** `npm run start` on a free loopback port; resolves when Strapi answers its health check. */
export async function startApp(appDir: string, timeoutMs = 120_000): Promise<RunningApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn('npm', ['run', 'start'], {
    cwd: appDir,
    env: { ...quietEnv, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    const killTimer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(killTimer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before it answered. Output:\n${output}`);
    const healthy = await fetch(`${baseUrl}/_health`).then((response) => response.status === 204, () => false);
    if (healthy) return { baseUrl, output: () => output, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The app did not answer /_health within ${timeoutMs} ms. Output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A temporary folder outside the repository (the OS's), removed by the returned function. */
export async function temporaryFolder(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
