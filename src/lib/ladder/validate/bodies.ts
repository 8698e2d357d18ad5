import { bodyBlocks, BodySyntaxError, splitSummaryAndExample, type Block } from '../body';
import { ladderCollections, type BodyRule, type CollectionName } from '../collections';
import { defaultLabels } from '../labels';
import { foundAt, unsafeParts } from '../mdx-safety';
import type { SourceEntry } from '../sources';
import type { Report, TrackFiles } from './context';

/** Every MDX body is valid MDX, inside the safe subset (mdx-safety.ts), and holds what its collection says. */
export function checkBodies({ track, sources }: TrackFiles, report: Report): void {
  const label = track.data.labels.whatYouWouldSee ?? defaultLabels.whatYouWouldSee;
  for (const [collection, entries] of Object.entries(sources) as [CollectionName, SourceEntry<unknown>[]][]) {
    const spec = ladderCollections[collection];
    if (!('body' in spec) || !spec.body) continue;
    for (const entry of entries) checkBody(entry, spec.body, spec.bodyHolds ?? 'the body', label, report);
  }
}

const describeBlocks = (blocks: readonly Block[]): string => {
  if (blocks.length === 0) return 'nothing';
  const kinds = blocks.map((block) => (block.type === 'heading' ? `a heading "${block.text}"` : `a ${block.type}`));
  return blocks.length === 1 ? kinds[0]! : `${blocks.length} blocks (${kinds.join(', ')})`;
};

function checkBody(entry: SourceEntry<unknown>, rule: BodyRule, holds: string, label: string, report: Report): void {
  const body = entry.body ?? '';
  const at = (line: number) => (entry.bodyLine ? `line ${entry.bodyLine + line - 1}` : `line ${line} of the body`);
  if (rule === 'none') {
    if (body.trim()) {
      report(
        entry,
        'body',
        'text below the front matter',
        'none: what the competency expects at each level goes in the level files next to index.mdx',
      );
    }
    return;
  }
  let blocks: Block[];
  try {
    blocks = bodyBlocks(body);
  } catch (error) {
    if (!(error instanceof BodySyntaxError)) throw error;
    report(
      entry,
      'body',
      `invalid MDX at ${at(error.line)}: ${error.reason}`,
      'Markdown (write \\< and \\{ for a literal < or {)',
    );
    return;
  }
  // Content, not code (mdx-safety.ts): a body outside the safe subset is reported before its shape.
  const unsafe = unsafeParts(body);
  for (const part of unsafe) report(entry, 'body', foundAt(part, at(part.line)), part.expected);
  if (unsafe.length > 0) return;
  if (rule === 'paragraph') {
    if (blocks.length !== 1 || blocks[0]!.type !== 'paragraph') {
      report(entry, 'body', describeBlocks(blocks), `one paragraph: ${holds}`);
    }
    return;
  }
  if (rule !== 'summary-and-example') return;
  const heading = `"## ${label}"`;
  const { summary, heading: found, example } = splitSummaryAndExample(blocks);
  const shape = `the summary, then the heading ${heading}, then the example`;
  if (!found) {
    report(entry, 'body', `no ${heading} heading`, shape);
  } else if (found.text.toLowerCase() !== label.toLowerCase()) {
    report(
      entry,
      'body',
      `the heading "## ${found.text}" at ${at(found.line)}`,
      `${heading}, the track's whatYouWouldSee label`,
    );
  } else if (summary.length === 0) {
    report(entry, 'body', `nothing before ${heading}`, shape);
  } else if (example.length === 0) {
    report(entry, 'body', `nothing after ${heading}`, shape);
  } else {
    const extra = [...summary, ...example].find((block) => block.type === 'heading');
    if (extra)
      report(
        entry,
        'body',
        `a second heading "${extra.text}" at ${at(extra.line)}`,
        `one heading, ${heading}, between the summary and the example`,
      );
  }
}
