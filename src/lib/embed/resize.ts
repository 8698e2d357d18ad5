/**
 * The resize messages: the embed tells the page around it how tall its content is, whenever that changes.
 * Started by the embed's island once the calculator has rendered, so the first height is the calculator's
 * and the host's placeholder height does not collapse to a loading line first.
 */
import { resizeMessage } from './messages';

/** The height of everything the embed shows (body has no margin, so its box is the content). */
function contentHeight(): number {
  return document.body.getBoundingClientRect().height;
}

/**
 * Posts a resize message now and on every change of the content height; returns a function that stops.
 * Does nothing when the page is not framed. `targetOrigin` is ?parentOrigin or '*' (a height tells nobody
 * anything).
 */
export function startResizeMessages(targetOrigin: string): () => void {
  if (window.parent === window || !('ResizeObserver' in window)) return () => {};
  let last = -1;
  const post = () => {
    const message = resizeMessage(contentHeight());
    if (message.height === last) return;
    last = message.height;
    window.parent.postMessage(message, targetOrigin);
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.body);
  post();
  return () => observer.disconnect();
}
