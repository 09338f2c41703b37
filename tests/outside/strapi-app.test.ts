// An agency's own Strapi 5 app, made by create-strapi-app in a temporary folder outside this
// repository, installs SMP Kit from the tarballs `npm pack` makes (no workspace link, no path
// into packages/) and follows the README's "Use the plugin in your own Strapi 5 app" section.
import assert from 'node:assert/strict';
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { bookingRequestReceivedSchema, faqListResponseSchema } from '@smp-kit/schema';
import { logInThroughAdminForm } from '../helpers/admin-ui.ts';
import { patientBooking } from '../helpers/booking.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { paragraph } from '../helpers/faq-documents.ts';
import {
  buildApp,
  configureAsReadmeSays,
  createStrapiApp,
  installTarballs,
  packPackages,
  readmeInstallSection,
  repoDir,
  startApp,
  temporaryFolder,
  type RunningApp,
  type Tarball,
} from '../helpers/outside-app.ts';

const ADMIN = { firstname: 'Agency', lastname: 'Developer', email: 'developer@agency.example', password: 'Agency-Passw0rd' };

describe('SMP Kit in a Strapi app of its own, installed from the packed packages', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  let appDir: string;
  let tarballs: Tarball[];
  let app: RunningApp;
  let token: string;
  let browser: Browser;
  const timings: Record<string, number> = {};

  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[step] = Date.now() - started;
    }
  };

  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${app.baseUrl}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers } });

  before(
    async () => {
      folder = await temporaryFolder('smp-kit-outside-');
      tarballs = await timed('npm pack', () => packPackages(folder.dir));
      appDir = await timed('create-strapi-app', () => createStrapiApp(folder.dir));
      const { blocks } = await readmeInstallSection();
      const install = await timed('npm install (tarballs)', () => installTarballs(appDir, tarballs));
      if (!install.seeded) console.log('# no hard links to the locked packages here: a full npm install ran');
      await configureAsReadmeSays(appDir, blocks);
      await timed('npm run build (admin)', () => buildApp(appDir));
      app = await timed('npm run start', () => startApp(appDir));

      const registered = await fetch(`${app.baseUrl}/admin/register-admin`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
      assert.equal(registered.status, 200, await registered.clone().text());
      token = ((await registered.json()) as { data: { token: string } }).data.token;
    },
    { timeout: 900_000 },
  );

  after(async () => {
    await browser?.close();
    await app?.stop();
    await folder?.remove();
    console.log(`# outside-app timings (ms): ${JSON.stringify(timings)}`);
  });

  it('packs three tarballs with real version ranges, a licence, a README and only built files', async () => {
    const sizes = tarballs.map(({ name, size, files }) => `${name} ${size.toLocaleString('en')} B, ${files.length} files`);
    console.log(`# tarballs: ${sizes.join('; ')}`);
    for (const { name, files } of tarballs) {
      assert.ok(files.includes('LICENSE') && files.includes('README.md') && files.includes('package.json'), `${name} packs LICENSE, README.md and package.json`);
      const stray = files.filter((file) => !/^(dist\/|custom-elements\.json$|LICENSE$|README\.md$|CHANGELOG\.md$|package\.json$)/.test(file));
      assert.deepEqual(stray, [], `${name} packs only dist and docs`);
    }
    const manifest = async (name: string) => (await import(join(appDir, 'node_modules', name, 'package.json'), { with: { type: 'json' } })).default;
    for (const name of ['@smp-kit/widgets', '@smp-kit/strapi-plugin']) {
      const { dependencies = {}, peerDependencies = {} } = await manifest(name);
      for (const [dependency, range] of Object.entries({ ...dependencies, ...peerDependencies })) assert.notEqual(range, '*', `${name} → ${dependency} has a real range`);
    }
  });

  it('runs from the app folder, outside the repository, with no link back into it', async () => {
    assert.ok(!appDir.startsWith(repoDir), `${appDir} is outside ${repoDir}`);
    for (const name of ['@smp-kit/strapi-plugin', '@smp-kit/widgets', '@smp-kit/schema']) {
      const real = await realpath(join(appDir, 'node_modules', name));
      assert.ok(real.startsWith(await realpath(appDir)), `${name} is installed in the app (${real}), not linked`);
    }
  });

  it('registers the plugin content types', async () => {
    const response = await admin('/content-manager/content-types');
    assert.equal(response.status, 200);
    const uids = ((await response.json()) as { data: { uid: string }[] }).data.map((type) => type.uid);
    for (const uid of ['plugin::smp-kit.faq', 'plugin::smp-kit.faq-category', 'plugin::smp-kit.transformation', 'plugin::smp-kit.booking-settings', 'plugin::smp-kit.booking-request']) {
      assert.ok(uids.includes(uid), `${uid} is registered`);
    }
  });

  it('answers /api/smp-kit/faqs empty, then with the entry an editor publishes', async () => {
    const empty = await fetch(`${app.baseUrl}/api/smp-kit/faqs`);
    assert.equal(empty.status, 200);
    assert.deepEqual(faqListResponseSchema.parse(await empty.json()).data, []);

    const question = 'Does scalp micropigmentation fade?';
    const created = await admin('/content-manager/collection-types/plugin::smp-kit.faq?locale=en', {
      method: 'POST',
      body: JSON.stringify({ question, slug: 'does-smp-fade', order: 1, answer: paragraph('It softens gradually over the years; a touch-up restores it.') }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
    const published = await admin(`/content-manager/collection-types/plugin::smp-kit.faq/${documentId}/actions/publish?locale=en`, { method: 'POST', body: '{}' });
    assert.equal(published.status, 200, await published.clone().text());

    const listed = faqListResponseSchema.parse(await (await fetch(`${app.baseUrl}/api/smp-kit/faqs`)).json());
    assert.deepEqual(listed.data.map((faq) => faq.question), [question]);
  });

  it('serves the widget bundles from the installed @smp-kit/widgets, with every file they import', async () => {
    // Follows each entry's relative imports (the shared runtime, the element chunks) as a browser would.
    const fetched = new Map<string, string>();
    const load = async (url: string): Promise<void> => {
      if (fetched.has(url)) return;
      const response = await fetch(url);
      assert.equal(response.status, 200, url);
      assert.match(response.headers.get('content-type') ?? '', /javascript/, url);
      const code = await response.text();
      fetched.set(url, code);
      for (const [, specifier] of code.matchAll(/(?:import|from)\s*\(?"(\.{1,2}\/[^"]+)"/g)) await load(new URL(specifier!, url).href);
    };
    for (const [file, tag] of [['widgets.js', 'smp-faq'], ['smp-faq.js', 'smp-faq'], ['smp-booking-button.js', 'smp-booking-button']]) {
      fetched.clear();
      await load(`${app.baseUrl}/smp-kit/${file}`);
      const code = [...fetched.values()].join('\n');
      assert.ok(code.includes(`customElements.define("${tag}"`), `/smp-kit/${file} defines <${tag}>`);
      assert.ok([...fetched.keys()].some((url) => /\/smp-kit\/chunks\/runtime-[\w-]+\.js$/.test(url)), `/smp-kit/${file} loads the shared runtime`);
    }
  });

  it('stores a booking request and shows it to the admin', async () => {
    const response = await fetch(`${app.baseUrl}/api/smp-kit/booking-requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `outside-app-${Date.now()}` },
      body: JSON.stringify(patientBooking({ name: 'Outside Patient' })),
    });
    assert.equal(response.status, 201, await response.clone().text());
    const { reference } = bookingRequestReceivedSchema.parse(await response.json()).data;

    const stored = await admin('/content-manager/collection-types/plugin::smp-kit.booking-request?page=1&pageSize=10');
    assert.equal(stored.status, 200);
    const rows = ((await stored.json()) as { results: { reference: string; name: string }[] }).results;
    assert.deepEqual(rows.map((row) => [row.reference, row.name]), [[reference, 'Outside Patient']]);
  });

  it('opens the SMP Kit admin pages for the signed-in admin in Chromium', async () => {
    browser = await launchChromium();
    const page: Page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await logInThroughAdminForm(page, app.baseUrl, ADMIN);

    await page.getByRole('link', { name: 'SMP Kit' }).click();
    await page.getByRole('heading', { name: 'Embed', level: 1 }).waitFor();
    const navigation = page.getByRole('navigation', { name: 'SMP Kit' });
    await navigation.getByRole('link', { name: 'Booking requests' }).click();
    await page.getByRole('row').filter({ hasText: 'Outside Patient' }).waitFor();
    await navigation.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    assert.deepEqual(pageErrors, [], 'the admin pages throw no error');
  });
});
