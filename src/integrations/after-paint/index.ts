/**
 * Astro integration: `client:afterpaint`, a hydration directive that requests an island's script once the
 * page has painted its server-rendered HTML, instead of as soon as the island's tag is parsed
 * (`client:load`). The self-assessment page uses it for the calculator: with `client:load`, a busy phone
 * fetched, ran and hydrated ~90 kB of script before its first paint, and Lighthouse counted all of it in
 * the time to the first and largest paint. See docs/decisions/0021-calculator-paints-before-its-script.md.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function afterPaint(): AstroIntegration {
  return {
    name: 'ladder-after-paint',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        // A path, not a file: URL: esbuild bundles the entrypoint and resolves paths only.
        const entrypoint = fileURLToPath(new URL('./directive.ts', import.meta.url));
        addClientDirective({ name: 'afterpaint', entrypoint });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate once the server-rendered page has painted (src/integrations/after-paint/). */
    'client:afterpaint'?: boolean;
  }
}
