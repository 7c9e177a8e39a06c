import type { Messages } from './messages.js';

/** English: the default, shipped in the entry. */
const en: Messages = {
  source: 'Source',
  sourceMissing: 'Source not stated',
  via: (name) => `via ${name}`,
  comma: ', ',
  parens: (text) => ` (${text})`,
  newTab: '(opens in a new tab)',
  period: (p) => p,
  against: (p) => `vs ${p}`,
  up: 'Up',
  down: 'Down',
  flat: 'No change',
  approx: 'about',
  colon: ': ',
  listSeparator: '; ',
  errorTitle: 'This figure cannot be shown',
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
  credit: {
    'spp-2025': "Supreme People's Procuratorate, 2025 Work Report",
    'spc-2025': "Supreme People's Court, 2025 Work Report",
    'chinadaily-2024':
      "China Daily (Yang Zekun), “China's courts successfully serve and protect innovation-driven development”",
  },
  periodLabel: {
    'ev-trade-secret-award/2025': 'judgment reported in 2025',
  },
};

export default en;
