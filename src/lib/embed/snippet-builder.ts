/**
 * The embed-help page's snippet builder: reads the person's choices (wiki address, wiki, colours, level,
 * competencies, storage, results), rewrites every snippet on the page from this page's real address, shows
 * the chosen wiki's instructions, and copies a snippet on request. Without JavaScript the page keeps the
 * snippets rendered at build time, and the form stays hidden.
 */
import {
  DEFAULT_CHOICES,
  buildSnippets,
  embedAddress,
  wikiOriginOf,
  type EmbedChoices,
  type EmbedUrls,
  type Snippets,
} from './snippets';
import { joinBase } from '../routes';
import type { EmbedTheme } from './params';

/** The page's own origin and base path: what a wiki must load, not what the build was told. */
function pageUrls(root: HTMLElement): EmbedUrls {
  const { embedPath = '', base = '/' } = root.dataset;
  return {
    originKnown: true,
    embed: new URL(embedPath, window.location.href).href,
    hostScript: new URL(joinBase(base, 'embed-host.js'), window.location.href).href,
    origin: window.location.origin,
  };
}

interface Reading {
  choices: EmbedChoices;
  wiki: string;
  /** What to say about the wiki address field (empty, its origin, or why it is not usable). */
  addressStatus: string;
  addressInvalid: boolean;
}

function readForm(form: HTMLFormElement): Reading {
  const data = new FormData(form);
  const address = String(data.get('wiki-address') ?? '');
  const origin = wikiOriginOf(address);
  const competencyBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="competency"]')];
  const picked = competencyBoxes.filter((box) => box.checked).map((box) => box.value);
  const choices: EmbedChoices = {
    ...DEFAULT_CHOICES,
    theme: (data.get('theme') as EmbedTheme | null) ?? 'auto',
    storage: data.get('storage') === 'local' ? 'local' : 'memory',
    postResults: data.get('post-results') === '1',
  };
  if (origin) choices.wikiOrigin = origin;
  const level = String(data.get('level') ?? '');
  if (level) choices.level = level;
  // None picked means all, like leaving the parameter out; all picked needs no parameter either.
  if (picked.length > 0 && picked.length < competencyBoxes.length) choices.competencies = picked;
  const addressStatus =
    origin === undefined
      ? 'No wiki address: the snippets work on any page but cannot send results.'
      : origin === null
        ? `“${address.trim()}” is not a web address. Type one like https://wiki.example.com/Team/Ladder.`
        : `The snippets are for pages at ${origin}.`;
  return { choices, wiki: String(data.get('wiki') ?? 'html'), addressStatus, addressInvalid: origin === null };
}

function render(root: HTMLElement, form: HTMLFormElement, urls: EmbedUrls): void {
  const { choices, wiki, addressStatus, addressInvalid } = readForm(form);
  const { frameTitle = '', base = '/' } = root.dataset;
  const snippets = buildSnippets(urls, choices, frameTitle, base);
  for (const block of root.ownerDocument.querySelectorAll<HTMLElement>('[data-snippet-source]')) {
    const code = block.querySelector('code') ?? block;
    code.textContent = snippets[block.dataset.snippetSource as keyof Snippets] ?? '';
  }
  for (const section of root.querySelectorAll<HTMLElement>('[data-wiki-section]')) {
    section.hidden = section.dataset.wikiSection !== wiki;
  }
  const status = form.querySelector<HTMLElement>('[data-address-status]');
  if (status) status.textContent = addressStatus;
  form.querySelector('#wiki-address')?.setAttribute('aria-invalid', String(addressInvalid));
  // Results need a wiki to go to.
  const post = form.querySelector<HTMLInputElement>('input[name="post-results"]');
  if (post) post.disabled = !choices.wikiOrigin;
  const preview = root.querySelector<HTMLAnchorElement>('[data-preview]');
  if (preview) preview.href = embedAddress(urls, choices, false);
}

async function copy(button: HTMLButtonElement, root: ParentNode): Promise<void> {
  const name = button.dataset.copy;
  const block = root.querySelector<HTMLElement>(`[data-snippet="${name}"]`);
  const status = root.querySelector<HTMLElement>(`[data-copy-status="${name}"]`);
  if (!block || !status) return;
  try {
    await navigator.clipboard.writeText(block.textContent ?? '');
    status.textContent = 'Copied. Paste it into your wiki.';
  } catch {
    // No clipboard access (permissions, an old browser): select the text so a key press copies it.
    window.getSelection()?.selectAllChildren(block);
    status.textContent = 'Could not copy: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
  }
}

/**
 * A link to one wiki's instructions (#confluence, from search or another page) picks that wiki, so the
 * section it points at is the one in view. Returns the linked element, or null.
 */
function pickWikiFromHash(root: HTMLElement, form: HTMLFormElement): HTMLElement | null {
  const id = decodeURIComponent(root.ownerDocument.location.hash.slice(1));
  const target = id ? root.ownerDocument.getElementById(id) : null;
  const wiki = target?.closest<HTMLElement>('[data-wiki-section]')?.dataset.wikiSection;
  const radio = wiki ? form.querySelector<HTMLInputElement>(`input[name="wiki"][value="${CSS.escape(wiki)}"]`) : null;
  if (!target || !radio) return null;
  radio.checked = true;
  return target;
}

export function startSnippetBuilder(root: HTMLElement | null): void {
  const form = root?.querySelector<HTMLFormElement>('form[data-builder-form]');
  if (!root || !form) return;
  const urls = pageUrls(root);
  // The embed's "no host script answered" line links here with the wiki it sits in: make the snippet for it.
  const address = new URLSearchParams(window.location.search).get('address');
  const field = form.querySelector<HTMLInputElement>('#wiki-address');
  if (address && field && !field.value) field.value = address;
  const update = () => render(root, form, urls);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  root.ownerDocument.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    if (button) void copy(button, root.ownerDocument);
  });
  for (const hidden of root.ownerDocument.querySelectorAll<HTMLElement>('[data-copy-actions], [data-builder-form]')) {
    hidden.hidden = false;
  }
  // The snippets now carry this page's real address: the note about a placeholder no longer applies.
  for (const note of root.ownerDocument.querySelectorAll<HTMLElement>('[data-origin-note]')) note.hidden = true;
  const followHash = () => {
    const target = pickWikiFromHash(root, form);
    update();
    // Hiding the other wikis moved the section: bring it back below the sticky header.
    target?.scrollIntoView();
  };
  window.addEventListener('hashchange', followHash);
  followHash();
}
