import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { browserNetworkPlugin } from './helpers/browser-network.mjs';
import { fixtureCms } from './helpers/fixture-cms.mjs';
import { builtWidgets } from './helpers/built-widgets.mjs';

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: [fileURLToPath(new URL('./widgets/**/*.test.ts', import.meta.url))],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // One page at a time: keyboard tests need the focused page, and background tabs are throttled.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [builtWidgets(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), browserNetworkPlugin()],
  middleware: [fixtureCms()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
      },
    }),
  ],
};
