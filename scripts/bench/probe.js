// In-page probe of `npm run bench`, loaded first as a classic script by every benchmark page.
// It records long tasks and layout shifts from the start, and resolves `window.__bench.done`
// with `performance.now()` (milliseconds since navigation start) one frame after the page's
// condition is met, given by <html data-wait="…">:
//   cards    every custom element defined and rendered (none on a static page)
//   ready:N  N `ipr-ready` events (charts drawn)
//   bare:N   N `bare-drawn` events (charts drawn by the bare Chart.js page)
(() => {
  const longTasks = [];
  const shifts = [];
  const observe = (type, into) => {
    try {
      new PerformanceObserver((list) => into.push(...list.getEntries())).observe({ type, buffered: true });
    } catch {
      // Entry type not supported: reported as no entries.
    }
  };
  observe('longtask', longTasks);
  observe('layout-shift', shifts);

  /** After the next frame has been produced: rAF runs before paint, the message after it. */
  const afterNextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
    );

  const count = (event, n) =>
    new Promise((resolve) => {
      let seen = 0;
      if (n === 0) resolve();
      document.addEventListener(event, () => {
        if (++seen === n) resolve();
      });
    });

  const domReady = new Promise((resolve) =>
    document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', resolve) : resolve(),
  );

  const [kind, n] = (document.documentElement?.dataset.wait ?? 'cards').split(':');
  let condition;
  if (kind === 'ready') condition = count('ipr-ready', Number(n));
  else if (kind === 'bare') condition = count('bare-drawn', Number(n));
  else
    condition = domReady.then(async () => {
      const pending = [...document.querySelectorAll(':not(:defined)')];
      const tags = [...new Set(pending.map((e) => e.localName))];
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      await Promise.all(pending.map((e) => e.updateComplete));
    });

  const done = condition.then(afterNextFrame).then(() => performance.now());
  window.__bench = {
    done,
    longTasks: () => longTasks.map((e) => ({ start: e.startTime, duration: e.duration })),
    shifts: () => shifts.filter((e) => !e.hadRecentInput).map((e) => ({ at: e.startTime, value: e.value })),
  };
})();
