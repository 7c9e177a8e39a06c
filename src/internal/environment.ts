/** An element that re-reads its inherited language and colour scheme when the page changes them. */
export interface EnvironmentListener {
  environmentChanged(): void;
}

const listeners = new Set<EnvironmentListener>();
let observers: MutationObserver[] = [];
let scheme: MediaQueryList | undefined;
let pending = false;

function notify(): void {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    for (const listener of listeners) listener.environmentChanged();
  });
}

function start(): void {
  // `lang` anywhere; theme switches usually toggle a class or attribute on <html> or <body>.
  // Two observers, because observing one target again replaces the options of the first call.
  const lang = new MutationObserver(notify);
  lang.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  const theme = new MutationObserver(notify);
  const themeAttributes = ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'];
  theme.observe(document.documentElement, { attributes: true, attributeFilter: themeAttributes });
  if (document.body) theme.observe(document.body, { attributes: true, attributeFilter: themeAttributes });
  observers = [lang, theme];
  scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', notify);
}

function stop(): void {
  for (const o of observers) o.disconnect();
  observers = [];
  scheme?.removeEventListener('change', notify);
  scheme = undefined;
}

/** One shared observer serves every connected widget; it runs only while one is connected. */
export function watchEnvironment(listener: EnvironmentListener): void {
  listeners.add(listener);
  if (observers.length === 0) start();
}

export function unwatchEnvironment(listener: EnvironmentListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) stop();
}

/** How many widgets are listening: for leak tests. */
export function environmentListenerCount(): number {
  return listeners.size;
}
