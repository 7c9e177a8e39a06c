/**
 * A Chart.js plugin that writes each value at the end of its bar or above its point, "≈" before
 * derived ones. Draws on the chart's own context only.
 */
import type { Chart, Plugin } from 'chart.js';
import { valueText } from './helpers.text.js';
import type { Palette } from './palette.js';
import type { ChartModel } from './types.js';

/** Values are written while there are at most this many; past that they would overlap. */
const MAX_WRITTEN = 24;

export function valuesPlugin(model: ChartModel, palette: Palette): Plugin {
  return {
    id: 'iprValues',
    afterDatasetsDraw(chart: Chart) {
      const ctx = chart.ctx;
      ctx.save();
      if (model.series.length * model.labels.length <= MAX_WRITTEN) {
        ctx.font = `600 12px ${palette.font}`;
        ctx.fillStyle = palette.text;
        model.series.forEach((s, i) => {
          chart.getDatasetMeta(i).data.forEach((point, j) => {
            const v = s.values[j]!;
            const text = valueText(model, v, s.derived[j]);
            const sign = v < 0 ? -1 : 1;
            const gap = model.type === 'line' ? 9 : 6;
            if (model.horizontal) {
              ctx.textAlign = sign < 0 ? 'right' : 'left';
              ctx.textBaseline = 'middle';
              ctx.fillText(text, point.x + gap * sign, point.y);
            } else {
              ctx.textAlign = 'center';
              ctx.textBaseline = sign < 0 ? 'top' : 'bottom';
              ctx.fillText(text, point.x, point.y - gap * sign);
            }
          });
        });
      }
      ctx.restore();
    },
  };
}
