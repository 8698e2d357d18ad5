// Where the real-wiki journeys run: the ladder site and the wiki hosts, each on its own loopback port.
// Ports are derived from the checkout path (like tests/support/site-builds.mjs, in a range of their
// own above Linux's ephemeral ports), so worktrees and CI clones do not collide; LADDER_WIKI_PORT moves them.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/site-builds.mjs';

const pathHash = createHash('sha256').update(`${REPO_ROOT}:wiki`).digest().readUInt16BE(0);
const firstPort = Number(process.env.LADDER_WIKI_PORT) || 61000 + (pathHash % 300) * 12;

export const PORTS = {
  ladder: firstPort,
  mediawiki: firstPort + 1,
  dokuwiki: firstPort + 2,
  htmlPage: firstPort + 3,
  ikiwiki: firstPort + 4,
  gitit: firstPort + 5,
  /** A second gitit, as installed: xss-sanitize on. */
  gititSanitized: firstPort + 6,
  tiddlywiki: firstPort + 7,
  /** A second TiddlyWiki, where nobody added the host script's raw-markup tiddler. */
  tiddlywikiBare: firstPort + 8,
  fossil: firstPort + 9,
  /** A second Fossil, whose policy lets the frame in but not the host script. */
  fossilFrameOnly: firstPort + 10,
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
  ikiwiki: `http://127.0.0.1:${PORTS.ikiwiki}`,
  gitit: `http://127.0.0.1:${PORTS.gitit}`,
  gititSanitized: `http://127.0.0.1:${PORTS.gititSanitized}`,
  tiddlywiki: `http://127.0.0.1:${PORTS.tiddlywiki}`,
  tiddlywikiBare: `http://127.0.0.1:${PORTS.tiddlywikiBare}`,
  fossil: `http://127.0.0.1:${PORTS.fossil}`,
  fossilFrameOnly: `http://127.0.0.1:${PORTS.fossilFrameOnly}`,
};

/** The origins allowed to frame the embed, as the hosting headers list them. */
export const WIKI_ORIGINS = [
  ORIGINS.mediawiki,
  ORIGINS.dokuwiki,
  ORIGINS.htmlPage,
  ORIGINS.ikiwiki,
  ORIGINS.gitit,
  ORIGINS.gititSanitized,
  ORIGINS.tiddlywiki,
  ORIGINS.tiddlywikiBare,
  ORIGINS.fossil,
  ORIGINS.fossilFrameOnly,
];

/** The working folder of the wiki `name` served on `port` (see php-server.mjs's wikiWorkDir). */
export const wikiDir = (name, port) => join(tmpdir(), `ladder-${name}-${port}`);
