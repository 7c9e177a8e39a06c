/**
 * Line charts' parts of Chart.js, registered when the first line chart is shown: a chunk of its own.
 */
import { Chart, LineController, LineElement, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement);
