import type { Derivation, Figure, MetricId, Unit } from '../data/types.js';
import { growthRange } from '../data/rounding.js';
import { formatChange, formatNumber, numberFormat } from '../format/index.js';
import type { ErrorCode } from './messages.js';

/** Words few widgets need: what each problem says, and the notes of derived or caveated figures. */
export interface Extras {
  readonly errors: Readonly<Record<ErrorCode, (detail: string) => string>>;
  /** How a figure's derived change was computed (empty when it was not). */
  readonly derivedChange: (figure: Figure, locale: string) => string;
  /** A change on the previous period inside a sentence: " (+44.2% vs 2023)", "，同比增长44.2%". */
  readonly changeOn: (signed: string, unsigned: string, down: boolean, against: string) => string;
  /** What a count is written with in a sentence, by unit ("460件"); none in English. */
  readonly unitWord: Readonly<Partial<Record<Unit, string>>>;
  /** A metric and its value as one phrase, where label and value side by side would misread. */
  readonly phrase: Readonly<Partial<Record<MetricId, (value: string) => string>>>;
  readonly derivation: (d: Derivation, locale: string) => string;
  /** Shown above an author's chart text when its data could not be used. */
  readonly fallbackNotice: string;
  /** Caveats of single figures, by `metric/period`. */
  readonly figureNote: Readonly<Partial<Record<string, string>>>;
}

/** "2.17" for a growth of 117 %: what the later figure is divided by to give the earlier one. */
const factor = (growthPercent: number, locale: string) =>
  numberFormat(locale, { maximumFractionDigits: 3 }).format(1 + growthPercent / 100);

/** The parts of a derived change's note: both figures with their unit words, and the range. */
function changeParts(figure: Figure, unitWords: Extras['unitWord'], locale: string) {
  const change = figure.change;
  if (!change?.from) return undefined;
  const count = (v: number) => `${formatNumber(v, locale)}${unitWords[figure.unit] ?? ''}`;
  const range = growthRange(change.from, figure);
  return {
    from: count(change.from.value),
    fromPeriod: change.from.period,
    to: count(figure.value),
    toPeriod: figure.period,
    range: range && {
      place: range.step,
      step: formatNumber(range.step, locale),
      low: formatChange(range.low, locale),
      high: formatChange(range.high, locale),
    },
  };
}

const zhUnitWords: Extras['unitWord'] = { cases: '件', people: '人' };

const unsigned = (percent: number, locale: string) =>
  formatChange(Math.abs(percent), locale).replace('+', '');

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
      'invalid-value': (d) => `The value “${d}” is not a number in plain digits, such as 1234 or 1,234.5.`,
      'invalid-change': (d) => `The change “${d}” is not a number in plain digits, such as -3.5.`,
      'invalid-theme': (d) => `Unknown theme “${d}”; using auto.`,
      'invalid-notation': (d) => `Unknown notation “${d}”; using standard.`,
      'invalid-url': (d) => `The source link “${d}” is not an http(s) address and was left out.`,
      'url-credentials': (d) =>
        `The source link “${d}” has a user name or password before “@”, so it goes to another site than the one it seems to name; it was left out.`,
      'unknown-chart': (d) => `There is no chart “${d}”.`,
      'invalid-json': (d) => `The chart data is not valid JSON: ${d}`,
      'json-cut-short': (d) =>
        `The chart data ends early and goes on as text after its script: a “</script>” inside the JSON probably closed the script. Write it as “<\\/script>” (${d}).`,
      'json-comment-open': (d) =>
        `The chart data holds “<!--”, which keeps the page from ending the script where it should, so the script swallowed what follows. Write it as “\\u003c!--” (${d}).`,
      'invalid-data': (d) => `The chart data is not usable: check “${d}”.`,
      'missing-chart': () =>
        'Give a chart id, or data of your own in a child <script type="application/json">.',
      'unknown-type': (d) => `Unknown chart type “${d}”: use bar or line.`,
      'unequal-lengths': (d) => `Series “${d}” needs one value per label.`,
      'invalid-number': (d) => `Not a finite number in series ${d}.`,
      'data-too-large': (d) =>
        `The chart data is ${formatNumber(Number(d), 'en')} characters long: at most 1,000,000 are read.`,
      'too-many-values': (d) =>
        `The chart has ${formatNumber(Number(d), 'en')} values (labels × series): at most 5,000 can be drawn.`,
      'too-many-series': (d) =>
        `The chart has ${formatNumber(Number(d), 'en')} series: at most 20 can be told apart.`,
      'title-too-long': (d) => `The title or subtitle “${d}” is longer than 300 characters.`,
      'label-too-long': (d) =>
        `The label “${d}” is longer than 100 characters (labels, series names, unit and source name).`,
      'chart-failed': (d) => `The chart could not be drawn: ${d}`,
      'load-failed': (d) => `Part of the widget could not be loaded (tried twice): ${d}`,
      'invalid-sections': (d) =>
        `Unknown section “${d}”: use headline, stats, charts, takeaways or sources. Left out.`,
      'invalid-query': (d) => `The embed address has a value that is not allowed: ${d}.`,
    },
    derivedChange: (figure, locale) => {
      const c = changeParts(figure, {}, locale);
      if (!c) return '';
      const range = c.range
        ? ` Both are rounded to the nearest ${c.range.step}, so the exact growth lies between about ${c.range.low} and ${c.range.high}.`
        : '';
      return `Change derived from the reported ${c.from} (${c.fromPeriod}) and ${c.to} (${c.toPeriod}).${range}`;
    },
    derivation: (d, locale) => {
      switch (d.op) {
        case 'back-from-growth':
          return `Derived from the reported figures as ${formatNumber(d.base, locale)} (${d.basePeriod}) ÷ ${factor(d.growthPercent, locale)}, that is 1 + its growth of ${formatChange(d.growthPercent, locale)}.`;
        case 'share':
          return `Derived from the reported figures as ${formatNumber(d.part, locale)} ÷ ${formatNumber(d.whole, locale)} cases.`;
        case 'growth-multiple':
          return `Derived from the reported figures as the growth of ${formatChange(d.faster, locale)} ÷ that of ${formatChange(d.slower, locale)}.`;
      }
    },
    changeOn: (signed, _unsigned, _down, against) => ` (${signed} vs ${against})`,
    unitWord: {},
    phrase: {},
    fallbackNotice: 'The chart’s data could not be read; here is its text.',
    figureNote: {
      'ev-trade-secret-award/2025':
        'Only the non-monetary part of the judgment has been satisfied: the defendant has declared bankruptcy.',
    },
  },
  zh: {
    errors: {
      'unknown-metric': (d) => `不存在指标“${d}”。`,
      'unknown-period': (d) => `没有${d}的数据。`,
      'missing-metric': () => '请设置 metric，或提供自己的 value。',
      'invalid-value': (d) => `数值“${d}”不是以普通数字写出的数（如 1234 或 1,234.5）。`,
      'invalid-change': (d) => `变化值“${d}”不是以普通数字写出的数（如 -3.5）。`,
      'invalid-theme': (d) => `未知主题“${d}”，已改用 auto。`,
      'invalid-notation': (d) => `未知记数法“${d}”，已改用 standard。`,
      'invalid-url': (d) => `来源链接“${d}”不是 http(s) 地址，已省略。`,
      'url-credentials': (d) => `来源链接“${d}”在“@”前含用户名或密码，实际指向的并非其看似的网站，已省略。`,
      'unknown-chart': (d) => `不存在图表“${d}”。`,
      'invalid-json': (d) => `图表数据不是有效的 JSON：${d}`,
      'json-cut-short': (d) =>
        `图表数据提前结束，其余部分成了脚本之后的文本：JSON 中的“</script>”很可能提前关闭了脚本。请改写为“<\\/script>”（${d}）。`,
      'json-comment-open': (d) =>
        `图表数据含有“<!--”，页面因此未在应有之处结束脚本，脚本吞掉了其后的内容。请改写为“\\u003c!--”（${d}）。`,
      'invalid-data': (d) => `图表数据无法使用：请检查“${d}”。`,
      'missing-chart': () => '请设置 chart，或在子元素 <script type="application/json"> 中提供自己的数据。',
      'unknown-type': (d) => `未知图表类型“${d}”：请使用 bar 或 line。`,
      'unequal-lengths': (d) => `数据系列“${d}”的数值个数须与标签个数相同。`,
      'invalid-number': (d) => `数据系列中有非有限数值：${d}。`,
      'data-too-large': (d) => `图表数据长达${formatNumber(Number(d), 'zh')}个字符：最多读取1,000,000个。`,
      'too-many-values': (d) =>
        `图表共有${formatNumber(Number(d), 'zh')}个数值（标签数×系列数）：最多可绘制5,000个。`,
      'too-many-series': (d) => `图表共有${formatNumber(Number(d), 'zh')}个数据系列：最多20个。`,
      'title-too-long': (d) => `标题或副标题“${d}”超过300个字符。`,
      'label-too-long': (d) => `标签“${d}”超过100个字符（标签、系列名称、单位和来源名称均受此限）。`,
      'chart-failed': (d) => `图表无法绘制：${d}`,
      'load-failed': (d) => `部件的一部分无法加载（已重试一次）：${d}`,
      'invalid-sections': (d) => `未知部分“${d}”，已略去：可用 headline、stats、charts、takeaways、sources。`,
      'invalid-query': (d) => `嵌入地址中的参数值无效：${d}。`,
    },
    derivedChange: (figure, locale) => {
      const c = changeParts(figure, zhUnitWords, locale);
      if (!c) return '';
      const place =
        c.range &&
        (({ 1000: '千位', 10000: '万位' } as Record<number, string>)[c.range.place] ?? c.range.step);
      const range = c.range ? `两数均取整到${place}，实际增幅约在${c.range.low}至${c.range.high}之间。` : '';
      return `增幅据报告数据推算：${c.fromPeriod}年${c.from}，${c.toPeriod}年${c.to}。${range}`;
    },
    derivation: (d, locale) => {
      switch (d.op) {
        case 'back-from-growth':
          return `据报告数据推算，即${d.basePeriod}年的${formatNumber(d.base, locale)} ÷ ${factor(d.growthPercent, locale)}（1加该年同比增幅${unsigned(d.growthPercent, locale)}）。`;
        case 'share':
          return `据报告数据推算，即${formatNumber(d.part, locale)}件 ÷ ${formatNumber(d.whole, locale)}件。`;
        case 'growth-multiple':
          return `据报告数据推算，即同比增幅${unsigned(d.faster, locale)} ÷ ${unsigned(d.slower, locale)}。`;
      }
    },
    changeOn: (_signed, unsigned, down) => `，同比${down ? '下降' : '增长'}${unsigned}`,
    unitWord: zhUnitWords,
    phrase: {
      'punitive-growth-multiple': (value) => `惩罚性赔偿案件增速约为知识产权案件审结数增速的${value}`,
    },
    fallbackNotice: '图表数据无法读取，以下为其文字内容。',
    figureNote: {
      'ev-trade-secret-award/2025': '判决仅非金钱给付部分得到履行：被告已宣告破产。',
    },
  },
};

export default extras;
