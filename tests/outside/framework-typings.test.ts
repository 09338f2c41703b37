// A Vue 3 and a Svelte 5 component use <smp-faq> from the packed @smp-kit/widgets: the framework
// typings generated from custom-elements.json accept right attributes and event handlers and
// refuse wrong ones, in vue-tsc and svelte-check as a developer's editor and CI run them.
import assert from 'node:assert/strict';
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { npm, packPackages, temporaryFolder } from '../helpers/outside-app.ts';

const fixtureDir = fileURLToPath(new URL('../fixtures/framework-typings/', import.meta.url));
/** The script's output when it fails; fails the test when it passes. */
const failureOf = (args: string[], cwd: string, what: string) =>
  npm(args, cwd).then(
    () => assert.fail(`${what} was accepted`),
    (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
  );

describe('Vue and Svelte templates type-check <smp-faq> with the generated typings', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  let appDir: string;

  before(
    async () => {
      folder = await temporaryFolder('smp-kit-frameworks-');
      const tarballs = await packPackages(folder.dir, ['@smp-kit/schema', '@smp-kit/widgets']);
      appDir = join(folder.dir, 'clinic-framework-typings');
      await cp(fixtureDir, appDir, { recursive: true, filter: (source) => !/\/node_modules(\/|$)/.test(source) });
      await npm(['install', '--prefer-offline', ...tarballs.map((tarball) => tarball.filename)], appDir);
    },
    { timeout: 300_000 },
  );

  after(async () => {
    await folder?.remove();
  });

  it('vue-tsc accepts the component and refuses a wrong attribute value and event handler', async () => {
    await npm(['run', 'check:vue'], appDir);
    const misuse = join(appDir, 'src/vue/Misuse.vue');
    await writeFile(
      misuse,
      `<script setup lang="ts">
import '@smp-kit/widgets/smp-faq';
const wrong = (event: CustomEvent<{ count: number }>) => event.detail.count;
</script>
<template>
  <smp-faq heading-level="three" />
  <smp-faq @smp-toggle="wrong" />
</template>
`,
    );
    try {
      const output = await failureOf(['run', 'check:vue'], appDir, 'heading-level="three" in a Vue template');
      assert.match(output, /Misuse\.vue\(6,\d+\): error TS2322: Type '"three"' is not assignable/);
      assert.match(output, /Misuse\.vue\(7,\d+\): error TS2322: .*CustomEvent<\{ count: number; \}>/s);
    } finally {
      await rm(misuse);
    }
  });

  it('svelte-check accepts the component and refuses a wrong attribute value and event handler', async () => {
    await npm(['run', 'check:svelte'], appDir);
    const misuse = join(appDir, 'src/svelte/Misuse.svelte');
    await writeFile(
      misuse,
      `<script lang="ts">
  import '@smp-kit/widgets/smp-faq';
  const wrong = (event: CustomEvent<{ count: number }>) => event.detail.count;
</script>

<smp-faq heading-level="three"></smp-faq>
<smp-faq onsmp-toggle={wrong}></smp-faq>
`,
    );
    try {
      const output = await failureOf(['run', 'check:svelte'], appDir, 'heading-level="three" in a Svelte template');
      assert.match(output, /ERROR "src\/svelte\/Misuse\.svelte" 6:\d+ "Type '\\"three\\"' is not assignable/);
      assert.match(output, /ERROR "src\/svelte\/Misuse\.svelte" 7:\d+ .*count/);
    } finally {
      await rm(misuse);
    }
  });
});
