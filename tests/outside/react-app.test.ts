// A front-end developer's React 19 site, built with Vite, uses <smp-faq> from the packed
// @smp-kit/widgets: it type-checks (typed attributes and events in JSX), builds, and renders
// the FAQ in Chromium against a CMS answering GET /api/smp-kit/faqs.
import assert from 'node:assert/strict';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { npm, packPackages, temporaryFolder } from '../helpers/outside-app.ts';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';

const fixtureDir = fileURLToPath(new URL('../fixtures/react-app/', import.meta.url));
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** The built site, and the one CMS route the FAQ reads, on a free loopback port. */
async function serveSiteAndCms(distDir: string): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/api/smp-kit/faqs') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(faqResponseEn));
      return;
    }
    const file = join(distDir, normalize(pathname === '/' ? '/index.html' : pathname));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

describe('a React 19 site built with Vite uses <smp-faq> from @smp-kit/widgets', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  let siteDir: string;
  let browser: Browser;
  let site: { server: Server; baseUrl: string };

  before(
    async () => {
      folder = await temporaryFolder('smp-kit-react-');
      const tarballs = await packPackages(folder.dir, ['@smp-kit/schema', '@smp-kit/widgets']);
      siteDir = join(folder.dir, 'clinic-react-site');
      await cp(fixtureDir, siteDir, { recursive: true, filter: (source) => !/\/(node_modules|dist)(\/|$)/.test(source) });
      await npm(['install', '--prefer-offline', ...tarballs.map((tarball) => tarball.filename)], siteDir);
    },
    { timeout: 300_000 },
  );

  after(async () => {
    await browser?.close();
    site?.server.close();
    await folder?.remove();
  });

  it('type-checks and builds (tsc, then vite build)', async () => {
    await npm(['run', 'build'], siteDir);
    const assets = await readdir(join(siteDir, 'dist/assets'));
    assert.ok(assets.some((file) => file.endsWith('.js')), `vite wrote the bundle (${assets.join(', ')})`);
  });

  it('refuses a wrong attribute value and a wrong event handler at type-check time', async () => {
    const misuse = join(siteDir, 'src/misuse.tsx');
    await writeFile(misuse, `import type {} from '@smp-kit/widgets/react';
export const level = <smp-faq heading-level="three" />;
export const handler = <smp-faq onsmp-toggle={(event: CustomEvent<{ count: number }>) => event.detail.count} />;
`);
    try {
      const failure = await npm(['run', 'typecheck'], siteDir).then(
        () => assert.fail('tsc accepted heading-level="three"'),
        (error: { stdout: string }) => error.stdout,
      );
      assert.match(failure, /misuse\.tsx\(2,\d+\): error TS2322: .*'"three"' is not assignable/s);
      assert.match(failure, /misuse\.tsx\(3,\d+\): error TS2322/);
    } finally {
      await rm(misuse);
    }
  });

  it('renders the FAQ from the CMS at the heading level it was given, and hands React its typed events', async () => {
    site = await serveSiteAndCms(join(siteDir, 'dist'));
    browser = await launchChromium();
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(site.baseUrl);

    // Grouped by category, the category headings take the given level and the questions the next.
    const first = faqResponseEn.data[0]!;
    const category = faqResponseEn.meta.categories.find((candidate) => candidate.slug === first.category)!;
    await page.getByRole('heading', { level: 3, name: category.name }).waitFor();
    const question = page.getByRole('heading', { level: 4, name: first.question });
    await question.waitFor();
    assert.equal(await page.locator('smp-faq').getByRole('heading', { level: 4 }).count(), faqResponseEn.data.length);

    await question.getByRole('button').click();
    await page.getByRole('status').filter({ hasText: `Last opened: ${first.slug}` }).waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
