// Finds content that is wider than its box: the page itself, a table in a scroll region, a long word in a
// card. Any of them means a reader on a narrow screen has to scroll sideways or loses part of a line.
import type { Page } from '@playwright/test';

export interface Overflow {
  /** A CSS-like path to the element: "main > section.section > div.table-scroll". */
  element: string;
  /** How many CSS pixels of content do not fit. */
  by: number;
}

/**
 * Every rendered element whose content is wider than its box (scrollWidth > clientWidth, with one pixel
 * for rounding). Screen-reader-only text is left out: it is clipped to 1px on purpose.
 */
export function findOverflow(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const describe = (element: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        const classes = [...node.classList]
          .slice(0, 2)
          .map((name) => `.${name}`)
          .join('');
        parts.unshift(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes}`);
      }
      return parts.slice(-4).join(' > ');
    };
    const clippedOnPurpose = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.clipPath === 'inset(50%)') return true;
      }
      return false;
    };
    const found: { element: string; by: number }[] = [];
    for (const element of [document.documentElement, ...document.body.querySelectorAll('*')]) {
      if (!(element instanceof HTMLElement) || element.clientWidth === 0) continue;
      // Not rendered: inside a closed <details> or hidden by CSS.
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const by = element.scrollWidth - element.clientWidth;
      if (by > 1 && !clippedOnPurpose(element)) found.push({ element: describe(element), by });
    }
    return found;
  });
}
