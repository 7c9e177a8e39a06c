import { warnOnce } from './warn.js';

/**
 * Defines a custom element unless a tag of that name exists already, as when the library is
 * loaded twice (ESM and IIFE, or two copies): then the first definition stays and one warning
 * says so, instead of the `NotSupportedError` a second `define` throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    warnOnce('loaded-twice', 'another copy of the library already defined its elements; that copy is used');
  }
}

/**
 * Lit's `@customElement`, guarded as `defineElement` is: the class decorator that defines its
 * tag when the module runs, unless a tag of that name exists already.
 */
export function customElement(tag: string): (ctor: CustomElementConstructor) => void {
  return (ctor) => defineElement(tag, ctor);
}
