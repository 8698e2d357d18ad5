/**
 * Who framed the embed, and whether that is who ?parentOrigin names. A wrong parentOrigin fails silently
 * in the browser (postMessage to another origin is dropped without an error), so the embed checks it
 * itself and says so on screen and in the console.
 */

/** What the browser tells a frame about its parent; a Window satisfies it. */
export interface FrameContext {
  parent: unknown;
  location: { ancestorOrigins?: ArrayLike<string> };
  document: { referrer: string };
}

/**
 * The origin of the page around this frame: location.ancestorOrigins (Chromium, Safari) or, where the
 * browser has no such list (Firefox), the referrer's origin. Undefined when not framed or unknown (a
 * referrer policy of no-referrer hides it).
 */
export function framingOrigin(context: FrameContext): string | undefined {
  if (context.parent === context) return undefined;
  const ancestors = context.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0];
  if (!context.document.referrer) return undefined;
  try {
    return new URL(context.document.referrer).origin;
  } catch {
    return undefined;
  }
}

/**
 * The line shown above the calculator and logged to the console when ?parentOrigin names another origin
 * than the page around the frame; undefined when they agree (or either is unknown).
 */
export function parentMismatch(declared: string | undefined, actual: string | undefined): string | undefined {
  if (!declared || !actual || declared === actual) return undefined;
  return (
    `This calculator was set up for a page at ${declared} (parentOrigin), but it is inside a page at ${actual}, ` +
    `so it cannot size its frame or send results to it. Fix: make the snippet again for ${actual} ` +
    `on the ladder site's "Embed in your wiki" page, or set parentOrigin=${actual} in the frame's address.`
  );
}
