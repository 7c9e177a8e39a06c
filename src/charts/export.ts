import type { Messages } from '../i18n/messages.js';
import type { Credit } from '../internal/source-credit.js';
import type { ChartModel } from './types.js';

/** Credits as one line of plain text, links written out: for the CSV and the PNG. */
export function sourceText(credits: readonly Credit[], t: Messages): string {
  if (credits.length === 0) return t.sourceMissing;
  const list = credits.map(
    (c) =>
      `${c.name}${c.date ? t.parens(c.date) : ''}${c.via ? `${t.comma}${t.via(c.via)}` : ''}${c.href ? `${t.comma}${c.href}` : ''}`,
  );
  return `${t.source}${t.colon}${list.join(t.listSeparator)}`;
}

/** A header: the series label, with the unit when there is one. */
export function header(label: string, unit: string | undefined): string {
  return unit ? `${label} (${unit})` : label;
}

/**
 * A text cell, quoted when it holds a separator, and defused when a spreadsheet would read it
 * as a formula (https://owasp.org/www-community/attacks/CSV_Injection).
 */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The chart's data as CSV (RFC 4180, CRLF): a header row, one row per label, then notes and the source. */
export function toCSV(model: ChartModel, t: Messages, noteHeader: string): string {
  const rows: string[] = [
    [model.categoryHeader, ...model.series.map((s) => header(s.label, model.unit))].map(cell).join(','),
  ];
  model.labels.forEach((label, i) => {
    rows.push([cell(label), ...model.series.map((s) => model.raw(s.values[i]!, s.derived[i]!))].join(','));
  });
  for (const note of model.notes) rows.push(`${cell(noteHeader)},${cell(note)}`);
  // "Source: A; B" gives "Source,A; B"; "Source not stated" has no such prefix and is kept whole.
  const prefix = `${t.source}${t.colon}`;
  const source = model.sourceText.startsWith(prefix)
    ? model.sourceText.slice(prefix.length)
    : model.sourceText;
  rows.push(`${cell(t.source)},${cell(source)}`);
  return `${rows.join('\r\n')}\r\n`;
}
