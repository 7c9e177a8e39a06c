import type { Derivation } from '../data/types.js';
import { formatChange, formatNumber } from '../format/index.js';
import type { ErrorCode } from './messages.js';

/** Words few widgets need: what each problem says, and the notes of derived or caveated figures. */
export interface Extras {
  readonly errors: Readonly<Record<ErrorCode, (detail: string) => string>>;
  readonly derivedChange: (
    from: number,
    fromPeriod: string,
    to: number,
    toPeriod: string,
    locale: string,
  ) => string;
  readonly derivation: (d: Derivation, locale: string) => string;
  /** Caveats of single figures, by `metric/period`. */
  readonly figureNote: Readonly<Partial<Record<string, string>>>;
}

/**
 * In both languages, in a chunk of its own: only a page with bad input, a derived figure or a
 * caveat downloads it.
 */
const extras: Readonly<{ en: Extras; zh: Extras }> = {
  en: {
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
      'missing-chart': () =>
        'Give a chart id, or data of your own in a child <script type="application/json">.',
      'unknown-type': (d) => `Unknown chart type “${d}”: use bar or line.`,
      'unequal-lengths': (d) => `Series “${d}” needs one value per label.`,
      'invalid-number': (d) => `Not a finite number in series ${d}.`,
      'chart-failed': (d) => `The chart could not be drawn: ${d}`,
      'invalid-sections': (d) =>
        `Unknown section “${d}”: use headline, stats, charts, takeaways or sources. Left out.`,
      'invalid-query': (d) => `The embed address has a value that is not allowed: ${d}.`,
    },
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
    figureNote: {
      'ev-trade-secret-award/2025':
        'Unpaid: only the non-monetary part of the judgment has been satisfied, as the defendant declared bankruptcy.',
    },
  },
  zh: {
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
      'invalid-data': (d) => `图表数据无法使用：请检查“${d}”。`,
      'missing-chart': () => '请设置 chart，或在子元素 <script type="application/json"> 中提供自己的数据。',
      'unknown-type': (d) => `未知图表类型“${d}”：请使用 bar 或 line。`,
      'unequal-lengths': (d) => `数据系列“${d}”的数值个数须与标签个数相同。`,
      'invalid-number': (d) => `数据系列中有非有限数值：${d}。`,
      'chart-failed': (d) => `图表无法绘制：${d}`,
      'invalid-sections': (d) => `未知部分“${d}”，已略去：可用 headline、stats、charts、takeaways、sources。`,
      'invalid-query': (d) => `嵌入地址中的参数值无效：${d}。`,
    },
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
    figureNote: {
      'ev-trade-secret-award/2025': '未获赔付：被告已宣告破产，判决仅非金钱给付部分得到履行。',
    },
  },
};

export default extras;
