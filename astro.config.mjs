// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import afterPaint from './src/integrations/after-paint/index.ts';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import { contentMdxSafety as safeContent } from './src/lib/ladder/mdx-safety-scope.ts';

// The site can be served from a sub-path (an intranet often uses /ladder/):
// set LADDER_BASE=/ladder/ at build time. LADDER_OUT_DIR lets tests build
// several variants side by side.
const base = process.env.LADDER_BASE ?? '/';

/**
 * Astro marks compiled MDX modules with a "use astro:head-inject" directive, which Rolldown reports as a
 * boxed MODULE_LEVEL_DIRECTIVE warning for every MDX entry on every build. The directive is Astro's own
 * and harmless (withastro/astro#18087); every other warning still prints.
 * @param {{ code?: string, message: string }} warning
 * @param {(warning: any) => void} warn
 */
function quietAstroDirectives(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

export default defineConfig({
  site: process.env.LADDER_SITE || undefined,
  base,
  outDir: process.env.LADDER_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // contentCheck() stops the build on bad content before Astro loads it; pagefind() indexes the ladder
  // into <outDir>/pagefind/ after the build. mdxSafety refuses any MDX body outside the safe subset
  // (src/lib/ladder/mdx-safety.ts) wherever a file is compiled, `astro dev` included, except the site's own
  // pages (src/pages/: mdx-safety-scope.ts).
  integrations: [
    contentCheck(),
    mdx({ processor: satteri({ mdastPlugins: [safeContent] }) }),
    react(),
    afterPaint(),
    pagefind(),
  ],
  vite: {
    build: {
      rolldownOptions: {
        onwarn: quietAstroDirectives,
        // React, React DOM, the scheduler and Astro's React client in one chunk; the assessment model the
        // calculator needs on load (the raters, their shape checker, the saved people format, the
        // ladder-version carry-over) and its context in another: split by importer, they made four to six
        // small chunks, 1 to 2 kB more gzipped. The format 1 reader is left out: it loads only for format 1
        // data (components/calculator/store/saved-people.ts).
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react)[\\/]/,
              },
              {
                name: 'assessment',
                test: /src[\\/]lib[\\/](assessment[\\/](raters|shape|people-format|ladder-versions)|ladder[\\/]versions[\\/]map-ratings)\.ts$|components[\\/]calculator[\\/]context\.ts$/,
              },
            ],
          },
        },
      },
    },
    // The calculator island imports zod/mini from a .ts module, which Vite's dependency scan of the .astro
    // pages does not reach. Found only on the first page load, it made Vite re-optimise and reload, and the
    // modules already requested failed with "504 (Outdated Optimize Dep)". Listing it avoids the reload.
    optimizeDeps: { include: ['zod/mini'] },
  },
});
