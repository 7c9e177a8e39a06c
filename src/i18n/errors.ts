import type { ErrorCode } from './messages.js';

type ErrorTexts = Readonly<Record<ErrorCode, (detail: string) => string>>;

/**
 * What each problem says, in both languages. A chunk of its own: only a page with bad input
 * downloads it.
 */
const errors: Readonly<{ en: ErrorTexts; zh: ErrorTexts }> = {
  en: {
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
  zh: {
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
  },
};

export default errors;
