/**
 * The few lines a host page (a wiki page) needs to size the embed's iframe to its content. One source for
 * the served file (src/pages/embed-host.js.ts), the embed-help page and docs/embedding.md (a unit test
 * keeps the docs copy identical).
 *
 * Kept in Prettier's format, so that formatting docs/embedding.md leaves its copy identical.
 * It accepts only the documented messages, only from an iframe marked data-career-ladder whose own window
 * sent them, and only when the sender's origin is that iframe's origin. It is plain ES5-style script so
 * that it can be pasted inline into any wiki page.
 *
 * The greeting: the embed's first message is answered with a view message (the part of the frame on
 * screen, in the frame's pixels), sent again on every scroll and resize, so that the embed can keep its
 * result bar in view in a frame as tall as its content (src/lib/embed/greeting.ts).
 *
 * No silent failure: a frame that has loaded but sent nothing after QUIET_SECONDS (a wrong parentOrigin
 * makes the browser drop every message; a frame-ancestors refusal shows an error page) gets a console
 * warning naming the likely causes.
 */

/** Heights above this are clipped: a sanity bound against abuse, far above the tallest calculator. */
export const MAX_FRAME_HEIGHT = 100000;
/** How long a loaded frame may stay silent before the host script says so in the console. */
export const QUIET_SECONDS = 5;

export const HOST_SCRIPT = `// Career ladder embed: size each <iframe data-career-ladder> to its content, answer its greeting
// with the part of it on screen (so it keeps its result in view while the page scrolls), and warn in
// the console when one stays silent (wrong parentOrigin, framing refused).
(function () {
  var MAX_HEIGHT = ${MAX_FRAME_HEIGHT};
  var QUIET_SECONDS = ${QUIET_SECONDS};
  var heard = [];
  var warned = [];
  var watched = [];
  var viewPending = false;
  function frames() {
    return document.querySelectorAll('iframe[data-career-ladder]');
  }
  function originOf(frame) {
    return new URL(frame.src, location.href).origin;
  }
  function sendView(frame) {
    if (!frame.contentWindow) return;
    var box = frame.getBoundingClientRect();
    var top = Math.max(0, -box.top);
    var bottom = Math.max(top, Math.min(box.height, window.innerHeight - box.top));
    frame.contentWindow.postMessage(
      { type: 'career-ladder:view', version: 1, top: Math.floor(top), bottom: Math.ceil(bottom) },
      originOf(frame),
    );
  }
  function sendViews() {
    if (viewPending) return;
    viewPending = true;
    requestAnimationFrame(function () {
      viewPending = false;
      heard.forEach(sendView);
    });
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data.type !== 'string' || data.type.indexOf('career-ladder:') !== 0) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      if (originOf(frame) !== event.origin) return;
      if (heard.indexOf(frame) < 0) {
        heard.push(frame);
        sendView(frame);
      }
      if (warned.indexOf(frame) >= 0) {
        warned.splice(warned.indexOf(frame), 1);
        console.info('Career ladder embed: ' + frame.src + ' answered after all; ignore the warning above.');
      }
      if (data.type !== 'career-ladder:resize' || data.version !== 1) return;
      if (typeof data.height !== 'number' || !(data.height > 0)) return;
      frame.style.height = Math.min(Math.ceil(data.height), MAX_HEIGHT) + 'px';
      sendView(frame);
    });
  });
  // Capture: some wiki skins scroll a box inside the page rather than the page itself.
  window.addEventListener('scroll', sendViews, true);
  window.addEventListener('resize', sendViews);
  function watch(frame) {
    if (watched.indexOf(frame) >= 0) return;
    watched.push(frame);
    frame.addEventListener('load', function () {
      setTimeout(function () {
        if (heard.indexOf(frame) >= 0 || warned.indexOf(frame) >= 0) return;
        warned.push(frame);
        console.warn(
          'Career ladder embed: ' +
            frame.src +
            ' has sent no message ' +
            QUIET_SECONDS +
            " s after loading, so the frame cannot follow its height. Check that its parentOrigin is this page's origin, " +
            location.origin +
            ', and that the ladder site allows this page in Content-Security-Policy frame-ancestors.',
        );
      }, QUIET_SECONDS * 1000);
    });
  }
  frames().forEach(watch);
  document.addEventListener('DOMContentLoaded', function () {
    frames().forEach(watch);
  });
})();
`;
