/** The languages with message tables; any other locale gets English words and its own numbers. */
export type MessageLang = 'en' | 'zh';

const valid = new Map<string, string>();

/** A canonical BCP 47 tag for `tag`, or `undefined` when it is not one. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  const raw = tag?.trim();
  if (!raw) return undefined;
  let canonical = valid.get(raw);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(raw)[0] ?? '';
    } catch {
      canonical = '';
    }
    valid.set(raw, canonical);
  }
  return canonical || undefined;
}

/** The message table for a locale. */
export function messageLang(locale: string): MessageLang {
  return /^zh\b/i.test(locale) ? 'zh' : 'en';
}

/**
 * The locale an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else `en`.
 */
export function resolveLocale(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const tag = canonicalLocale(node.getAttribute('lang'));
      if (tag) return tag;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}
