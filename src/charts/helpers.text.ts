/** Texts of a chart's values and labels, as the canvas writes them. */
import type { ChartModel } from './types.js';

const texts = new WeakMap<(value: number) => string, Map<number, string>>();

/** A model's text for a value, once: Chart.js asks for each tick label many times while it measures. */
export function textOf(format: (value: number) => string, value: number): string {
  let known = texts.get(format);
  if (!known) texts.set(format, (known = new Map()));
  let text = known.get(value);
  if (text === undefined) known.set(value, (text = format(value)));
  return text;
}

/** A value as written on the chart: "≈" before a derived one. */
export const valueText = (model: ChartModel, value: number, derived: boolean | undefined): string =>
  `${derived ? '≈' : ''}${textOf(model.format, value)}`;

/** A long category label in lines, so horizontal bars keep room to be drawn. */
export function wrap(label: string, width: number): string | string[] {
  if (label.length * (/\s/.test(label) ? 1 : 2) <= width) return label;
  const lines: string[] = [];
  if (!/\s/.test(label)) {
    // No spaces (Chinese): lines of even length, a character being about two Latin letters wide.
    const size = Math.ceil(label.length / Math.ceil((label.length * 2) / width));
    for (let i = 0; i < label.length; i += size) lines.push(label.slice(i, i + size));
    return lines;
  }
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
