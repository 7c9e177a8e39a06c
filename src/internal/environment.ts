/** An element that re-reads its inherited language when the page changes it. */
export interface EnvironmentListener {
  environmentChanged(): void;
}

const listeners = new Set<EnvironmentListener>();
let observer: MutationObserver | undefined;

/**
 * One observer for the page serves every widget, and watches only `lang`. The colour scheme
 * needs no watching: `light-dark()` follows the reader's preference and an inherited
 * `color-scheme` by itself.
 */
export function watchEnvironment(listener: EnvironmentListener): void {
  listeners.add(listener);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const l of listeners) l.environmentChanged();
  });
  observer.observe(document.documentElement, { subtree: true, attributeFilter: ['lang'] });
}

export function unwatchEnvironment(listener: EnvironmentListener): void {
  listeners.delete(listener);
}
