import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import type { IprChart } from 'ip-report-widgets';
import { drawn, mountChart } from './chart-helpers.js';
import { unmountAll } from './helpers.js';

// Every bundled chart, in English and Chinese, in containers from a small phone to a desktop
// column: every category label, tick and value the canvas writes lies inside the canvas, whole,
// and the element stays inside its container. Boxes are measured with the chart's own context,
// in the font each text is drawn in.

const CHARTS = ['punitive-damages-trend', 'prosecutions-trend', 'cases-concluded-trend', 'growth-comparison'];
const LANGS = ['en', 'zh'];
// 280: a 320 px phone whose page has 20 px margins.
const WIDTHS = [280, 320, 375, 600, 1200];

type Chart = NonNullable<IprChart['chartInstance']>;
interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The ink box of `text` drawn at (x, y) in the context's current font, alignment and transform, in CSS px. */
function inkBox(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, ratio: number): Box {
  const m = ctx.measureText(text);
  const t = ctx.getTransform();
  const corners = [
    [x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent],
    [x + m.actualBoundingBoxRight, y - m.actualBoundingBoxAscent],
    [x - m.actualBoundingBoxLeft, y + m.actualBoundingBoxDescent],
    [x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent],
  ].map(([px, py]) => [(t.a * px! + t.c * py! + t.e) / ratio, (t.b * px! + t.d * py! + t.f) / ratio]);
  const xs = corners.map((c) => c[0]!);
  const ys = corners.map((c) => c[1]!);
  return {
    text,
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
}

/** The boxes of each scale's tick labels, one per line, as Chart.js lays them out (getLabelItems). */
function tickBoxes(chart: Chart): Map<string, Box[][]> {
  const ctx = chart.ctx;
  const out = new Map<string, Box[][]>();
  for (const scale of Object.values(chart.scales)) {
    const items = scale.getLabelItems();
    out.set(
      scale.id,
      items.map((item) => {
        const { translation, rotation, textAlign, textBaseline } = item.options;
        const lines = Array.isArray(item.label) ? item.label : [item.label];
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.scale(chart.currentDevicePixelRatio, chart.currentDevicePixelRatio);
        ctx.translate(translation?.[0] ?? 0, translation?.[1] ?? 0);
        ctx.rotate(rotation ?? 0);
        ctx.font = item.font.string;
        ctx.textAlign = textAlign as CanvasTextAlign;
        ctx.textBaseline = textBaseline as CanvasTextBaseline;
        const boxes = lines.map((line, i) =>
          inkBox(
            ctx,
            String(line),
            0,
            item.textOffset + i * Number(item.font.lineHeight),
            chart.currentDevicePixelRatio,
          ),
        );
        ctx.restore();
        return boxes;
      }),
    );
  }
  return out;
}

/** Every text the chart writes in one full draw (ticks, values), each with its ink box. */
function drawnTexts(chart: Chart): Box[] {
  const ctx = chart.ctx;
  const boxes: Box[] = [];
  const fill = ctx.fillText;
  ctx.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
    boxes.push(inkBox(ctx, text, x, y, chart.currentDevicePixelRatio));
    return maxWidth === undefined ? fill.call(ctx, text, x, y) : fill.call(ctx, text, x, y, maxWidth);
  };
  try {
    chart.draw();
  } finally {
    // Own property removed: the prototype's fillText again.
    delete (ctx as Partial<CanvasRenderingContext2D>).fillText;
  }
  return boxes;
}

const outside = (box: Box, width: number, height: number) =>
  box.left < 0 || box.top < 0 || box.right > width || box.bottom > height;
const show = (box: Box) =>
  `"${box.text}" [${box.left.toFixed(1)}, ${box.right.toFixed(1)}] × [${box.top.toFixed(1)}, ${box.bottom.toFixed(1)}]`;
const squash = (text: string) => text.replace(/\s+/g, '');

describe('labels that fit', () => {
  after(unmountAll);
  before(() => document.fonts.ready);

  for (const lang of LANGS) {
    for (const id of CHARTS) {
      for (const width of WIDTHS) {
        it(`${id}, ${lang}, ${width} px: labels and values lie inside the canvas`, async () => {
          unmountAll();
          const el = await mountChart(
            `<div style="width:${width}px"><ipr-chart chart="${id}"></ipr-chart></div>`,
            {
              lang,
            },
          ).then((box) => box.querySelector('ipr-chart')!);
          await drawn(el);
          const chart = el.chartInstance!;
          // The final state now: the bars and values where they end, not where a tween is.
          chart.stop();
          chart.update('none');
          const { width: w, height: h } = chart;
          expect(w, 'canvas width').to.be.greaterThan(0);

          const problems: string[] = [];
          const category = categories(el);
          for (const [scaleId, items] of tickBoxes(chart)) {
            for (const box of items.flat())
              if (outside(box, w, h)) problems.push(`tick ${scaleId}: ${show(box)}`);
            const scale = chart.scales[scaleId]!;
            if (scale.type !== 'category') continue;
            // Every category keeps its whole name: the lines of each label are the label.
            const written = items.map((lines) => squash(lines.map((b) => b.text).join('')));
            expect(written, `${scaleId} labels`).to.deep.equal(category.map(squash));
            // Neighbouring labels do not overlap.
            const boxes = items.map((lines) => ({
              top: Math.min(...lines.map((b) => b.top)),
              bottom: Math.max(...lines.map((b) => b.bottom)),
              left: Math.min(...lines.map((b) => b.left)),
              right: Math.max(...lines.map((b) => b.right)),
            }));
            for (let i = 1; i < boxes.length; i++) {
              const [a, b] = [boxes[i - 1]!, boxes[i]!];
              const apart = scale.isHorizontal()
                ? a.right <= b.left || b.right <= a.left
                : a.bottom <= b.top || b.bottom <= a.top;
              if (!apart) problems.push(`labels ${i - 1} and ${i} of ${scaleId} overlap`);
            }
          }
          const texts = drawnTexts(chart);
          const values = chart.data.datasets.flatMap((d) => d.data.length);
          expect(texts.length, 'texts drawn').to.be.at.least(values.reduce((a, b) => a + b, 0));
          for (const box of texts) if (outside(box, w, h)) problems.push(`drawn: ${show(box)}`);
          expect(problems, `canvas ${w} × ${h}`).to.deep.equal([]);

          // The element, its card and its canvas stay inside the container.
          const container = el.parentElement!.getBoundingClientRect();
          const figure = el.shadowRoot!.querySelector<HTMLElement>('[part~="figure"]')!;
          const canvas = el.shadowRoot!.querySelector('canvas')!.getBoundingClientRect();
          expect(el.getBoundingClientRect().right, 'element right edge').to.be.at.most(container.right + 0.5);
          expect(figure.scrollWidth, 'card scroll width').to.be.at.most(figure.clientWidth);
          expect(canvas.right, 'canvas right edge').to.be.at.most(figure.getBoundingClientRect().right);
          expect(canvas.left, 'canvas left edge').to.be.at.least(figure.getBoundingClientRect().left);
        });
      }
    }
  }
});

/** The chart's category labels, as given to Chart.js. */
function categories(el: IprChart): string[] {
  const labels = el.chartInstance!.data.labels ?? [];
  return labels.map(String);
}
