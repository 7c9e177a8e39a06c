import { lazy } from './lazy.js';
import { warnOnce } from './warn.js';

/**
 * Defines an element on first sight: its module (and, for charts, Chart.js later) is fetched
 * only by pages that use the tag, so a page of stat cards loads none of it. The module defines
 * the tag when it runs. Tags inside other shadow roots are not seen: import the element's own
 * entry (`ip-report-widgets/chart`) there.
 */
export function autoload(tag: string, load: () => Promise<unknown>, near?: () => Promise<unknown>): void {
  const look = () => {
    if (!document.querySelector(tag)) return;
    observer.disconnect();
    // What a tag within 200 px of the viewport needs next starts downloading now, beside its module.
    const reach = innerHeight + 200;
    if (
      near &&
      [...document.querySelectorAll(tag)].some((el) => {
        const box = el.getBoundingClientRect();
        return box.bottom >= -200 && box.top <= reach;
      })
    ) {
      near().catch(() => {}); // its user reports the failure (see lazy.ts)
    }
    // Tried twice (see lazy.ts); the element then stays undefined and its fallback text shows.
    lazy(load)().catch((error) =>
      warnOnce('load-failed', `<${tag}> could not be loaded (tried twice): ${error}`),
    );
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
  look();
}
