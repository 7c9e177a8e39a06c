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
    // By node type, not `instanceof`: a widget moved into an iframe's document has ancestors of
    // that frame's realm, which are not instances of this window's Element or ShadowRoot.
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) {
      const tag = canonicalLocale((node as Element).getAttribute('lang'));
      if (tag) return tag;
    }
    node = node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
  }
  return 'en';
}
