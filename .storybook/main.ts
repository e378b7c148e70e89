import type { StorybookConfig } from '@storybook/web-components-vite';

/** Stories for every element state, with docs from dist/custom-elements.json (npm run storybook makes it first). */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Reference' },
};

export default config;
