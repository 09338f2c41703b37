import type { StorybookConfig } from '@storybook/web-components-vite';
import { fixtureImages } from './fixture-images.ts';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Runs with no network: no telemetry, no "what's new" or version checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Docs' },
  // No onboarding checklist: this Storybook is a reference, not a new project.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), fixtureImages()];
    // Storybook's renderer imports lit/directive-helpers.js, which is not pre-bundled with lit:
    // without this, a second copy of lit-html loads next to the elements' own.
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] };
    return viteConfig;
  },
};

export default config;
