/**
 * For the host page of `embed.html` iframes: sets each iframe's height to what its widget
 * reports, so it never scrolls or leaves a gap. It does nothing else. Load it once, anywhere on
 * the page: `<script src="…/ip-report-widgets-resizer.js" defer></script>`.
 */
addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== 'ipr:height' || typeof height !== 'number' || !(height >= 0 && height < 100_000)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    // Only the frame the message came from: a page cannot resize another page's frame.
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  }
});
