// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';

// The site can be served from a sub-path (an intranet often uses /ladder/):
// set LADDER_BASE=/ladder/ at build time. LADDER_OUT_DIR lets tests build
// several variants side by side.
const base = process.env.LADDER_BASE ?? '/';

export default defineConfig({
  site: process.env.LADDER_SITE || undefined,
  base,
  outDir: process.env.LADDER_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // contentCheck() stops the build on bad content before Astro loads it; pagefind() indexes the ladder
  // into <outDir>/pagefind/ after the build.
  integrations: [contentCheck(), mdx(), react(), pagefind()],
});
