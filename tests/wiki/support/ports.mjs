// Where the real-wiki journeys run: the ladder site and three wiki hosts, each on its own loopback port.
// Ports are derived from the checkout path (like tests/e2e/support/site-builds.mjs, in a range of their
// own above Linux's ephemeral ports), so worktrees and CI clones do not collide; LADDER_WIKI_PORT moves them.
import { createHash } from 'node:crypto';
import { REPO_ROOT } from '../../e2e/support/site-builds.mjs';

const pathHash = createHash('sha256').update(`${REPO_ROOT}:wiki`).digest().readUInt16BE(0);
const firstPort = Number(process.env.LADDER_WIKI_PORT) || 61000 + (pathHash % 1000) * 4;

export const PORTS = {
  ladder: firstPort,
  mediawiki: firstPort + 1,
  dokuwiki: firstPort + 2,
  htmlPage: firstPort + 3,
};

/**
 * The wikis live on 127.0.0.1. The ladder is reached as http://localhost:<port>, another site than the
 * wikis' (as a wiki on wiki.example.org embedding ladder.example.com would be), and as
 * http://127.0.0.1:<port>, the same site as the wikis (wiki.corp.example and ladder.corp.example).
 */
export const ORIGINS = {
  ladder: `http://localhost:${PORTS.ladder}`,
  ladderSameSite: `http://127.0.0.1:${PORTS.ladder}`,
  mediawiki: `http://127.0.0.1:${PORTS.mediawiki}`,
  dokuwiki: `http://127.0.0.1:${PORTS.dokuwiki}`,
  htmlPage: `http://127.0.0.1:${PORTS.htmlPage}`,
};

/** The origins allowed to frame the embed, as the hosting headers list them. */
export const WIKI_ORIGINS = [ORIGINS.mediawiki, ORIGINS.dokuwiki, ORIGINS.htmlPage];
