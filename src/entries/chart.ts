import { IprChart } from '../components/chart/chart.js';
import { defineElement } from '../internal/define.js';

defineElement('ipr-chart', IprChart);

export { IprChart };
export type { IprDownloadDetail } from '../components/chart/chart.js';
export type { ChartData } from '../charts/types.js';
