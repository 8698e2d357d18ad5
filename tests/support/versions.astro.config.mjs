// The site's Astro config for the "versions" test build: the fixture track with three releases
// (tests/fixtures/versioned-ladder/, LADDER_CONTENT_DIR in tests/support/site-builds.mjs) as the whole site. Like the
// multi-track build it keeps its own Astro cache, so the normal build never sees the fixture's file paths.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: './node_modules/.astro-versions' };
