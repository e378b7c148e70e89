import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { pdfTextPlugin } from './scripts/pdf-text-plugin.mjs';
import { accessibilityTreePlugin } from './scripts/accessibility-tree-plugin.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 300000,
  // A busy machine can take a while to open a page; that is not a failure of the code under test.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs, headless: true },
    }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    pdfTextPlugin(),
    accessibilityTreePlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  coverageConfig: {
    include: ['src/core/**/*.ts'],
    threshold: { statements: 100, branches: 100, functions: 100, lines: 100 },
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
