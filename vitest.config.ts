import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Imports use the path aliases of tsconfig.json (@lib/…, @components/…), as Astro and Playwright do.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The test files of a worker share one module graph instead of importing zod, the content reader and the
    // scoring core afresh each (import and transform were most of the unit tests' CPU time: 19.6 CPU-s with
    // isolation, 7.9 without). Safe while no test mocks a module or changes a shared module's state (the
    // ladders of tests/fixtures/ladders.ts are read once and only read), and a test that fakes timers puts
    // them back; stubbed globals and environment variables are put back before each test whatever a test does.
    isolate: false,
    unstubGlobals: true,
    unstubEnvs: true,
    // The type-level tests (*.test-d.ts: `expectTypeOf` on the types inferred from the schemas) are compiled by
    // `astro check` (tsconfig.json includes tests/), which fails on any of their assertions; Vitest's typecheck
    // mode ran a second TypeScript compiler over the same files, about 8 CPU-seconds of the suite for nothing.
    // Sized for a loaded 2-core machine, like the browser tests' limits (playwright.config.ts): the exhaustive
    // scoring test takes about a second on a quiet machine and went past Vitest's default 5 s under load. A
    // limit only bounds how long a broken test takes to fail; tests never wait on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
