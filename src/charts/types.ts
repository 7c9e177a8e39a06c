import type { Credit } from '../internal/source-credit.js';

/** One line or set of bars. */
export interface SeriesModel {
  readonly label: string;
  readonly values: readonly number[];
  /** Per value: computed here rather than reported, so drawn hatched and written with "≈". */
  readonly derived: readonly boolean[];
  /** Per value: how a derived one was derived (one of the chart's notes), for its tooltip. */
  readonly notes?: readonly (string | undefined)[];
}

/** Everything a chart shows, in one language, ready for the canvas, the table, the CSV and the summary. */
export interface ChartModel {
  /** A bundled chart id, or `chart` for an author's: names the downloaded files. */
  readonly id: string;
  readonly type: 'bar' | 'line';
  /** Bars along the y axis. */
  readonly horizontal: boolean;
  readonly title: string;
  readonly subtitle: string;
  /** Header of the table's first column and the CSV's: what the labels are. */
  readonly categoryHeader: string;
  readonly labels: readonly string[];
  readonly series: readonly SeriesModel[];
  /** What every value counts, when the headers and the value axis should say so. */
  readonly unit?: string;
  /** A value as the chart, table and summary write it. */
  readonly format: (value: number) => string;
  /** A value in words, as the summary says it: "about 147" when derived. */
  readonly spoken: (value: number, derived: boolean) => string;
  /** An axis tick. */
  readonly tick: (value: number) => string;
  /** A value as the CSV writes it: a plain number, derived ones rounded to one decimal. */
  readonly raw: (value: number, derived: boolean) => string;
  /** How derived values were derived, and other caveats. */
  readonly notes: readonly string[];
  readonly credits: readonly Credit[];
  /** The source line as plain text, for the CSV and the PNG. */
  readonly sourceText: string;
  /** The chart in words, for screen readers. */
  readonly summary: string;
}

/** An author's chart, as given in JSON (after validation). */
export interface AuthorChart {
  readonly title?: string;
  readonly subtitle?: string;
  readonly labels: readonly string[];
  readonly series: readonly { readonly label: string; readonly values: readonly number[] }[];
  readonly unit?: string;
  readonly type: 'bar' | 'line';
  readonly indexAxis: 'x' | 'y';
  readonly source?: { readonly name?: string; readonly url?: string };
}

/**
 * An author's own chart, as the child `<script type="application/json">` or the `data` property
 * gives it. Checked before use: anything else shows an error in the widget.
 */
export interface ChartData {
  readonly title?: string;
  readonly subtitle?: string;
  /** One label per value, e.g. years. */
  readonly labels: readonly (string | number)[];
  /** One or more series, each with one finite number per label. */
  readonly series: readonly { readonly label?: string; readonly values: readonly number[] }[];
  /** What the values count, shown on the value axis and in the table and CSV headers. */
  readonly unit?: string;
  /** `bar` (default) or `line`. */
  readonly type?: 'bar' | 'line';
  /** `y` for horizontal bars. */
  readonly indexAxis?: 'x' | 'y';
  /** Who published the figures; the link must be http(s). */
  readonly source?: { readonly name?: string; readonly url?: string };
}
