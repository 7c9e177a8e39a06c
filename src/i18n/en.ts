import type { Messages } from './messages.js';
import { formatChange, formatNumber } from '../format/index.js';

/** English: the default, shipped in the entry. */
const en: Messages = {
  source: 'Source',
  sourceMissing: 'Source not stated',
  via: (name) => `via ${name}`,
  titled: (publisher, title) => `${publisher}, ${title}`,
  comma: ', ',
  parens: (text) => ` (${text})`,
  newTab: '(opens in a new tab)',
  period: (p) => p,
  against: (p) => `vs ${p}`,
  up: 'Up',
  down: 'Down',
  flat: 'No change',
  approx: 'about',
  derivedChange: (from, fromPeriod, to, toPeriod, locale) =>
    `Change derived here from ${formatNumber(from, locale)} (${fromPeriod}) and ${formatNumber(to, locale)} (${toPeriod}).`,
  derivation: (d, locale) => {
    switch (d.op) {
      case 'back-from-growth':
        return `Derived here: ${formatNumber(d.base, locale)} (${d.basePeriod}) less its reported growth of ${formatChange(d.growthPercent, locale)}.`;
      case 'share':
        return `Derived here: ${formatNumber(d.part, locale)} of ${formatNumber(d.whole, locale)} cases.`;
      case 'growth-multiple':
        return `Derived here: growth of ${formatChange(d.faster, locale)} against ${formatChange(d.slower, locale)}.`;
    }
  },
  colon: ': ',
  listSeparator: '; ',
  errorTitle: 'This figure cannot be shown',
  errors: {
    'unknown-metric': (d) => `There is no metric “${d}”.`,
    'unknown-period': (d) => `There is no figure for ${d}.`,
    'missing-metric': () => 'Give a metric, or a value of your own.',
    'invalid-value': (d) => `The value “${d}” is not a number.`,
    'invalid-change': (d) => `The change “${d}” is not a number.`,
    'invalid-theme': (d) => `Unknown theme “${d}”; using auto.`,
    'invalid-notation': (d) => `Unknown notation “${d}”; using standard.`,
    'invalid-url': (d) => `The source link “${d}” is not an http(s) address and was left out.`,
    'unknown-chart': (d) => `There is no chart “${d}”.`,
    'invalid-json': (d) => `The chart data is not valid JSON: ${d}`,
    'invalid-data': (d) => `The chart data is not usable: check “${d}”.`,
    'missing-chart': () => 'Give a chart id, or data of your own in a child <script type="application/json">.',
    'unknown-type': (d) => `Unknown chart type “${d}”: use bar or line.`,
    'unequal-lengths': (d) => `Series “${d}” needs one value per label.`,
    'invalid-number': (d) => `Not a finite number in series ${d}.`,
    'chart-failed': (d) => `The chart could not be drawn: ${d}`,
  },
  metric: {
    'ip-crime-prosecutions': 'people prosecuted for IP crimes',
    'punitive-damages-cases': 'cases with punitive damages',
    'ip-cases-concluded': 'IP cases concluded by the courts',
    'ev-trade-secret-award': 'awarded in an electric-vehicle trade-secret dispute',
    'punitive-damages-amount': 'punitive damages awarded',
    'punitive-damages-share': 'of concluded IP cases carried punitive damages',
    'punitive-growth-multiple': 'faster growth of punitive-damages cases than of IP cases concluded',
  },
  publisher: {
    'lextalk-2025': 'LexTalk World',
    'spp-2025': "Supreme People's Procuratorate",
    'spc-2025': "Supreme People's Court",
    'chinadaily-2024': 'China Daily (Yang Zekun)',
    'mondaq-2024-06-21': 'Mondaq (AFD China)',
    'xinhua-2025-04-21': 'Xinhua',
    'xinhua-2025-04-23': 'Xinhua',
  },
  shortTitle: {
    'spp-2025': '2025 Work Report',
    'spc-2025': '2025 Work Report',
  },
  figureNote: {
    'ev-trade-secret-award/2025': 'Unpaid: only the non-monetary part of the judgment has been satisfied, as the defendant declared bankruptcy.',
  },
  periodLabel: {
    'ev-trade-secret-award/2025': 'judgment reported in 2025',
  },
};

export default en;
