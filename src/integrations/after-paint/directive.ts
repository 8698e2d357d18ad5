/**
 * The `client:afterpaint` directive, run in the browser: the island's script is requested once the browser
 * reports the page's first contentful paint, so the server-rendered HTML is on screen first. Waiting for a
 * requestAnimationFrame (then a task) was tried and is not enough on a busy machine: the frame is produced,
 * but put on screen a second later, after the script has been fetched and run. (`client:idle` sometimes ran
 * before the first paint too.) Where paint timing is not supported, the frame is what is waited for. A hidden
 * tab paints nothing, so there the island hydrates when the tab is first shown.
 */
import type { ClientDirective } from 'astro';

const afterPaint: ClientDirective = (load) => {
  const hydrate = async () => (await load())();
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
};

export default afterPaint;
