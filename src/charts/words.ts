import type { MessageLang } from '../i18n/locale.js';

/** Which way a series went from its first value to its last. */
export type Direction = 'up' | 'down' | 'flat';

/** The words of charts only; loaded with the chart code, so stat-card pages never carry them. */
export interface ChartWords {
  readonly kind: { readonly bar: string; readonly barH: string; readonly line: string };
  /** "X rose from about 147 in 2022 to 460 in 2024", with the change on the previous period when known. */
  readonly trend: (
    subject: string,
    from: string,
    fromLabel: string,
    to: string,
    toLabel: string,
    direction: Direction,
  ) => string;
  readonly sentence: (text: string) => string;
  readonly trendTitle: (label: string, first: string, last: string) => string;
  readonly perPeriod: (description: string) => string;
  readonly growthTitle: (period: string) => string;
  readonly growthSubtitle: string;
  readonly growthLead: (period: string) => string;
  readonly year: string;
  readonly figure: string;
  readonly category: string;
  readonly growth: (period: string) => string;
  readonly derivedKey: string;
  readonly data: string;
  readonly downloadPng: string;
  readonly downloadCsv: string;
  readonly label: (text: string) => string;
  readonly note: string;
  /** A derived value in words: "about 147". */
  readonly about: (value: string) => string;
  /** How to explore the chart from the keyboard, told when the canvas is focused. */
  readonly keys: string;
}

const en: ChartWords = {
  kind: { bar: 'Bar chart', barH: 'Horizontal bar chart', line: 'Line chart' },
  trend: (subject, from, fromLabel, to, toLabel, direction) =>
    direction === 'flat'
      ? `${subject} stayed at ${to} from ${fromLabel} to ${toLabel}`
      : `${subject} ${direction === 'up' ? 'rose' : 'fell'} from ${from} in ${fromLabel} to ${to} in ${toLabel}`,
  sentence: (text) => `${text}.`,
  trendTitle: (label, first, last) => `${label}, ${first}–${last}`,
  perPeriod: (description) => `${description}, by year`,
  growthTitle: (period) => `Year-on-year growth in ${period}`,
  growthSubtitle:
    'Each figure against the year before: two rates as the 2025 work reports give them, one (≈) derived from the 2025 and 2024 reports',
  growthLead: (period) => `Year-on-year growth in ${period}: `,
  year: 'Year',
  figure: 'Figure',
  category: 'Category',
  growth: (period) => `Growth in ${period}, %`,
  derivedKey: 'derived from the reported figures (see note)',
  data: 'Data',
  downloadPng: 'Download PNG',
  downloadCsv: 'Download CSV',
  label: (text) => text.charAt(0).toUpperCase() + text.slice(1),
  note: 'Note',
  about: (value) => `about ${value}`,
  keys: 'Arrow keys move between the values, Home and End go to the first and last, Escape leaves.',
};

const zh: ChartWords = {
  kind: { bar: '柱状图', barH: '条形图', line: '折线图' },
  trend: (subject, from, fromLabel, to, toLabel, direction) =>
    direction === 'flat'
      ? `${subject}自${fromLabel}至${toLabel}持平于${to}`
      : `${subject}从${fromLabel}的${from}${direction === 'up' ? '增至' : '降至'}${toLabel}的${to}`,
  sentence: (text) => `${text}。`,
  trendTitle: (label, first, last) => `${label}（${first}—${last}年）`,
  perPeriod: (description) => `${description}，按年`,
  growthTitle: (period) => `${period}年同比增幅`,
  growthSubtitle:
    '各项数据与上一年相比：两项为2025年工作报告给出的增幅，一项（≈）据2025年和2024年报告数据推算',
  growthLead: (period) => `${period}年同比增幅：`,
  year: '年份',
  figure: '指标',
  category: '类别',
  growth: (period) => `${period}年增幅（%）`,
  derivedKey: '据报告数据推算（见注释）',
  data: '数据',
  downloadPng: '下载 PNG',
  downloadCsv: '下载 CSV',
  label: (text) => text,
  note: '注',
  about: (value) => `约${value}`,
  keys: '方向键在各数值间移动，Home 和 End 键跳到首尾，Esc 键退出。',
};

export function chartWords(lang: MessageLang): ChartWords {
  return lang === 'zh' ? zh : en;
}
