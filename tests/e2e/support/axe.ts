// Accessibility check with axe-core: a test fails on any violation, and the
// failure message lists each rule id, impact, help text and offending targets.
//
// We run axe-core ourselves (inject axe.min.js, call axe.run) instead of through
// @axe-core/playwright's AxeBuilder.analyze(). The rules, tags and results are the
// same; what differs is the cost. analyze() runs axe.runPartial in every frame,
// ships every partial result (passes included, 1.5 MB for a level page) back to
// Node and opens a second page to run axe.finishRun there: 3-4 times the time of
// one axe.run, which is what pushed axe checks past the test timeout on a loaded
// machine. Here axe runs once in the page and only violations come back.
// (Our pages have no cross-origin frames, the one thing analyze() adds; axe is
// still injected into every frame so same-origin frames are checked as before.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

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

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One readable block per violation: rule id, impact, help, and every target. */
export function formatAxeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
}

/** Puts axe-core into every frame of the page that does not have it yet (a navigation clears it). */
async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const inject = async () => {
      if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
    };
    // A child frame that is gone or not ready is skipped, as AxeBuilder does; the page itself must take axe.
    if (frame === page.mainFrame()) await inject();
    else await inject().catch(() => undefined);
  }
}

/** Run axe on the current page state and return its violations. */
export async function findAxeViolations(page: Page, options: AxeCheckOptions = {}): Promise<AxeViolation[]> {
  const tags: string[] = [...WCAG_AA_TAGS];
  if (options.bestPractices) tags.push('best-practice');
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: tags },
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
    // Passes and inapplicable rules come back as one node each instead of every node: only violations are read.
    resultTypes: ['violations'],
  };
  const exclude = options.exclude ?? [];
  const context = options.include ? { include: [options.include], exclude } : { exclude };
  await injectAxe(page);
  return page.evaluate(
    async ({ context, runOptions }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const results = await axe.run(context, runOptions);
      return results.violations;
    },
    { context, runOptions },
  );
}

/** Assert the page as it is now has no axe violations. */
export async function expectNoAxeViolations(page: Page, options: AxeCheckOptions = {}): Promise<void> {
  const violations = await findAxeViolations(page, options);
  const message = `axe found ${violations.length} accessibility violation(s) on ${page.url()}:\n${formatAxeViolations(violations)}`;
  expect(violations.length, message).toBe(0);
}
