/** A string in each language the widgets ship message tables for. */
export interface Localized {
  readonly en: string;
  readonly zh: string;
}

/** How a figure came to be: printed in a source, carried from an earlier report, or computed here. */
export type FigureKind = 'reported' | 'context' | 'derived';

/** What a figure counts. Figures of different units never share an axis. */
export type Unit = 'cases' | 'people' | 'cny' | 'percent' | 'multiple';

export type SourceId =
  | 'lextalk-2025'
  | 'spp-2025'
  | 'spc-2025'
  | 'chinadaily-2024'
  | 'mondaq-2024-06-21'
  | 'xinhua-2025-04-21'
  | 'xinhua-2025-04-23';

/** A publication a figure is taken from. Its names are in the message tables and SOURCE_TITLES. */
export interface Source {
  readonly id: SourceId;
  /** Publication date: ISO YYYY-MM-DD, or only the year where the day is not known. */
  readonly date: string;
  /** Address of the publication, when one was verified. */
  readonly url?: string;
  /** Where the figures of a source without its own link were read. */
  readonly via?: SourceId;
}

/** Ids of the figures a stat card can show with `metric="…"`. */
export type MetricId =
  | 'ip-crime-prosecutions'
  | 'punitive-damages-cases'
  | 'ip-cases-concluded'
  | 'ev-trade-secret-award'
  | 'punitive-damages-amount'
  | 'punitive-damages-share'
  | 'punitive-growth-multiple';

/** A change against the previous period, in percent (44.2 means +44.2 %). */
export interface Change {
  readonly percent: number;
  readonly kind: 'reported' | 'derived';
  /** The period compared against. */
  readonly against: string;
  /** For derived changes: the earlier value the change was computed from, with its rounding. */
  readonly from?: { readonly value: number; readonly period: string; readonly roundedTo?: number };
}

/** How a derived value was computed, kept so a note can show the working. */
export type Derivation =
  | {
      readonly op: 'back-from-growth';
      readonly base: number;
      readonly basePeriod: string;
      readonly growthPercent: number;
    }
  | {
      readonly op: 'share';
      readonly part: number;
      readonly whole: number;
    }
  | {
      readonly op: 'growth-multiple';
      readonly faster: number;
      readonly slower: number;
    };

/** One figure: a metric's value for one period, with its provenance. */
export interface Figure {
  readonly metric: MetricId;
  readonly period: string;
  readonly value: number;
  readonly unit: Unit;
  readonly kind: FigureKind;
  readonly sources: readonly SourceId[];
  readonly change?: Change;
  readonly derivation?: Derivation;
  /** The figure has a caveat a reader must see beside it (its text is in the message extras). */
  readonly caveat?: boolean;
  /** The source gives the figure rounded to this step (1000: "21,000" stands for 20,500 to 21,500). */
  readonly roundedTo?: number;
}

/** A bundled metric. Its label is in the message tables; its source wording in DESCRIPTIONS. */
export interface Metric {
  readonly id: MetricId;
  readonly unit: Unit;
}

/** A figure of another scope, kept for notes only and never put in a series. */
export interface ScopeNote {
  readonly about: MetricId;
  readonly period: string;
  readonly source: SourceId;
  readonly text: Localized;
}
