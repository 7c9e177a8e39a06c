/** A frozen record of `list` keyed by each item's `id`. */
export function byId<K extends string, T extends { readonly id: K }>(
  list: readonly T[],
): Readonly<Record<K, T>> {
  return Object.freeze(Object.fromEntries(list.map((item) => [item.id, item])) as Record<K, T>);
}
