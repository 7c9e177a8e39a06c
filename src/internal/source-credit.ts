import { html, nothing, type TemplateResult } from 'lit';
import type { Credit } from './credits.js';
import type { Messages } from '../i18n/messages.js';

export { creditsFor, type Credit } from './credits.js';

/**
 * A credit as inline markup: what goes before it (the list separator), linked name, date,
 * "via …". One template per credit, not one per piece: a page of many widgets keeps fewer of
 * Lit's template instances alive.
 */
export function renderCredit(credit: Credit, t: Messages, before = ''): TemplateResult {
  const date = credit.date ? t.parens(credit.date) : nothing;
  const via = credit.via ? `${t.comma}${t.via(credit.via)}` : nothing;
  return credit.href
    ? html`${before}<a href=${credit.href} target="_blank" rel="noopener noreferrer"
          >${credit.name}<span class="sr-only">${` ${t.newTab}`}</span></a
        >${date}${via}`
    : html`${before}${credit.name}${date}${via}`;
}
