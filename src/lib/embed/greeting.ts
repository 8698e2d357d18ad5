/**
 * The frame's side of the greeting with the host script. The embed's first resize message says hello; the
 * host script answers with a view message (which part of the frame is on screen) and sends one again
 * whenever the page scrolls. No answer within GREETING_SECONDS means no host script runs on the page (a wiki
 * that strips scripts, or the iframe pasted alone): the frame cannot follow its height and no result reaches
 * the page, so the embed says so inside itself instead of failing silently.
 *
 * The embed listens to nothing else, and only to its own parent (at ?parentOrigin when given): a view
 * message can do no more than move the result bar.
 */
import { readViewMessage, type ViewMessage } from './messages';

/** How long the embed waits for the host script's answer before it says none is there. */
export const GREETING_SECONDS = 5;

/**
 * Where the greeting stands: no answer yet; answered; no answer in time, but something sized the frame to
 * its content (a host script from before the greeting, or the page's own); or no answer at all.
 */
export type HostState = 'waiting' | 'answered' | 'sized' | 'silent';

/** True when the frame is as tall as its content: something on the page follows its resize messages. */
function sizedToContent(): boolean {
  return Math.abs(window.innerHeight - Math.ceil(document.body.getBoundingClientRect().height)) <= 1;
}

/** Insets of the on-screen part of the frame from its top and bottom edges, and that part's height (px). */
export interface ViewInsets {
  top: number;
  bottom: number;
  height: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The host's view of a frame `frameHeight` px tall, clamped to the frame (the host rounds, pages zoom). */
export function viewInsets(view: Pick<ViewMessage, 'top' | 'bottom'>, frameHeight: number): ViewInsets {
  const top = clamp(view.top, 0, frameHeight);
  const bottom = clamp(view.bottom, top, frameHeight);
  return { top, bottom: frameHeight - bottom, height: bottom - top };
}

/**
 * Shows the host's view to the page's CSS as --embed-view-top, --embed-view-bottom and --embed-view-height
 * on <html> (with data-embed-view set), where the embed's styles keep the result bar in view.
 */
function applyView(view: ViewMessage): void {
  const root = document.documentElement;
  const insets = viewInsets(view, window.innerHeight);
  root.style.setProperty('--embed-view-top', `${insets.top}px`);
  root.style.setProperty('--embed-view-bottom', `${insets.bottom}px`);
  root.style.setProperty('--embed-view-height', `${insets.height}px`);
  root.dataset.embedView = '';
}

/**
 * Listens for the host script's answers and reports the greeting's state as it changes (also on <html> as
 * data-embed-host, for the tests to wait on). Call it when the embed sends its first message; returns a
 * function that stops listening. Does nothing when the page is not framed.
 */
export function listenToHost(parentOrigin: string | undefined, onState: (state: HostState) => void): () => void {
  if (window.parent === window) return () => {};
  let state: HostState = 'waiting';
  const report = (next: HostState) => {
    state = next;
    document.documentElement.dataset.embedHost = next;
    onState(next);
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || (parentOrigin && event.origin !== parentOrigin)) return;
    const view = readViewMessage(event.data);
    if (!view) return;
    applyView(view);
    if (state !== 'answered') report('answered');
  };
  window.addEventListener('message', onMessage);
  report('waiting');
  const timer = window.setTimeout(() => {
    if (state === 'waiting') report(sizedToContent() ? 'sized' : 'silent');
  }, GREETING_SECONDS * 1000);
  return () => {
    window.removeEventListener('message', onMessage);
    window.clearTimeout(timer);
  };
}

/** The one line the embed shows when no host script answered, and where its link leads. */
export interface HostMissingLine {
  text: string;
  fixLabel: string;
  fixHref: string;
}

/**
 * What to say when no host script answered. `wikiOrigin` is the page around the frame as far as the embed
 * can tell (?parentOrigin, or the browser's ancestorOrigins or referrer); `helpHref` the track's "Embed in
 * your wiki" page, whose builder the link opens ready for that wiki.
 */
export function hostMissingLine(
  wikiOrigin: string | undefined,
  resultsRequested: boolean,
  helpHref: string,
): HostMissingLine {
  const page = wikiOrigin ? `the page at ${wikiOrigin}` : 'the page around this calculator';
  const results = resultsRequested ? ', and your result is not sent to the page' : '';
  const help = new URL(helpHref);
  if (wikiOrigin) help.searchParams.set('address', wikiOrigin);
  help.hash = 'no-host-script';
  return {
    text: `No host script answered from ${page}, so this frame keeps a fixed height and scrolls inside${results}.`,
    fixLabel: wikiOrigin ? `How to fix it on ${wikiOrigin}` : 'How to fix it on your wiki',
    fixHref: help.href,
  };
}
