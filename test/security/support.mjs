// Strict-CSP helpers: every page of a context reports policy violations and dialogs into the test's log.

/** Collects securitypolicyviolation events in every frame, before any page script runs. */
export async function recordViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

/** Violations seen so far in every frame of `page`. */
export async function violations(page) {
  const lists = await Promise.all(
    page.frames().map((frame) => frame.evaluate(() => window.__violations ?? []).catch(() => [])),
  );
  return lists.flat();
}

/** Trusted Types is really enforced: a plain string given to innerHTML is refused. */
export function innerHtmlRefused(frame) {
  return frame.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>bold</b>';
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
}
