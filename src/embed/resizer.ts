/**
 * For the host page of `embed.html` iframes: sets each iframe's height to what its widget
 * reports, so it never scrolls or leaves a gap, and hides the fallback the iframe snippet puts
 * beside it. Load it once, anywhere on the page, at any time:
 * `<script src="…/ip-report-widgets-resizer.js" defer></script>`.
 *
 * It listens only to frames whose `src` is the `embed.html` beside this script (same origin and
 * path) and whose window sends from that origin, so no other frame can set its own height. When it
 * starts it asks each such frame for its height (a resizer loaded late, by a "delay JS"
 * optimiser, still sizes frames that reported before it ran). Frames inside open shadow roots and
 * frames added later are found when they report.
 */
import { warnOnce } from '../internal/warn.js';
import { FALLBACK_ATTRIBUTE, FRAME_HEIGHTS, HEIGHT_MESSAGE, HEIGHT_REQUEST } from './messages.js';

const OWN_FILE = /\/ip-report-widgets-resizer\.js(?:[?#]|$)/;

/** This script's address: `currentScript`, or, where a loader ran it without one, its tag by name. */
function ownAddress(): string | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  const tags = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return tags.map((s) => s.src).findLast((src) => OWN_FILE.test(src));
}

/** Every iframe of the document and of the open shadow roots in it, at any depth. */
function* framesIn(root: Document | ShadowRoot): Generator<HTMLIFrameElement> {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'iframe') yield el as HTMLIFrameElement;
    if (el.shadowRoot) yield* framesIn(el.shadowRoot);
  }
}

function start(embed: URL): void {
  const showsEmbed = (frame: HTMLIFrameElement) => {
    try {
      const src = new URL(frame.src);
      return src.origin === embed.origin && src.pathname === embed.pathname;
    } catch {
      return false;
    }
  };
  // A frame that navigated away keeps its src; where the page can see its address, so does this.
  const stillEmbed = (frame: HTMLIFrameElement) => {
    try {
      return frame.contentWindow?.location.pathname === embed.pathname;
    } catch {
      return true; // another origin: the message's origin was checked
    }
  };
  addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== embed.origin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return;
    for (const frame of framesIn(document)) {
      // Only the frame the message came from: a page cannot resize another page's frame.
      if (frame.contentWindow !== event.source) continue;
      if (!showsEmbed(frame) || !stillEmbed(frame)) return;
      const fitted = Math.min(Math.max(Math.ceil(height), FRAME_HEIGHTS.min), FRAME_HEIGHTS.max);
      frame.style.height = `${fitted}px`;
      for (const sibling of frame.parentElement?.children ?? []) {
        if (sibling.hasAttribute(FALLBACK_ATTRIBUTE)) (sibling as HTMLElement).style.display = 'none';
      }
      return;
    }
  });
  for (const frame of framesIn(document)) {
    // Sent to the embed page's origin only: a frame showing anything else never receives it.
    if (showsEmbed(frame)) frame.contentWindow?.postMessage({ type: HEIGHT_REQUEST }, embed.origin);
  }
}

const address = ownAddress();
if (address) {
  const embed = new URL('embed.html', address);
  // Once per embed page, however many snippets pasted the script.
  const key = Symbol.for('ip-report-widgets.resizer');
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const started = (store[key] ??= new Set());
  if (!started.has(embed.href)) {
    started.add(embed.href);
    start(embed);
  }
} else {
  warnOnce('resizer-unplaced', 'the resizer cannot tell where it was loaded from, so it resizes no frame');
}
