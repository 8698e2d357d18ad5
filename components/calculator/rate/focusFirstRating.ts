/**
 * "Skip to the first rating": the page's second skip link (src/pages/[track]/self-assessment.astro) points at
 * the rating form. Without JavaScript it scrolls there; with it, focus lands on the first dimension still to
 * rate, so the first rating is three keypresses from the top of the page (Tab, Tab, Enter).
 */
import { useEffect } from 'react';

/** The id of the Rate view's layout, the skip link's target. */
export const RATE_TARGET = 'calc-rate';

/** Focuses the first unrated dimension's first option (or, all rated, the first dimension's choice). */
export function focusFirstRating(root: ParentNode): boolean {
  const groups = [...root.querySelectorAll<HTMLElement>('.calc-dim[role="radiogroup"]')];
  const open = groups.find((group) => !group.querySelector('input:checked')) ?? groups[0];
  const option = open?.querySelector<HTMLInputElement>('input:checked') ?? open?.querySelector('input');
  option?.focus();
  return Boolean(option);
}

/** Follows the skip link (and a page opened at #calc-rate) to the first rating. */
export function useSkipToRating(): void {
  useEffect(() => {
    const target = () => document.getElementById(RATE_TARGET);
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.(`a[href="#${RATE_TARGET}"]`);
      const form = target();
      if (!link || !form) return;
      // Focus, not navigation: the address keeps no fragment (the calculator reads share links from it).
      if (focusFirstRating(form)) event.preventDefault();
    };
    document.addEventListener('click', onClick);
    const form = target();
    if (window.location.hash === `#${RATE_TARGET}` && form) focusFirstRating(form);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
