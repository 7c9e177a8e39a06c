import { figureOf, periodsOf } from '../../data/index.js';
import { SOURCES } from '../../data/sources.js';
import type { Figure, MetricId, SourceId } from '../../data/types.js';
import { REPORT_METRICS, type ReportSection } from './sections.js';

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
