#!/usr/bin/env node
// `npm start`: checks the install, builds what is missing, generates secrets, then runs
// Strapi in this process (so Ctrl+C stops everything) and prints where to go.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale, run } from './build-if-stale.mjs';
import { ensureEnvFile } from './ensure-env.mjs';

const cmsDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(cmsDir, '..');
const requireFromCms = createRequire(join(cmsDir, 'package.json'));
const say = (message) => console.log(`\x1b[36m[smp-kit]\x1b[0m ${message}`);

process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
const serveAdmin = process.env.SMP_KIT_SERVE_ADMIN !== 'false';

// 1. Install check: a missing or half-finished `npm install` gets one clear sentence.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`SMP Kit needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}
for (const dependency of ['@strapi/strapi', 'better-sqlite3', '@smp-kit/strapi-plugin/package.json']) {
  try {
    requireFromCms.resolve(dependency);
  } catch {
    console.error(`Dependencies are missing (${dependency}). Run "npm install" in ${repoDir} first.`);
    process.exit(1);
  }
}

// 2. Build what is missing or older than its sources.
const schemaSrc = join(repoDir, 'packages/schema/src');
const widgetsDir = join(repoDir, 'packages/widgets');
if (isStale(join(repoDir, 'packages/schema/dist/index.js'), [schemaSrc])) {
  say('Building the shared schema (tsc)…');
  run('npm', ['run', 'build', '-w', '@smp-kit/schema'], { cwd: repoDir, what: 'Building the schema' });
}
if (isStale(join(widgetsDir, 'dist/cdn/widgets.js'), [join(widgetsDir, 'src'), schemaSrc, join(repoDir, 'rollup.config.mjs')])) {
  say('Building the widget bundles (rollup)…');
  run('npm', ['run', 'build', '-w', '@smp-kit/widgets'], { cwd: repoDir, what: 'Building the widgets' });
}
const pluginDir = join(repoDir, 'packages/strapi-plugin');
if (isStale(join(pluginDir, 'dist/server/index.js'), [join(pluginDir, 'server/src'), join(pluginDir, 'admin/src'), schemaSrc])) {
  say('Building the Strapi plugin (about 15 s)…');
  run('npm', ['run', 'build', '-w', '@smp-kit/strapi-plugin'], { cwd: repoDir, what: 'Building the Strapi plugin' });
}

// 3. Secrets and the local admin login, generated once into cms/.env.
const envPath = join(cmsDir, '.env');
const { values: env, created } = ensureEnvFile(envPath);
if (created) say(`Generated secrets and a local admin login into ${relative(repoDir, envPath)}.`);

// 4. The admin panel is a separate front-end build: once, and again when the plugin changes.
if (serveAdmin && isStale(join(cmsDir, 'dist/build/index.html'), [join(pluginDir, 'dist/admin'), join(cmsDir, 'package.json'), join(cmsDir, 'src/admin')])) {
  say('Building the Strapi admin panel (first start only, about a minute)…');
  const strapiCli = join(dirname(requireFromCms.resolve('@strapi/strapi/package.json')), 'bin/strapi.js');
  run(process.execPath, [strapiCli, 'build', '--silent'], { cwd: cmsDir, env: { ...process.env, ...env }, what: 'Building the admin panel' });
}

// 5. Start Strapi.
const databaseFile = env.DATABASE_CLIENT === 'postgres' ? null : join(cmsDir, env.DATABASE_FILENAME || '.tmp/data.db');
if (databaseFile && !existsSync(databaseFile)) say(`Creating the SQLite database at ${relative(repoDir, databaseFile)} and seeding demo content…`);
say('Starting Strapi…');
process.chdir(cmsDir);
const { compileStrapi, createStrapi } = requireFromCms('@strapi/strapi');
const appContext = await compileStrapi({ appDir: cmsDir });
const strapi = createStrapi({ ...appContext, autoReload: false, serveAdminPanel: serveAdmin });
await strapi.start();

if (!strapi.plugin('smp-kit')) {
  console.error('The smp-kit plugin did not load: run "npm run build" and check the output above.');
  await strapi.destroy();
  process.exit(1);
}

const { port } = strapi.server.httpServer.address();
const host = env.HOST && !['0.0.0.0', '::'].includes(env.HOST) ? env.HOST : 'localhost';
const base = `http://${host}:${port}`;
const login = env.NODE_ENV !== 'production' && env.SMP_KIT_ADMIN_EMAIL ? `  (log in as ${env.SMP_KIT_ADMIN_EMAIL} / ${env.SMP_KIT_ADMIN_PASSWORD})` : '';
console.log(`
  SMP Kit is running.

  Demo clinic page   ${base}/
  Admin panel        ${serveAdmin ? `${base}/admin${login}` : 'not served (SMP_KIT_SERVE_ADMIN=false)'}
  FAQ API            ${base}/api/smp-kit/faqs
  Embed snippet      <script type="module" src="${base}/smp-kit/widgets.js"></script>

  Press Ctrl+C to stop.
`);
