// The site's Astro config with a cache of its own, for `npm run bench`: the benchmark builds other content
// folders (LADDER_CONTENT_DIR), and Astro's content cache keeps an unchanged entry's file path, so sharing
// the normal cache would leave entries pointing at the benchmark's deleted temporary files.
import config from '../astro.config.mjs';

export default { ...config, cacheDir: './bench-results/astro-cache' };
