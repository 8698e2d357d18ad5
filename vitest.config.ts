import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Imports use the path aliases of tsconfig.json (@lib/…, @components/…), as Astro and Playwright do.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Type-level tests (*.test-d.ts): the schemas' inferred types, checked by the TypeScript compiler.
    // Errors in the source files themselves are `astro check`'s to report (it knows Astro's generated types, which a
    // clean clone has only after the first build, and the unit tests run alongside the builds).
    typecheck: { enabled: true, include: ['tests/unit/**/*.test-d.ts'], ignoreSourceErrors: true },
    // Sized for a loaded 2-core machine, like the browser tests' limits (playwright.config.ts): the exhaustive
    // scoring test takes about a second on a quiet machine and went past Vitest's default 5 s under load. A
    // limit only bounds how long a broken test takes to fail; tests never wait on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
