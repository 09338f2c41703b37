import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from '@strapi/strapi';

export const cmsDir = fileURLToPath(new URL('../../cms', import.meta.url));

const secret = () => randomBytes(16).toString('base64');

/** Fresh values for the secrets Strapi refuses to start without (every instance of one app must share them). */
export function strapiSecrets(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
  };
}

/** A copy of cms/public in the test's data folder: the demo page is served, uploads stay in the temp folder. */
export async function preparePublicDir(dataDir: string): Promise<string> {
  const publicDir = join(dataDir, 'public');
  await cp(join(cmsDir, 'public'), publicDir, { recursive: true, filter: (source) => !source.includes(`${join(cmsDir, 'public', 'uploads')}/`) });
  await mkdir(join(publicDir, 'uploads'), { recursive: true });
  return publicDir;
}

/** Everything Strapi needs to boot, without reading or writing cms/.env or cms/public. */
export function testEnvironment(dataDir: string, { seed }: { seed: boolean }): Record<string, string> {
  return {
    SMP_KIT_PUBLIC_DIR: join(dataDir, 'public'),
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: join(dataDir, 'data.db'),
    ...strapiSecrets(),
    SMP_KIT_SEED: seed ? 'true' : 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
  };
}

export interface RunningStrapi {
  strapi: Core.Strapi;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** Folder of the SQLite database, to start again on the same data. */
  dataDir: string;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * Boots the demo cms in this process on a brand-new SQLite database in a temp
 * folder, listening on a free loopback port. Fails loudly if the plugin did not load.
 */
export async function startStrapi({
  seed = false,
  dataDir: existingDataDir,
  database = {},
}: {
  seed?: boolean;
  dataDir?: string;
  /** The cms's DATABASE_* settings for another database than a fresh SQLite file (e.g. PostgresCluster.createDatabase()). */
  database?: Record<string, string>;
} = {}): Promise<RunningStrapi> {
  const dataDir = existingDataDir ?? (await mkdtemp(join(tmpdir(), 'smp-kit-test-')));
  if (!existingDataDir) await preparePublicDir(dataDir);
  Object.assign(process.env, testEnvironment(dataDir, { seed }), database);

  // Strapi's ESM build cannot be imported by Node (it imports 'lodash/fp' as a directory): use its CommonJS build.
  const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');
  const appContext = await compileStrapi({ appDir: cmsDir });
  const strapi = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
  if (!strapi.plugin('smp-kit')) {
    await strapi.destroy();
    throw new Error('The smp-kit plugin did not load. Build it first: npm run build');
  }
  strapi.server.mount();
  const httpServer = strapi.server.httpServer;
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;

  return {
    strapi,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    async stop({ keepData = false } = {}) {
      await strapi.destroy();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
