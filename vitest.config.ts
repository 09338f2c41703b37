import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The stories as tests (npm run test:stories, and "Run tests" in Storybook, which looks for
// this file at the root): each story renders in Debian's Chromium, its play function passes,
// and axe finds no accessibility violation (a11y.test = 'error' in .storybook/preview.ts).
export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    // One browser page at a time: keyboard stories need the focused page, and the machine is shared.
    fileParallelism: false,
    testTimeout: 20_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          // Never a downloaded browser (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1): the system's Chromium.
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
