/**
 * PNG composition: a drawn chart's canvas with its title and subtitle above, notes and source
 * below, on an opaque background. Draws into a canvas it is given, so a Node canvas package can
 * compose the same image.
 */
import type { Palette } from './palette.js';
import type { ChartModel } from './types.js';

/** What composition needs of a canvas: a document's or a Node canvas package's. */
export interface Surface {
  width: number;
  height: number;
  getContext(type: '2d'): CanvasRenderingContext2D | null;
}

/**
 * Draws `chart` (a drawn canvas, at `ratio` device pixels per CSS pixel) with its texts into `out`,
 * sized here to the chart's width. Returns false when `out` has no 2D context.
 */
export function composePNG(
  out: Surface,
  chart: CanvasImageSource & { width: number; height: number },
  ratio: number,
  model: ChartModel,
  palette: Palette,
): boolean {
  const ctx = out.getContext('2d');
  if (!ctx) return false;
  const pad = 16 * ratio;
  const width = chart.width;
  const blocks: { font: string; colour: string; text: string }[] = [
    { font: `650 ${18 * ratio}px ${palette.font}`, colour: palette.text, text: model.title },
    { font: `${13 * ratio}px ${palette.font}`, colour: palette.muted, text: model.subtitle },
  ];
  const footer = [...model.notes, model.sourceText].map((text) => ({
    font: `${12 * ratio}px ${palette.font}`,
    colour: palette.muted,
    text,
  }));
  const layout = (list: typeof blocks) =>
    list
      .filter((b) => b.text)
      .flatMap((b) => {
        ctx.font = b.font;
        const size = parseFloat(b.font.replace(/^\d+ /, ''));
        return wrapToWidth(ctx, b.text, width - 2 * pad).map((text) => ({ ...b, text, height: size * 1.4 }));
      });
  const top = layout(blocks);
  const bottom = layout(footer);
  const sum = (lines: { height: number }[]) => lines.reduce((s, l) => s + l.height, 0);
  out.width = width;
  out.height = Math.ceil(pad + sum(top) + pad / 2 + chart.height + pad / 2 + sum(bottom) + pad);
  // Setting the size reset the context's state.
  ctx.fillStyle = palette.surface;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  let y = pad;
  const write = (lines: ReturnType<typeof layout>) => {
    for (const l of lines) {
      ctx.font = l.font;
      ctx.fillStyle = l.colour;
      ctx.fillText(l.text, pad, y);
      y += l.height;
    }
  };
  write(top);
  y += pad / 2;
  ctx.drawImage(chart, 0, y);
  y += chart.height + pad / 2;
  write(bottom);
  return true;
}

/** Text in lines no wider than `max` in the context's current font. */
function wrapToWidth(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  // Latin words with their space, CJK characters one by one; a word too long for a line (a URL) by character.
  const units = (text.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+\s*|\s+/g) ?? []).flatMap((u) =>
    ctx.measureText(u).width > max ? [...u] : [u],
  );
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line && ctx.measureText(line + unit).width > max) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line += unit;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}
