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

/**
 * A category label in as few lines as fit `width` (CSS px, as `measure` gives them), the lines as
 * even as that many allow. Words stay whole where they fit; text without spaces (Chinese) breaks
 * between any two characters, and so does a word wider than `width` alone. A label that fits is
 * returned as it is. Without `even`, lines are filled in turn (fewer measurements).
 */
export function fitLines(
  label: string,
  width: number,
  measure: (text: string) => number,
  even = true,
): string | string[] {
  if (measure(label) <= width) return label;
  // Pieces a line may break before, each with what joins it to the one before: words, or the
  // characters of text without spaces and of a word too wide alone.
  const pieces: [glue: string, text: string][] = /\s/.test(label.trim())
    ? label
        .trim()
        .split(/\s+/)
        .flatMap((word) =>
          measure(word) <= width
            ? [[' ', word] as [string, string]]
            : [...word].map((c, i) => [i ? '' : ' ', c] as [string, string]),
        )
    : [...label].map((c) => ['', c] as [string, string]);
  const lay = (w: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const [glue, piece] of pieces) {
      const next = line ? `${line}${glue}${piece}` : piece;
      if (line && measure(next) > w) {
        lines.push(line);
        line = piece;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };
  const lines = lay(width);
  if (!even) return lines;
  // The narrowest width that keeps that many lines: the same lines, more even.
  let [low, high] = [0, width];
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (lay(mid).length <= lines.length) high = mid;
    else low = mid;
  }
  return lay(high);
}
