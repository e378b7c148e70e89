// Launches Debian's Chromium the one way the project does (scripts/chromium.mjs) and watches pages for the
// things a user would never see but a test must: uncaught errors, console errors and outside requests.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

export function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * Records, for every page of `context`, uncaught errors, console errors, and requests to any host but
 * 127.0.0.1 (those are also refused, so nothing leaves the machine).
 */
export async function watch(context) {
  const log = { errors: [], outside: [] };
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|blob:|data:)/, (route) => {
    log.outside.push(route.request().url());
    return route.abort();
  });
  const attach = (page) => {
    page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') log.errors.push(`console: ${message.text()}`);
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  return log;
}
