import type { Derivation } from '../data/types.js';
import { formatChange, formatNumber } from '../format/index.js';
import type { MessageLang } from './locale.js';

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
  | 'unknown-chart'
  | 'invalid-json'
  | 'invalid-data'
  | 'chart-failed';

export interface Messages {
  readonly source: string;
  readonly sourceMissing: string;
  readonly via: (name: string) => string;
  readonly comma: string;
  readonly parens: (text: string) => string;
  readonly newTab: string;
  readonly period: (period: string) => string;
  readonly against: (period: string) => string;
  readonly up: string;
  readonly down: string;
  readonly flat: string;
  readonly approx: string;
  readonly derivedChange: (from: number, fromPeriod: string, to: number, toPeriod: string, locale: string) => string;
  readonly derivation: (d: Derivation, locale: string) => string;
  readonly errorTitle: string;
  readonly errors: Readonly<Record<ErrorCode, (detail: string) => string>>;
}

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
    'invalid-data': (d) => `The chart data is not usable: ${d}`,
    'chart-failed': (d) => `The chart could not be drawn: ${d}`,
  },
};

const zh: Messages = {
  source: '来源',
  sourceMissing: '未注明来源',
  via: (name) => `转引自${name}`,
  comma: '，',
  parens: (text) => `（${text}）`,
  newTab: '（在新标签页中打开）',
  period: (p) => (/^\d{4}$/.test(p) ? `${p}年` : p),
  against: (p) => `较${/^\d{4}$/.test(p) ? `${p}年` : p}`,
  up: '上升',
  down: '下降',
  flat: '持平',
  approx: '约',
  derivedChange: (from, fromPeriod, to, toPeriod, locale) =>
    `增幅由本站根据${fromPeriod}年的${formatNumber(from, locale)}与${toPeriod}年的${formatNumber(to, locale)}推算。`,
  derivation: (d, locale) => {
    switch (d.op) {
      case 'back-from-growth':
        return `本站推算：${d.basePeriod}年的${formatNumber(d.base, locale)}扣除其同比增幅${formatChange(d.growthPercent, locale)}。`;
      case 'share':
        return `本站推算：${formatNumber(d.part, locale)}件占${formatNumber(d.whole, locale)}件的比例。`;
      case 'growth-multiple':
        return `本站推算：同比增幅${formatChange(d.faster, locale)}与${formatChange(d.slower, locale)}之比。`;
    }
  },
  errorTitle: '无法显示此数据',
  errors: {
    'unknown-metric': (d) => `不存在指标“${d}”。`,
    'unknown-period': (d) => `没有${d}的数据。`,
    'missing-metric': () => '请设置 metric，或提供自己的 value。',
    'invalid-value': (d) => `数值“${d}”不是数字。`,
    'invalid-change': (d) => `变化值“${d}”不是数字。`,
    'invalid-theme': (d) => `未知主题“${d}”，已改用 auto。`,
    'invalid-notation': (d) => `未知记数法“${d}”，已改用 standard。`,
    'invalid-url': (d) => `来源链接“${d}”不是 http(s) 地址，已省略。`,
    'unknown-chart': (d) => `不存在图表“${d}”。`,
    'invalid-json': (d) => `图表数据不是有效的 JSON：${d}`,
    'invalid-data': (d) => `图表数据无法使用：${d}`,
    'chart-failed': (d) => `图表无法绘制：${d}`,
  },
};

const tables: Readonly<Record<MessageLang, Messages>> = { en, zh };

/** The message table of a language. */
export function messages(lang: MessageLang): Messages {
  return tables[lang];
}

