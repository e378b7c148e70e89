import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary: string }[] }[];
}
declare const axe: { run(context: Element, options: object): Promise<AxeResult> };

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the standard councils must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on an element (shadow DOM included) and fails with every violation spelled out. */
export async function expectAccessible(element: Element, state: string): Promise<void> {
  const result = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  const report = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  at ${JSON.stringify(n.target)}: ${n.failureSummary}`).join('\n')}`,
  );
  expect(report, `axe violations in state "${state}"`).to.deep.equal([]);
}
