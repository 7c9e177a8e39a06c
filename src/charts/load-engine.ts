import { lazy } from '../internal/lazy.js';

/**
 * The chart engine (the chart code with Chart.js), fetched once per page under one retry policy,
 * by whoever asks first: the entry, when a chart is near the viewport as the page loads (so it
 * downloads beside the chart element's code, not after it), or a chart that comes near later.
 */
export const loadEngine = lazy(() => import('./engine.js'));
