/**
 * The `client:afterpaint` directive, run in the browser: the island's script is requested once the browser
 * reports the page's first contentful paint, so the server-rendered HTML is on screen first. Waiting for a
 * requestAnimationFrame (then a task) was tried and is not enough on a busy machine: the frame is produced,
 * but put on screen a second later, after the script has been fetched and run. (`client:idle` sometimes ran
 * before the first paint too.) Where paint timing is not supported, the frame is what is waited for.
 *
 * The paint entry is one signal from the browser, and a calculator that never starts is worse than one that
 * starts before its first paint: if no first contentful paint is reported within FALLBACK_AFTER_LOAD_MS of
 * the page's load event, the island hydrates anyway (decision 0021). A hidden tab, which paints nothing,
 * hydrates that way too.
 */
import type { ClientDirective } from 'astro';

/** Long after a first paint on any machine we measured (1.2–1.8 s from navigation on a busy one). */
export const FALLBACK_AFTER_LOAD_MS = 3000;

const afterPaint: ClientDirective = (load) => {
  let requested = false;
  const hydrate = async () => {
    if (requested) return;
    requested = true;
    (await load())();
  };
  if (!PerformanceObserver.supportedEntryTypes.includes('paint')) {
    // A frame's callbacks run before it is painted; a task queued from one runs after.
    requestAnimationFrame(() => setTimeout(hydrate));
    return;
  }
  // The observer's callback is a task of its own, run after the paint it reports.
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    void hydrate();
  });
  // buffered: the paint may have happened before this script ran.
  observer.observe({ type: 'paint', buffered: true });

  const fallback = () =>
    setTimeout(() => {
      observer.disconnect();
      void hydrate();
    }, FALLBACK_AFTER_LOAD_MS);
  if (document.readyState === 'complete') fallback();
  else window.addEventListener('load', fallback, { once: true });
};

export default afterPaint;
