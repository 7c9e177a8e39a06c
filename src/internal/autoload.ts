import { warnOnce } from './warn.js';

/**
 * Elements defined on first sight: their code (and Chart.js) is fetched only by pages that use
 * them, so a page of stat cards loads none of it. Each loader defines its tag when it runs.
 */
const loaders: Record<string, () => Promise<unknown>> = {};

/** Registers a tag whose module is imported the first time the tag appears in the document. */
export function autoload(tag: string, load: () => Promise<unknown>): void {
  loaders[tag] = load;
  scan(document);
  observer ??= new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document, { childList: true, subtree: true });
}

let observer: MutationObserver | undefined;

function scan(root: ParentNode & Node): void {
  for (const tag of Object.keys(loaders)) {
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
  }
}

function load(tag: string): void {
  const loader = loaders[tag];
  if (!loader) return;
  delete loaders[tag];
  loader().catch((error) => warnOnce('load-failed', `could not load <${tag}>: ${error}`));
  if (Object.keys(loaders).length === 0) observer?.disconnect();
}
