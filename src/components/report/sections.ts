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
