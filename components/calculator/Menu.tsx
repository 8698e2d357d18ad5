/**
 * A small disclosure menu: a button that shows a few more buttons below it. Built on <details>, so it works
 * with the keyboard and screen readers as a disclosure; it closes after a choice, on Escape and when focus
 * or a click goes elsewhere.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function Menu({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
    };
  }, []);
  const closeAndFocus = () => {
    if (!ref.current) return;
    ref.current.open = false;
    ref.current.querySelector('summary')?.focus();
  };
  return (
    <details ref={ref} className={`calc-menu ${className}`.trim()}>
      <summary className="calc-button">{label}</summary>
      {/* Clicks bubble up from the buttons inside: a choice closes the menu. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className="calc-menu__items"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('button') && ref.current) ref.current.open = false;
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') closeAndFocus();
        }}
      >
        {children}
      </div>
    </details>
  );
}
