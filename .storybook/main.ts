import type { StorybookConfig } from '@storybook/html-vite';
import { cssText } from '../scripts/rollup/cssText.mjs';

const config: StorybookConfig = {
  framework: '@storybook/html-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Nothing phones home: no telemetry, no crash reports, no "what's new" fetches.
  core: { disableTelemetry: true, enableCrashReports: false, disableWhatsNewNotifications: true },
  // The showroom opens on eventline's own Getting started page, not on Storybook's onboarding checklist.
  features: { sidebarOnboardingChecklist: false },
  // The news dataset, the embed examples and the built one-tag script, served beside the stories under
  // /showroom (at /data the dev server would answer the stories' own `import … from '../data/…json'`).
  // The stylesheet as text (`?inline`) and its theme (`?theme`), as the build and the tests read them.
  viteFinal: (vite) => ({ ...vite, plugins: [cssText(), ...(vite.plugins ?? [])] }),
  staticDirs: [
    { from: '../data', to: '/showroom/data' },
    { from: '../examples', to: '/showroom/examples' },
    { from: '../dist', to: '/showroom/dist' },
  ],
};

export default config;
