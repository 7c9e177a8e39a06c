import { SOURCES, sourceLink } from '../data/sources.js';
import type { SourceId } from '../data/types.js';
import { formatDate } from '../format/index.js';
import type { Messages } from '../i18n/messages.js';

// Apart from the markup in source-credit.ts, so the DOM-free data entry can use it.
/** One source as a credit line shows it. */
export interface Credit {
  readonly name: string;
  readonly date?: string;
  readonly href?: string;
  readonly via?: string;
}

/** Credits for bundled sources, in a language. */
export function creditsFor(ids: readonly SourceId[], t: Messages, locale: string): Credit[] {
  return ids.map((id) => {
    const source = SOURCES[id];
    return {
      name: t.credit[id] ?? t.publisher[id],
      date: formatDate(source.date, locale),
      href: sourceLink(id),
      via: source.via ? t.publisher[source.via] : undefined,
    };
  });
}
