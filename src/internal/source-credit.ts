import { html, nothing, type TemplateResult } from 'lit';
import type { Credit } from './credits.js';
import type { Messages } from '../i18n/messages.js';

export { creditsFor, type Credit } from './credits.js';

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
