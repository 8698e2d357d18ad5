// Steps of a wiki admin's journey: make a snippet with the ladder's own snippet builder, paste it into a
// wiki's editor, save, and read the page; plus what the page saw (messages, console errors).
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { model } from '../../e2e/calculator-support';
import type { BuilderSnippet, WikiHost } from './wikis';

export const FRAME = 'iframe[data-career-ladder]';
export const HELP_PATH = `${model.track.id}/embed-help/`;

export interface SnippetChoices {
  /** What the admin types as the wiki's address: any page of it. */
  wikiAddress: string;
  postResults?: boolean;
  storage?: 'local';
}

/**
 * Opens the ladder's "Embed in your wiki" page at `ladderOrigin`, types the wiki's address and picks `wiki`
 * in its snippet builder (the choices every snippet of the wiki shares).
 */
async function openBuilder(page: Page, ladderOrigin: string, wiki: WikiHost, wikiAddress: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ladderOrigin });
  await page.goto(`${ladderOrigin}/${HELP_PATH}`);
  await pickWiki(page, wiki, wikiAddress);
}

/** On the builder's page: types the wiki's address and picks `wiki`. */
async function pickWiki(page: Page, wiki: WikiHost, wikiAddress: string): Promise<void> {
  await page.getByLabel("Your wiki's address").fill(wikiAddress);
  await page.getByRole('radio', { name: wiki.name }).check();
}

/** Ticks the builder's options in `choices`. */
async function tickChoices(page: Page, choices: SnippetChoices): Promise<void> {
  if (choices.postResults) await page.getByRole('checkbox', { name: 'Send the result to the wiki page' }).check();
  if (choices.storage) await page.getByRole('checkbox', { name: "Keep ratings in the reader's browser" }).check();
}

/**
 * Copies `which` with its Copy button on the builder's page; returns what landed on the clipboard, once it
 * is the snippet the page shows (after a second copy on one visit, "Copied" is already there and the
 * clipboard holds the first snippet until the new one lands).
 */
async function copyFromBuilder(page: Page, which: BuilderSnippet): Promise<string> {
  await page.getByRole('button', { name: which.copyButton, exact: true }).click();
  await expect(page.locator(`[data-copy-status="${which.snippet}"]`)).toHaveText(/^Copied/);
  const shown = await page.locator(`[data-snippet="${which.snippet}"]`).textContent();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard, { message: 'the clipboard holds the snippet shown' }).toBe(shown);
  return clipboard();
}

/**
 * Opens the ladder's "Embed in your wiki" page at `ladderOrigin`, makes the snippet for `wiki` with
 * `choices` and copies it with the page's Copy button; returns what landed on the clipboard.
 */
export async function copySnippet(
  page: Page,
  ladderOrigin: string,
  wiki: WikiHost,
  choices: SnippetChoices,
): Promise<string> {
  await openBuilder(page, ladderOrigin, wiki, choices.wikiAddress);
  await tickChoices(page, choices);
  return copyFromBuilder(page, wiki);
}

/**
 * An admin setting up `wiki` for two pages on one visit to the builder: with the wiki's address typed and
 * the wiki picked, copies the wiki's own settings (when it has any; made before any option is ticked, as
 * copySnippet makes them) and applies them, copies the page snippet that keeps results in the frame, then
 * ticks "Send the result to the wiki page" and copies the one that sends them; returns both.
 */
export async function applySettingsAndCopyBothSnippets(
  page: Page,
  ladderOrigin: string,
  wiki: WikiHost,
  wikiAddress: string,
): Promise<{ keepingResults: string; postingResults: string }> {
  await openBuilder(page, ladderOrigin, wiki, wikiAddress);
  if (wiki.settings) await wiki.settings.apply(await copyFromBuilder(page, wiki.settings));
  const keepingResults = await copyFromBuilder(page, wiki);
  await tickChoices(page, { wikiAddress, postResults: true });
  return { keepingResults, postingResults: await copyFromBuilder(page, wiki) };
}

/**
 * On the builder's page a journey left open: types `choices.wikiAddress` over the wiki's address, picks
 * `wiki`, ticks or unticks "Send the result to the wiki page" as `choices.postResults` says, copies and
 * applies the wiki's own settings (when it has any) and copies the page snippet; returns the snippet.
 */
export async function copyAnotherSnippet(page: Page, wiki: WikiHost, choices: SnippetChoices): Promise<string> {
  await pickWiki(page, wiki, choices.wikiAddress);
  await page
    .getByRole('checkbox', { name: 'Send the result to the wiki page' })
    .setChecked(Boolean(choices.postResults));
  if (wiki.settings) await wiki.settings.apply(await copyFromBuilder(page, wiki.settings));
  return copyFromBuilder(page, wiki);
}

/**
 * Puts `text` back on the clipboard from the page open now (the builder or a wiki page), as an admin copies
 * a snippet again from where they kept it after the builder's Copy button put another one there.
 */
export async function copyAgain(page: Page, text: string): Promise<void> {
  const { origin } = new URL(page.url());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate(async (copied) => {
    // Only a focused page may write the clipboard, and a reader's last click may have been in the frame.
    (document.activeElement as HTMLElement | null)?.blur();
    await navigator.clipboard.writeText(copied);
  }, text);
}

/**
 * Rates one competency, every dimension at `level`, with the keyboard (a click can miss inside a frame
 * that the host keeps resizing).
 */
export async function rateOneCompetency(frame: FrameLocator, id: string, level: number): Promise<void> {
  const options = frame.locator(
    `section.calc-comp[data-competency="${id}"] .calc-dim input[type="radio"][value="${level}"]`,
  );
  const total = await options.count();
  expect(total).toBeGreaterThan(0);
  for (let i = 0; i < total; i++) await options.nth(i).press('Space');
}

/** Opens the wiki's editor for `title` and pastes the clipboard over its text (Ctrl+A, Ctrl+V), not saved yet. */
async function pasteInEditor(page: Page, wiki: WikiHost, title: string, expected: string): Promise<void> {
  if (!wiki.editUrl || !wiki.editor || !wiki.save) throw new Error(`${wiki.name}: no editor and no way to publish`);
  await page.goto(wiki.editUrl(title));
  const editor = page.locator(wiki.editor);
  await editor.click();
  await editor.press('Control+A');
  await editor.press('Control+V');
  await expect(editor).toHaveValue(expected);
}

/**
 * Opens the wiki's editor for `title`, pastes the clipboard as a person would (Ctrl+V) and saves; for a
 * wiki edited outside the browser here, publishes what was copied.
 */
export async function pasteAndSave(page: Page, wiki: WikiHost, title: string, expected: string): Promise<void> {
  if (wiki.publish) {
    await wiki.publish(title, expected);
  } else {
    await pasteInEditor(page, wiki, title, expected);
    await wiki.save!(page);
  }
  // Leave the page open now (the saved page, calculator frame and all, or another of the wiki's pages), so
  // that nothing it logs or sends reaches what a test records next for its own visit, and that visit loads
  // a new document (TiddlyWiki's pages differ in their #fragment alone: going from one to another scrolls).
  await page.goto('about:blank');
}

/**
 * Pastes and saves as pasteAndSave does, then opens the page `title` at `readerUrl` with `record` (what the
 * journey records: messages, console, viewport) set up before the page's first script runs. When the wiki
 * shows the saved page at `readerUrl` itself (WikiHost.showsSavedPage), that is the page the journey reads:
 * `record` is set up just before Save, after the editor has done its work. Otherwise the journey leaves the
 * saved page for about:blank, sets up `record` and opens `readerUrl`.
 */
export async function pasteSaveAndOpen<T>(
  page: Page,
  wiki: WikiHost,
  title: string,
  expected: string,
  readerUrl: string,
  record: () => Promise<T>,
): Promise<T> {
  if (!wiki.publish && wiki.showsSavedPage && readerUrl === wiki.pageUrl(title, false)) {
    await pasteInEditor(page, wiki, title, expected);
    const recorded = await record();
    await wiki.save!(page);
    await expect(page).toHaveURL(readerUrl);
    return recorded;
  }
  await pasteAndSave(page, wiki, title, expected);
  const recorded = await record();
  await page.goto(readerUrl);
  return recorded;
}

/** The messages the wiki page receives, recorded from before its first script runs. */
export async function recordMessages(
  page: Page,
): Promise<() => Promise<{ origin: string; data: Record<string, unknown> }[]>> {
  await page.addInitScript(() => {
    const store = window as unknown as { __ladderMessages?: unknown[] };
    // A test that reads two pages adds this script twice, and every page runs both: one listener is enough.
    if (store.__ladderMessages) return;
    const received: unknown[] = [];
    store.__ladderMessages = received;
    window.addEventListener('message', (event) => received.push({ origin: event.origin, data: event.data }));
  });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { __ladderMessages: { origin: string; data: Record<string, unknown> }[] })
          .__ladderMessages,
    );
}

/**
 * Console errors and uncaught exceptions of the page and every frame in it, and its failed requests
 * (`METHOD path` on the page's own origin, the whole URL elsewhere). The console's "Failed to load
 * resource" lines do not say which resource, so requests are recorded apart instead.
 */
export function recordConsole(page: Page): { errors: string[]; warnings: string[]; failedRequests: string[] } {
  const seen = { errors: [] as string[], warnings: [] as string[], failedRequests: [] as string[] };
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const url = new URL(response.url());
    const where = url.origin === new URL(page.url()).origin ? `${url.pathname}${url.search}` : url.href;
    seen.failedRequests.push(`${response.request().method()} ${where}`);
  });
  page.on('requestfailed', (request) => seen.failedRequests.push(`${request.method()} ${request.url()} (failed)`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('Failed to load resource:')) return;
    if (message.type() === 'error') seen.errors.push(`${message.text()} (${message.location().url})`);
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(`uncaught: ${error.message}`));
  return seen;
}
