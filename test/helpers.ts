import { expect, fixtureCleanup } from '@open-wc/testing';

/** Records console warnings (and keeps printing them) while a test runs. */
export function recordWarnings(): { readonly lines: string[]; restore(): void } {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {
    lines,
    restore: () => {
      console.warn = original;
    },
  };
}

/** Records uncaught errors and unhandled rejections in the page while a test runs. */
export function recordPageErrors(): { readonly errors: unknown[]; restore(): void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The visible text of an element's shadow root, with white space folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for Lit to finish rendering an element. */
export async function settled(el: Element): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Puts `markup` in a fresh container on the page and waits for every widget in it to render. */
export async function mount<T extends Element = HTMLElement>(
  markup: string,
  attrs: Record<string, string> = {},
): Promise<T> {
  const host = document.createElement('div');
  for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
  host.setAttribute('data-test-host', '');
  host.innerHTML = markup;
  document.body.append(host);
  const widgets = host.querySelectorAll('*');
  for (const w of widgets) if (w.localName.startsWith('ipr-')) await settled(w);
  return host.firstElementChild as T;
}

/** Removes what `mount` added. */
export function unmountAll(): void {
  for (const el of document.querySelectorAll('[data-test-host]')) el.remove();
  fixtureCleanup();
}

/** Fails when Lit printed a dev-mode warning (the built bundle is production; this guards regressions). */
export function expectNoLitWarnings(lines: readonly string[]): void {
  expect(lines.filter((l) => /lit\.dev\/msg|Lit is in dev mode/.test(l))).to.deep.equal([]);
}

/**
 * Records warnings and page errors around every test of the enclosing `describe`, unmounts what
 * the test mounted, and fails a test after which the page saw an uncaught error.
 */
export function watchPage(): {
  readonly warnings: string[];
  readonly errors: unknown[];
} {
  let warnings: ReturnType<typeof recordWarnings> | undefined;
  let pageErrors: ReturnType<typeof recordPageErrors> | undefined;
  const watched = {
    get warnings() {
      return warnings?.lines ?? [];
    },
    get errors() {
      return pageErrors?.errors ?? [];
    },
  };
  beforeEach(() => {
    warnings = recordWarnings();
    pageErrors = recordPageErrors();
  });
  afterEach(() => {
    warnings?.restore();
    pageErrors?.restore();
    unmountAll();
    expect(watched.errors).to.deep.equal([]);
  });
  return watched;
}

/**
 * Mounts a widget with bad input and checks the promise every widget keeps: a visible error
 * state naming `code` with `message`, one composed, bubbling `ipr-error`, one console warning,
 * no uncaught error, and no accessibility violation.
 */
export async function expectErrorState(
  mountBad: () => Promise<Element>,
  code: string,
  message: RegExp,
  page: { readonly warnings: string[]; readonly errors: unknown[] },
): Promise<Element> {
  const events: CustomEvent[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent);
  document.addEventListener('ipr-error', listener);
  const el = await mountBad();
  await settled(el);
  document.removeEventListener('ipr-error', listener);
  const error = el.shadowRoot!.querySelector('[part~="error"]');
  expect(error, 'error state').to.exist;
  expect(error!.getAttribute('data-code')).to.equal(code);
  expect(error!.textContent).to.match(message);
  expect(error!.getBoundingClientRect().height).to.be.greaterThan(20);
  expect(events.map((e) => e.detail.code)).to.deep.equal([code]);
  expect(events[0]!.composed && events[0]!.bubbles).to.equal(true);
  expect(page.warnings.filter((l) => l.includes(code))).to.have.length(1);
  expect(page.errors).to.deep.equal([]);
  await expect(el).to.be.accessible();
  return el;
}

/** The engine running this file: the runner (scripts/wtr.mjs) runs each file in all three. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /\bFirefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Whether the runner can emulate media (`print`, `prefers-reduced-motion`): WTR's `emulateMedia`
 * goes through CDP, which only Chromium speaks; Firefox (WebDriver BiDi) and WebKit (WebDriver
 * classic) have no command for it.
 */
export const canEmulateMedia = engine === 'chromium';

/**
 * Applies an element's own `@media print` rules on screen, by adopting a copy of their contents
 * into its shadow root: in engines whose driver cannot switch to print media, this checks what the
 * engine makes of the library's print rules. Returns a function that removes the copy.
 */
export function adoptPrintRules(el: Element): () => void {
  const root = el.shadowRoot!;
  const inner: string[] = [];
  const collect = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText)) {
        for (const r of rule.cssRules) inner.push(r.cssText);
      } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) collect(rule.cssRules);
    }
  };
  for (const sheet of root.adoptedStyleSheets) collect(sheet.cssRules);
  for (const style of root.querySelectorAll('style')) if (style.sheet) collect(style.sheet.cssRules);
  expect(inner.length, 'print rules').to.be.greaterThan(0);
  const copy = new CSSStyleSheet();
  copy.replaceSync(inner.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, copy];
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== copy);
  };
}
