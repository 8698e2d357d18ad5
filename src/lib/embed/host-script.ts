/**
 * The few lines a host page (a wiki page) needs to size the embed's iframe to its content. One source for
 * the served file (src/pages/embed-host.js.ts), the embed-help page and docs/embedding.md (a unit test
 * keeps the docs copy identical).
 *
 * It accepts only the documented resize message, only from an iframe marked data-career-ladder whose own
 * window sent it, and only when the sender's origin is that iframe's origin.
 */
export const HOST_SCRIPT = `// Career ladder embed: size each <iframe data-career-ladder> to its content.
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== 'career-ladder:resize' || data.version !== 1) return;
  if (typeof data.height !== 'number' || !(data.height > 0)) return;
  document.querySelectorAll('iframe[data-career-ladder]').forEach(function (frame) {
    if (frame.contentWindow !== event.source) return;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
  });
});
`;
