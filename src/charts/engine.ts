/**
 * The part of `<ipr-chart>` that draws: Chart.js with only what the charts use registered, and
 * the controller that owns one Chart instance. A chunk of its own, fetched when the first chart
 * comes near the viewport.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

// What every chart needs; a line chart's controller and elements are registered by line.ts.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export { ChartController, liveCharts, type ChartHost, type ChartSource } from './controller.js';
