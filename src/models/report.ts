/**
 * The model of `<ipr-report>`: which sections it shows, the figures and charts in them, and every
 * source of what they show, as lines ready to render.
 */
import { figureOf, periodsOf } from '../data/index.js';
import { SOURCES, sourceLink } from '../data/sources.js';
import type { Figure, MetricId, SourceId } from '../data/types.js';

import { SOURCE_TITLES } from '../data/source-titles.js';
import { formatDate } from '../format/index.js';
import type { MessageLang } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';

/** The parts of `<ipr-report>`, in the order it shows them; `sections` picks among them. */
export const REPORT_SECTIONS = ['headline', 'stats', 'charts', 'takeaways', 'sources'] as const;

export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The four 2024 figures the report shows as stat cards, in the order of the article. */
export const REPORT_METRICS = [
  'ip-crime-prosecutions',
  'punitive-damages-cases',
  'ev-trade-secret-award',
  'ip-cases-concluded',
] as const;

/** The bundled charts the report shows: the punitive-damages trend and the growth comparison. */
export const REPORT_CHARTS = ['punitive-damages-trend', 'growth-comparison'] as const;

/**
 * Reads a `sections` value: names separated by spaces or commas, any case. Unknown names are
 * returned apart; with no known name at all, every section is shown.
 */
export function parseSections(value: string | null | undefined): {
  readonly sections: readonly ReportSection[];
  readonly unknown: readonly string[];
} {
  const names = (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const known = (name: string): name is ReportSection =>
    (REPORT_SECTIONS as readonly string[]).includes(name);
  const picked = new Set(names.filter(known));
  return {
    sections: picked.size ? REPORT_SECTIONS.filter((s) => picked.has(s)) : REPORT_SECTIONS,
    unknown: names.filter((n) => !known(n)),
  };
}

/** The figures behind each chart the report shows (all periods of a trend; the latest of a comparison). */
const chartFigures = (): Figure[] => [
  ...periodsOf('punitive-damages-cases').map((p) => figureOf('punitive-damages-cases', p)!),
  ...(['punitive-damages-cases', 'ip-crime-prosecutions', 'ip-cases-concluded'] as MetricId[]).map((m) =>
    figureOf(m)!,
  ),
];

/**
 * Every source of what the shown sections show, the texts they were read in included: the
 * reports first, then the article that carried them, then the rest, newest first.
 */
export function reportSources(sections: readonly ReportSection[]): SourceId[] {
  const ids: SourceId[] = [];
  const figures: Figure[] = [];
  if (sections.includes('stats')) figures.push(...REPORT_METRICS.map((m) => figureOf(m)!));
  if (sections.includes('charts')) figures.push(...chartFigures());
  // The headline and the takeaways speak of the two reports themselves.
  if (sections.includes('headline') || sections.includes('takeaways') || figures.length === 0) {
    ids.push('spc-2025', 'spp-2025');
  }
  for (const f of figures) ids.push(...f.sources);
  for (const id of [...ids]) {
    const via = SOURCES[id].via;
    if (via) ids.push(via);
  }
  const rank = (id: SourceId) => (SOURCES[id].via ? 0 : ids.some((i) => SOURCES[i].via === id) ? 1 : 2);
  return [...new Set(ids)].sort(
    (a, b) => rank(a) - rank(b) || (rank(a) < 2 ? 0 : SOURCES[b].date.localeCompare(SOURCES[a].date)),
  );
}

/** One line of the report's list of sources. */
export interface SourceLine {
  readonly publisher: string;
  /** Title, date and "read via", written as one run of text with its commas. */
  readonly details: string;
  readonly href?: string;
  readonly host?: string;
}

/** The sources list of the shown sections, in a language. */
export function sourceLines(
  sections: readonly ReportSection[],
  t: Messages,
  lang: MessageLang,
  locale: string,
  words: { cite(title: string): string; readVia(publisher: string): string },
): SourceLine[] {
  return reportSources(sections).map((id) => {
    const source = SOURCES[id];
    const href = sourceLink(id);
    // One run of text: white space between the parts would show before the commas.
    const details = `${t.comma}${words.cite(SOURCE_TITLES[id][lang])}${t.parens(formatDate(source.date, locale))}${
      source.via ? `${t.comma}${words.readVia(t.publisher[source.via])}` : ''
    }${t.comma}`;
    return { publisher: t.publisher[id], details, href, host: href && new URL(href).hostname };
  });
}
