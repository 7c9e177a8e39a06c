/**
 * Pointer and keyboard exploration of a chart, a chunk of its own fetched on the first pointer or
 * focus on a chart: Chart.js's Tooltip plugin, the options that turn its events on, and the moves
 * of the arrow keys. The tooltip says what the table says: label, value ("≈" when derived) and,
 * for a derived value, its note; in the palette the chart is drawn in.
 */
import {
  Chart,
  Tooltip,
  type ActiveElement,
  type ChartType,
  type TooltipItem,
  type TooltipPositionerFunction,
} from 'chart.js';
import type { MessageLang } from '../i18n/locale.js';
import type { IprChartConfiguration, IprChartType } from './config.js';
import { valueText } from './helpers.text.js';
import type { Palette } from './palette.js';
import type { ChartModel } from './types.js';

declare module 'chart.js' {
  interface TooltipPositionerMap {
    iprBeside: TooltipPositionerFunction<ChartType>;
  }
}

/**
 * Beside the active bar or point rather than on it, so that neither it nor its value is hidden:
 * right or left of a column (towards the wider side), below or above a horizontal bar.
 */
Tooltip.positioners.iprBeside = function (items) {
  const first = items[0]?.element as unknown as
    { x: number; y: number; base?: number; width?: number; height?: number } | undefined;
  if (!first) return false;
  const { chartArea } = this.chart;
  if (this.chart.options.indexAxis === 'y') {
    const below = first.y < (chartArea.top + chartArea.bottom) / 2;
    const half = (first.height ?? 8) / 2 + 4;
    return {
      x: (first.x + (first.base ?? first.x)) / 2,
      y: first.y + (below ? half : -half),
      yAlign: below ? 'top' : 'bottom',
    };
  }
  const right = first.x < (chartArea.left + chartArea.right) / 2;
  const half = (first.width ?? 8) / 2 + 4;
  const y = items.reduce((sum, item) => sum + item.element.y, 0) / items.length;
  return {
    x: first.x + (right ? half : -half),
    // The middle of a column, a point itself.
    y: items.length === 1 && first.base !== undefined ? (first.y + first.base) / 2 : y,
    xAlign: right ? 'left' : 'right',
  };
};

Chart.register(Tooltip);

/** Width of a character in Latin letters: CJK characters and full-width forms are about two. */
const units = (text: string) => [...text].reduce((n, c) => n + (c > '\u2e7f' ? 2 : 1), 0);

/**
 * A note in lines of at most `max` Latin letters' width: Latin text breaks at spaces, Chinese
 * between characters (a number inside it stays whole), never before a closing punctuation mark.
 */
function lines(text: string, max: number): string[] {
  const out: string[] = [];
  const wide = (c = '') => c > '\u2e7f';
  let line = '';
  let at = 0;
  for (const c of text) {
    const prev = line.slice(-1);
    if (line && (c === ' ' || prev === ' ' || wide(c) || wide(prev)) && !/[，。、；：）」]/.test(c))
      at = line.length;
    if (at && units(line + c) > max) {
      out.push(line.slice(0, at).trimEnd());
      line = line.slice(at).trimStart();
      at = 0;
    }
    if (line || c !== ' ') line += c;
  }
  return [...out, line].filter(Boolean);
}

type IprChart = Chart<IprChartType, number[], string>;

/** Where a value is: its series and its place in the series. */
export interface Place {
  readonly datasetIndex: number;
  readonly index: number;
}

/** The value's position in words, read after it. */
const position = {
  en: (i: number, n: number) => `${i} of ${n}`,
  zh: (i: number, n: number) => `第${i}项，共${n}项`,
};

/** A chart created before the Tooltip plugin was registered has no tooltip: give it one, as Chart.js does at init. */
export function init(chart: IprChart): void {
  if (!chart.tooltip) Tooltip.afterInit?.(chart as Chart, {}, {});
}

/**
 * Adds to a chart's configuration what pointer and keyboard exploration need: Chart.js's own
 * events, the tooltip themed from the palette, and an outline on the active bar or point.
 */
export function extend(
  config: IprChartConfiguration,
  model: ChartModel,
  palette: Palette,
  animate: boolean,
  lang: MessageLang,
): void {
  const colon = lang === 'zh' ? '：' : ': ';
  const font = { family: palette.font, size: 12 };
  const options = config.options!;
  options.events = ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'];
  options.interaction = { mode: 'index', intersect: false, axis: model.horizontal ? 'y' : 'x' };
  const active = { hoverBorderColor: palette.text, hoverBorderWidth: 3 };
  options.datasets = {
    bar: active,
    line: { pointHoverBorderColor: palette.text, pointHoverBorderWidth: 3, pointHoverRadius: 6 },
  };
  const series = (item: TooltipItem<IprChartType>) => model.series[item.datasetIndex];
  options.plugins = {
    ...options.plugins,
    tooltip: {
      // No tween of the box with reduced motion: it appears where it is.
      animation: animate ? { duration: 150 } : false,
      position: 'iprBeside',
      backgroundColor: palette.surface,
      borderColor: palette.text,
      borderWidth: 1,
      titleColor: palette.text,
      bodyColor: palette.text,
      footerColor: palette.muted,
      titleFont: { ...font, weight: 'bold' },
      bodyFont: font,
      footerFont: { ...font, weight: 'normal' },
      padding: 8,
      cornerRadius: 4,
      displayColors: model.series.length > 1,
      boxPadding: 4,
      callbacks: {
        title: (items) => model.labels[items[0]?.dataIndex ?? 0] ?? '',
        label: (item) => {
          const s = series(item);
          return s
            ? `${s.label}${colon}${valueText(model, s.values[item.dataIndex]!, s.derived[item.dataIndex])}`
            : '';
        },
        footer: (items) => {
          const out: string[] = [];
          for (const item of items) {
            const note = series(item)?.notes?.[item.dataIndex];
            // Lines of up to 44 Latin letters (about 7 px each at 12 px), fewer on a narrow canvas,
            // so that the box fits beside the bar it points at.
            if (note) out.push(...lines(note, Math.min(44, Math.floor(item.chart.width / 10))));
          }
          return out;
        },
      },
    },
  };
}

/** The value at a place in words, as the live region says it: label, series, value, position, then the note. */
export function spoken(model: ChartModel, lang: MessageLang, { datasetIndex, index }: Place): string {
  const s = model.series[datasetIndex]!;
  const zh = lang === 'zh';
  const parts = [
    model.labels[index],
    model.series.length > 1 ? s.label : '',
    model.spoken(s.values[index]!, !!s.derived[index]),
    position[lang](index + 1, model.labels.length),
  ];
  const note = s.notes?.[index]?.replace(/^≈\s*/, '');
  return `${parts.filter(Boolean).join(zh ? '，' : ', ')}${note ? `${zh ? '。' : '. '}${note}` : ''}`;
}

/** Draws `places` as the active elements, with the tooltip on them; none clears both. */
export function show(chart: IprChart, places: readonly Place[]): void {
  init(chart);
  const first = places[0] && chart.getDatasetMeta(places[0].datasetIndex).data[places[0].index];
  chart.setActiveElements([...places]);
  chart.tooltip?.setActiveElements([...places], { x: first?.x ?? 0, y: first?.y ?? 0 });
  chart.update();
}

/** What a pointer that arrived before this chunk points at, drawn as Chart.js would on its next move. */
export function replay(chart: IprChart, event: Event): void {
  const found: ActiveElement[] = chart.getElementsAtEventForMode(
    event,
    'index',
    { intersect: false, axis: chart.options.indexAxis === 'y' ? 'y' : 'x' },
    false,
  );
  show(chart, found);
}

/**
 * The move of a key: arrows along the categories (Left/Right, or Up/Down for horizontal bars)
 * and across the series (the other pair; along the values when there is one series), Home and
 * End to the ends, Escape to none. Returns the new place, `null` for none, or `undefined` when
 * the key is not one of these (or Escape with nothing active), so that it does what it did.
 */
export function move(chart: IprChart, model: ChartModel, key: string): Place | null | undefined {
  const last = model.labels.length - 1;
  const sets = model.series.length;
  const now = chart.getActiveElements()[0];
  if (key === 'Escape') return now ? null : undefined;
  const along = model.horizontal ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  const across = model.horizontal ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const datasetIndex = now?.datasetIndex ?? 0;
  const index = now?.index ?? -1;
  const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);
  if (key === 'Home') return { datasetIndex, index: 0 };
  if (key === 'End') return { datasetIndex, index: last };
  // -1 for the first key of a pair (back), 1 for the second (on), 0 for neither.
  const step = (pair: string[]) => [-1, 1][pair.indexOf(key)] ?? 0;
  const on = step(along);
  if (on) return { datasetIndex, index: now ? clamp(index + on, last) : on > 0 ? 0 : last };
  const turn = step(across);
  if (!turn) return undefined;
  if (sets < 2) return { datasetIndex: 0, index: now ? clamp(index + turn, last) : 0 };
  return { datasetIndex: now ? clamp(datasetIndex + turn, sets - 1) : 0, index: Math.max(index, 0) };
}
