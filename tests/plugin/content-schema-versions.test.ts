// The plugin's content types carry their schema version (pluginOptions['smp-kit'].schemaVersion),
// and schema-lock.json records what each version looks like: changing a content type without
// raising its version, or raising it without a migration, fails here with what to do.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const contentTypesDir = fileURLToPath(new URL('../../packages/strapi-plugin/server/src/content-types/', import.meta.url));
const migrationsDir = fileURLToPath(new URL('../../packages/strapi-plugin/server/src/migrations/', import.meta.url));

type Schema = { pluginOptions?: Record<string, unknown> & { 'smp-kit'?: { schemaVersion?: unknown } } };

/** Keys sorted at every level, so reformatting a schema.json does not count as a change. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(canonical) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, entry]) => [key, canonical(entry)])) : value;

/** The schema's fingerprint, leaving out the version marker itself. */
function fingerprint(schema: Schema): string {
  const { 'smp-kit': _version, ...pluginOptions } = schema.pluginOptions ?? {};
  return createHash('sha256').update(JSON.stringify(canonical({ ...schema, pluginOptions }))).digest('hex').slice(0, 16);
}

async function contentTypes(): Promise<{ name: string; version: unknown; fingerprint: string }[]> {
  const names = (await readdir(contentTypesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return Promise.all(
    names.sort().map(async (name) => {
      const schema = JSON.parse(await readFile(join(contentTypesDir, name, 'schema.json'), 'utf8')) as Schema;
      return { name, version: schema.pluginOptions?.['smp-kit']?.schemaVersion, fingerprint: fingerprint(schema) };
    }),
  );
}

describe('content type schema versions', () => {
  it('every content type states its schema version', async () => {
    for (const { name, version } of await contentTypes()) {
      assert.ok(Number.isInteger(version) && (version as number) >= 1, `${name}/schema.json needs "pluginOptions": { "smp-kit": { "schemaVersion": <1 or more> } }`);
    }
  });

  it('schema-lock.json matches every content type at its version (a change raises the version)', async () => {
    const lock = JSON.parse(await readFile(join(contentTypesDir, 'schema-lock.json'), 'utf8')) as Record<string, { schemaVersion: number; fingerprint: string }>;
    const current = Object.fromEntries((await contentTypes()).map(({ name, version, fingerprint }) => [name, { schemaVersion: version, fingerprint }]));
    for (const [name, now] of Object.entries(current)) {
      const locked = lock[name];
      const entry = JSON.stringify({ [name]: now });
      if (locked && locked.schemaVersion === now.schemaVersion && locked.fingerprint !== now.fingerprint) {
        assert.fail(`${name}/schema.json changed but still says schemaVersion ${now.schemaVersion}. Raise it to ${locked.schemaVersion + 1}, add server/src/migrations/${name}-${locked.schemaVersion + 1}-<what>.ts (a migration that moves the stored data, or says why none is needed), and record ${entry} in schema-lock.json.`);
      }
      assert.deepEqual(locked, now, `schema-lock.json does not record ${name} as it is now: record ${entry} once its migration exists`);
    }
    assert.deepEqual(Object.keys(lock).sort(), Object.keys(current).sort(), 'schema-lock.json lists exactly the plugin content types');
  });

  it('each version step above 1 ships a migration named for it', async () => {
    const files = await readdir(migrationsDir);
    for (const { name, version } of await contentTypes()) {
      for (let step = 2; step <= (version as number); step += 1) {
        const file = files.find((candidate) => candidate.startsWith(`${name}-${step}-`));
        assert.ok(file, `${name} is at schemaVersion ${version}: server/src/migrations/${name}-${step}-<what>.ts is missing`);
        const source = await readFile(join(migrationsDir, file), 'utf8');
        assert.match(source, new RegExp(`name: 'smp-kit::${name}-${step}-`), `${file} registers as smp-kit::${name}-${step}-…`);
        assert.match(source, new RegExp(`schemaVersion: ${step},`), `${file} states schemaVersion ${step}`);
        assert.match(await readFile(join(migrationsDir, 'index.ts'), 'utf8'), new RegExp(`from './${file.replace(/\.ts$/, '')}'`), `migrations/index.ts lists ${file}`);
      }
    }
  });
});
