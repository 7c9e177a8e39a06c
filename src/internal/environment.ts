/** An element that re-reads its inherited language and colour scheme when the page changes them. */
export interface EnvironmentListener {
  environmentChanged(): void;
}

const listeners = new Set<EnvironmentListener>();
let observer: MutationObserver | undefined;

/**
 * One observer for the page serves every widget: `lang` anywhere, and the attributes a theme
 * switch usually toggles on <html> or <body>. A change in the reader's own preference needs no watching:
 * `light-dark()` follows it by itself.
 */
function start(): void {
  let pending = false;
  const root = document.documentElement;
  observer = new MutationObserver((records) => {
    const relevant = records.some(
      (r) => r.attributeName === 'lang' || r.target === root || r.target === document.body,
    );
    if (pending || !relevant) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      for (const listener of listeners) listener.environmentChanged();
    });
  });
  observer.observe(root, {
    attributes: true,
    subtree: true,
    attributeFilter: ['lang', 'class', 'style', 'data-theme', 'data-color-scheme'],
  });
}

export function watchEnvironment(listener: EnvironmentListener): void {
  listeners.add(listener);
  if (!observer) start();
}

export function unwatchEnvironment(listener: EnvironmentListener): void {
  listeners.delete(listener);
}
