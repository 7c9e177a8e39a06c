import type { MetricId, SourceId } from '../data/types.js';
import type { MessageLang } from './locale.js';
import { lazy } from '../internal/lazy.js';
import { warnOnce } from '../internal/warn.js';
import en from './en.js';

/** Codes of the problems a widget reports in its error state, its warning and `ipr-error`. */
export type ErrorCode =
  | 'unknown-metric'
  | 'unknown-period'
  | 'missing-metric'
  | 'invalid-value'
  | 'invalid-change'
  | 'invalid-theme'
  | 'invalid-notation'
  | 'invalid-url'
  | 'url-credentials'
  | 'unknown-chart'
  | 'invalid-json'
  | 'json-cut-short'
  | 'json-comment-open'
  | 'invalid-data'
  | 'missing-chart'
  | 'unknown-type'
  | 'unequal-lengths'
  | 'invalid-number'
  | 'data-too-large'
  | 'too-many-values'
  | 'too-many-series'
  | 'title-too-long'
  | 'label-too-long'
  | 'chart-failed'
  | 'load-failed'
  | 'invalid-sections'
  | 'invalid-query';

export interface Messages {
  readonly source: string;
  readonly sourceMissing: string;
  readonly via: (name: string) => string;
  readonly comma: string;
  readonly colon: string;
  readonly listSeparator: string;
  readonly parens: (text: string) => string;
  readonly newTab: string;
  readonly period: (period: string) => string;
  readonly against: (period: string) => string;
  readonly up: string;
  readonly down: string;
  readonly flat: string;
  readonly approx: string;
  readonly errorTitle: string;
  /** Label of each bundled metric, under its number. */
  readonly metric: Readonly<Record<MetricId, string>>;
  /** Each source's publisher. */
  readonly publisher: Readonly<Record<SourceId, string>>;
  /** A credit line's name for a source, where the publisher alone would not say which text it is. */
  readonly credit: Readonly<Partial<Record<SourceId, string>>>;
  /** Period names of single figures where the bare period would mislead, by `metric/period`. */
  readonly periodLabel: Readonly<Partial<Record<string, string>>>;
}

const loaded: Partial<Record<MessageLang, Messages>> = { en };
/** Tried twice (see lazy.ts); after that the page shows English, with one warning. */
const zhChunk = lazy(() => import('./zh.js'));
const loading: Partial<Record<MessageLang, Promise<Messages>>> = {};

/**
 * The message table of a language, when loaded. English ships in the entry; Chinese is a chunk
 * of its own, fetched the first time a widget speaks it, so English pages never download it.
 */
export function messages(lang: MessageLang): Messages | undefined {
  return loaded[lang];
}

/** Loads a language's messages. */
export function loadMessages(lang: MessageLang): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  return (loading[lang] ??= zhChunk().then(
    (module) => (loaded[lang] = module.default),
    (error) => {
      warnOnce('load-failed', `the ${lang} messages (${error}); showing English`);
      return (loaded[lang] = en);
    },
  ));
}
