/**
 * The MDX body of a content file, read with the parser Astro's MDX integration uses (satteri), so what the
 * checks and the plain text see is what the pages render. The pages render bodies through Astro
 * (components/ladder/EntryBody.astro); this module gives the rest of the site their structure and their
 * plain text: search records, /ladder.json, the calculator, meta descriptions.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** One top-level block of a body: a paragraph, a list, a heading, … */
export interface Block {
  type: string;
  /** 1 to 6 for headings. */
  depth?: number;
  /** The block as plain text: Markdown marks, tags and expressions removed, white space folded. */
  text: string;
  /** Where the block starts and ends in the body (offsets, and its first line counted from 1). */
  start: number;
  end: number;
  line: number;
}

/** A body that is not valid MDX, with the parser's reason and where it stopped. */
export class BodySyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'BodySyntaxError';
  }
}

// Parents whose children run together as one line of text; the children of any other parent are blocks.
const INLINE_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
  'mdxJsxTextElement',
]);

function textOf(node: MdastNode): string {
  const value = 'value' in node && typeof node.value === 'string' ? node.value : undefined;
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return value ?? '';
    case 'break':
      return ' ';
    case 'image':
      return 'alt' in node && typeof node.alt === 'string' ? node.alt : '';
    // Imports, exports, {expressions} and raw HTML are code, not text a reader sees as written.
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'html':
      return '';
  }
  const children = 'children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]) : [];
  return children.map(textOf).join(INLINE_PARENTS.has(node.type) ? '' : ' ');
}

/** Folds white space the way a browser shows it. */
export const foldSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const parsed = new Map<string, Block[]>();

/**
 * The top-level blocks of an MDX body (imports and exports left out). Throws BodySyntaxError when the body
 * is not valid MDX, for example an unclosed `<tag>` or `{`.
 */
export function bodyBlocks(body: string): Block[] {
  const known = parsed.get(body);
  if (known) return known;
  let root: MdastNode;
  try {
    root = mdxToMdast(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line = '1', column = '1', reason = message] = /^(\d+):(\d+):\s*(.*)$/s.exec(message) ?? [];
    throw new BodySyntaxError(reason.replace(/\s*\([a-z-]+:[a-z-]+\)$/, ''), Number(line), Number(column));
  }
  const children = 'children' in root && Array.isArray(root.children) ? (root.children as MdastNode[]) : [];
  const blocks = children
    .filter((node) => node.type !== 'mdxjsEsm')
    .map((node) => ({
      type: node.type,
      ...('depth' in node && typeof node.depth === 'number' ? { depth: node.depth } : {}),
      text: foldSpace(textOf(node)),
      start: node.position?.start.offset ?? 0,
      end: node.position?.end.offset ?? body.length,
      line: node.position?.start.line ?? 1,
    }));
  parsed.set(body, blocks);
  return blocks;
}

/** The plain text of some blocks, as one line. */
export const blocksText = (blocks: readonly Block[]): string => foldSpace(blocks.map((block) => block.text).join(' '));

/** A body split at its one level-2 heading: the summary before it, the example after it. */
export interface SummaryAndExample {
  summary: Block[];
  heading: Block | undefined;
  example: Block[];
}

/** Splits a competency level's body at its first level-2 heading (collections.ts, "summary-and-example"). */
export function splitSummaryAndExample(blocks: readonly Block[]): SummaryAndExample {
  const at = blocks.findIndex((block) => block.type === 'heading' && block.depth === 2);
  if (at < 0) return { summary: [...blocks], heading: undefined, example: [] };
  return { summary: blocks.slice(0, at), heading: blocks[at], example: blocks.slice(at + 1) };
}
