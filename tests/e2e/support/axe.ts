// Accessibility check with axe-core: a test fails on any violation, and the
// failure message lists each rule id, impact, help text and offending targets.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type AxeViolation = AxeResults['violations'][number];

/** WCAG 2.0–2.2 levels A and AA: the standard the site promises to meet. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeCheckOptions {
  /** Also run axe's "best-practice" rules (landmarks, heading order, ...). */
  bestPractices?: boolean;
  /** Only check inside this CSS selector (default: the whole page). */
  include?: string;
  /** Skip these CSS selectors, e.g. third-party markup we do not control. */
  exclude?: string[];
  /** Disable individual rule ids; say why next to the call. */
  disableRules?: string[];
}

/** One readable block per violation: rule id, impact, help, and every target. */
export function formatAxeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
}

/** Run axe on the current page state and return its violations. */
export async function findAxeViolations(page: Page, options: AxeCheckOptions = {}): Promise<AxeViolation[]> {
  const tags: string[] = [...WCAG_AA_TAGS];
  if (options.bestPractices) tags.push('best-practice');
  let builder = new AxeBuilder({ page }).withTags(tags);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  return results.violations;
}

/** Assert the page as it is now has no axe violations. */
export async function expectNoAxeViolations(page: Page, options: AxeCheckOptions = {}): Promise<void> {
  const violations = await findAxeViolations(page, options);
  const message = `axe found ${violations.length} accessibility violation(s) on ${page.url()}:\n${formatAxeViolations(violations)}`;
  expect(violations.length, message).toBe(0);
}
