import { IprChart } from '../components/chart/chart.js';

export { IprChart };
export type { IprDownloadDetail } from '../components/chart/chart.js';
export type { ChartData } from '../charts/types.js';
