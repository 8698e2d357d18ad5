/**
 * The safe subset of MDX that bodies under content/ are held to: they are content, not code. A body is
 * Markdown, plus plain HTML elements from a short list with quoted attribute values; nothing in it may read
 * the build machine (an expression such as `{process.env.HOME}` runs when the site is built and publishes
 * what it finds) or run in the reader's browser (`<script>`, `<iframe>`, an `onclick`, a `javascript:`
 * link). The site provides no components to bodies, so imports, exports and `<Capitalised />` components
 * are refused too: they can only fail the build or load code. See docs/decisions/0011-mdx-safe-subset.md.
 *
 * The check reads MDX's own syntax tree (satteri's mdast, the parser Astro's MDX integration uses), never
 * the text: the content check (validate/bodies.ts) reports each part with the file and line before
 * anything is built, and `mdxSafety` refuses the same parts wherever Astro compiles an MDX file (in
 * `astro dev` while a file is being edited, too).
 */
import { defineMdastPlugin, mdxToMdast, type MdastNode } from 'satteri';

/** One part of a body outside the subset: what it is, where, and what to write instead. */
export interface UnsafePart {
  /** Line in the text given to the parser, from 1. */
  line: number;
  /** What was found: "the expression {process.env.HOME}". */
  what: string;
  /** Why it is refused, when the name alone does not say: "which would run as code when the site is built". */
  why?: string;
  /** What to write instead. */
  expected: string;
}

/**
 * HTML elements a body may use: text-level and structural elements that only show text. Anything else
 * (`<script>`, `<iframe>`, `<style>`, `<object>`, `<form>`, `<svg>`, …) could run, load or restyle something.
 */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption ' +
    'figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp small span strong sub summary ' +
    'sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/** Attributes holding a URL, whose scheme is checked like a Markdown link's. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'srcset', 'poster', 'action', 'formaction', 'xlink:href']);

/** Link schemes a body may use; a link without a scheme (relative, #anchor) is always fine. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

const MARKDOWN = 'Markdown (write \\< and \\{ for a literal < or {)';
const RUNS = 'which would run as code when the site is built';
const SAFE_LINK = 'an http:, https:, mailto: or relative link';

/**
 * A relative image ("chart.png", "./img/chart.png") is a file next to the content, which Astro would try to
 * import (failing the build with a stack trace when it is missing) and the content check reports as a stray
 * file when it is there: images the site shows live in public/ (written "/chart.png") or at an https: address.
 */
const isFileNextToContent = (url: string) => url !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url.trim());

const localImage = (url: string) => ({
  what: `the image "${shorten(url)}"`,
  why: 'a file next to the content, which the site does not publish',
  expected: 'an image in public/, written from the site root ("/images/chart.png"), or an https: address',
});

/** Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so the check does too. */
export function unsafeScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  return scheme && !SAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** What is wrong with one attribute of an allowed element, if anything. */
function attributeProblem(element: string, attribute: JsxAttribute): Omit<UnsafePart, 'line'> | undefined {
  const on = `on <${element}>`;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return {
      what: `the spread {${shorten(String(attribute.value))}} ${on}`,
      why: RUNS,
      expected: 'attributes with quoted values, such as title="…"',
    };
  }
  const name = attribute.name ?? '';
  if (attribute.value && typeof attribute.value === 'object') {
    const code = String((attribute.value as { value?: unknown }).value ?? '');
    return {
      what: `the expression ${name}={${shorten(code)}} ${on}`,
      why: RUNS,
      expected: `a quoted value, ${name}="…"`,
    };
  }
  if (/^on/i.test(name)) {
    return {
      what: `the event handler ${name} ${on}`,
      why: "which would run in the reader's browser",
      expected: 'no event handlers: reading pages run no JavaScript',
    };
  }
  if (name.toLowerCase() === 'style') {
    return {
      what: `a style attribute ${on}`,
      expected: "Markdown emphasis or an element such as <mark>: the site's look comes from its stylesheet",
    };
  }
  if (
    element === 'img' &&
    name === 'src' &&
    typeof attribute.value === 'string' &&
    isFileNextToContent(attribute.value)
  ) {
    return localImage(attribute.value);
  }
  const scheme =
    typeof attribute.value === 'string' && URL_ATTRIBUTES.has(name.toLowerCase())
      ? unsafeScheme(attribute.value)
      : undefined;
  return scheme ? { what: `the ${scheme}: URL in ${name} ${on}`, expected: SAFE_LINK } : undefined;
}

/** What is wrong with one node (not its children), if anything. */
export function nodeProblem(node: MdastNode): Omit<UnsafePart, 'line'> | undefined {
  const value = 'value' in node && typeof node.value === 'string' ? node.value : '';
  switch (node.type) {
    case 'mdxjsEsm': {
      const what = /^\s*export\b/.test(value) ? 'an export' : 'an import';
      return {
        what: `${what} (${shorten(value)})`,
        why: RUNS,
        expected: `${MARKDOWN}: the site provides no components to bodies`,
      };
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return {
        what: `the expression {${shorten(value)}}`,
        why: RUNS,
        expected: MARKDOWN,
      };
    case 'html':
      return { what: `raw HTML (${shorten(value)})`, expected: MARKDOWN };
    case 'link':
    case 'image':
    case 'definition': {
      const url = 'url' in node && typeof node.url === 'string' ? node.url : '';
      const scheme = unsafeScheme(url);
      if (!scheme && node.type === 'image' && isFileNextToContent(url)) return localImage(url);
      if (!scheme) return undefined;
      return {
        what: `the ${node.type === 'image' ? 'image' : 'link'} "${shorten(url)}"`,
        why: `a ${scheme}: URL`,
        expected: SAFE_LINK,
      };
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = 'name' in node && typeof node.name === 'string' ? node.name : '';
      if (!name) return undefined; // A fragment, <>…</>, renders only its children.
      if (!/^[a-z][a-z0-9]*$/.test(name)) {
        return {
          what: `the component <${name}>`,
          why: 'which the site does not provide to bodies',
          expected: MARKDOWN,
        };
      }
      if (!ALLOWED_ELEMENTS.has(name)) {
        return {
          what: `the element <${name}>`,
          why: "which could run or load code, or restyle the page, in the reader's browser",
          expected: `${MARKDOWN}, or plain HTML such as <abbr>, <kbd>, <sub>, <sup>, <mark>`,
        };
      }
      const attributes = 'attributes' in node && Array.isArray(node.attributes) ? node.attributes : [];
      for (const attribute of attributes as JsxAttribute[]) {
        const problem = attributeProblem(name, attribute);
        if (problem) return problem;
      }
      return undefined;
    }
  }
  return undefined;
}

const childrenOf = (node: MdastNode): MdastNode[] =>
  'children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]) : [];

/** The first name of a component element (`Chart` for `<Chart.Bar />`), or undefined for anything else. */
function componentOf(node: MdastNode): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const name = 'name' in node && typeof node.name === 'string' ? node.name : '';
  return /^[a-z][a-z0-9]*$/.test(name) ? undefined : name.split(/[.:]/)[0] || undefined;
}

/** Every part of a parsed body outside the subset, in document order. */
export function unsafePartsOf(root: MdastNode): UnsafePart[] {
  const parts: UnsafePart[] = [];
  // A component brought in by an import is the import's mistake: reported once, with the import.
  const imports = childrenOf(root)
    .filter((node) => node.type === 'mdxjsEsm')
    .map((node) => ('value' in node ? String(node.value) : ''));
  const imported = (node: MdastNode) => {
    const name = componentOf(node);
    return name !== undefined && imports.some((esm) => new RegExp(`\\b${name}\\b`).test(esm));
  };
  const visit = (node: MdastNode) => {
    const problem = nodeProblem(node);
    if (!problem) childrenOf(node).forEach(visit);
    // The children of a refused element are not reported again: one mistake, one line.
    else if (!imported(node)) parts.push({ line: node.position?.start.line ?? 1, ...problem });
  };
  visit(root);
  return parts;
}

/** Every part of an MDX body outside the subset. The body must be valid MDX (body.ts, bodyBlocks). */
export const unsafeParts = (body: string): UnsafePart[] => unsafePartsOf(mdxToMdast(body));

/** "the expression {x} at line 6, which would run as code …": what was found, where and why it is refused. */
export const foundAt = (part: UnsafePart, where = `line ${part.line}`): string =>
  `${part.what} at ${where}${part.why ? `, ${part.why}` : ''}`;

/**
 * A satteri mdast plugin (markdown.processor / mdx({ processor })) that refuses any MDX file with a part
 * outside the subset, naming the file and line in one line per part. The content check normally reports
 * these first; this keeps a page from ever being compiled with one, whatever path it takes.
 */
export const mdxSafety = defineMdastPlugin({
  name: 'ladder-mdx-safety',
  options: { position: true },
  before(root, context) {
    if (context.sourceFormat !== 'mdx') return;
    const parts = unsafePartsOf(root as MdastNode);
    if (parts.length === 0) return;
    const file = context.fileURL ? decodeURIComponent(context.fileURL.pathname) : 'an MDX file';
    const error = new Error(
      parts.map((part) => `${file}: body: found ${foundAt(part)}; expected ${part.expected}`).join('\n'),
    );
    // The problem is in the content, not in the code: a stack trace would only point into the compiler.
    if (!process.env.DEBUG) error.stack = error.message;
    throw error;
  },
});
