import { autoload } from './autoload.js';

/**
 * Defines `<ipr-chart>` and `<ipr-report>` on first sight of their tags, so a page of stat cards
 * never downloads chart or report code. `chartEngine`, where given, is fetched as soon as a chart
 * near the viewport is seen, beside the chart element's code rather than after it.
 */
export function autoloadElements(chartEngine?: () => Promise<unknown>): void {
  autoload('ipr-chart', () => import('../entries/chart.js'), chartEngine);
  autoload('ipr-report', () => import('../entries/report.js'));
}
