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
  whenPainted(() => {
    setTimeout(async () => {
      const hydrate = await load();
      await hydrate();
    });
  });
};

function whenPainted(then: () => void): void {
  if (!PerformanceObserver.supportedEntryTypes.includes('paint')) {
    requestAnimationFrame(then);
    return;
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    then();
  });
  // buffered: the paint may have happened before this script ran.
  observer.observe({ type: 'paint', buffered: true });
}

export default afterPaint;
