import { html, nothing, type TemplateResult } from 'lit';
import { SOURCES, sourceLink } from '../data/sources.js';
import type { SourceId } from '../data/types.js';
import { formatDate } from '../format/index.js';
import type { Messages } from '../i18n/messages.js';

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
    const title = t.shortTitle[id];
    return {
      name: title ? t.titled(t.publisher[id], title) : t.publisher[id],
      date: formatDate(source.date, locale),
      href: sourceLink(id),
      via: source.via ? t.publisher[source.via] : undefined,
    };
  });
}

/** A credit as inline markup: linked name, date, "via …". */
export function renderCredit(credit: Credit, t: Messages): TemplateResult {
  const name = credit.href
    ? html`<a href=${credit.href} target="_blank" rel="noopener noreferrer"
        >${credit.name}<span class="sr-only">${` ${t.newTab}`}</span></a
      >`
    : credit.name;
  return html`${name}${credit.date ? t.parens(credit.date) : nothing}${
    credit.via ? `${t.comma}${t.via(credit.via)}` : nothing
  }`;
}
