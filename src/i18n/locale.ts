/** The languages with message tables; any other locale gets English words and its own numbers. */
export type MessageLang = 'en' | 'zh';

/** A canonical BCP 47 tag for `tag`, or `undefined` when it is not one. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag?.trim() || [])[0];
  } catch {
    return undefined;
  }
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
