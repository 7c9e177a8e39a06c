/**
 * The one policy for a chunk loaded on demand: a failed load is tried once more at once; a second
 * failure is final for the page (the promise stays rejected, so nothing asks again on every
 * update), and the widget that needed the chunk shows its error state, which warns once.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load().catch(() => load()));
}
