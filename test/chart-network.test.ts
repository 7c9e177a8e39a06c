import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import type { IprChart } from 'ip-report-widgets';
import { drawn } from './chart-helpers.js';
import { mount, unmountAll } from './helpers.js';

// A page of its own: no chart code has been loaded before this file's first chart.

/** The timing of the one request for a lazy chunk of that name. */
function timing(name: string): PerformanceResourceTiming {
  const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
    new URL(e.name).pathname.startsWith(`/dist/chunks/${name}-`),
  );
  expect(entries, `requests for the ${name} chunk`).to.have.length(1);
  return entries[0]!;
}

describe('download order when a chart is in view at load', () => {
  before(() => (document.cookie = 'ipr-slow=chart; path=/'));
  after(() => {
    document.cookie = 'ipr-slow=; path=/; max-age=0';
    unmountAll();
  });

  it('Chart.js (the engine chunk) is requested beside the chart code, not after it arrived', async () => {
    // The chart chunk is held back 800 ms by the test server: the engine's request must not wait for it.
    const chart = (await mount('<ipr-chart chart="punitive-damages-trend"></ipr-chart>')) as IprChart;
    await drawn(chart);
    const code = timing('chart');
    const engine = timing('engine');
    console.log(
      `chart chunk ${code.startTime.toFixed(0)}–${code.responseEnd.toFixed(0)} ms, ` +
        `engine chunk ${engine.startTime.toFixed(0)}–${engine.responseEnd.toFixed(0)} ms`,
    );
    expect(code.responseEnd - code.startTime, 'the chart chunk was held back').to.be.greaterThan(700);
    expect(engine.startTime, 'engine requested before the chart code arrived').to.be.lessThan(
      code.responseEnd,
    );
  });

  it('the chunks the chart code imports (texts, chart ids) are requested beside it, not after it arrived', () => {
    // Without the build's parallel imports the browser sees these only once the chart chunk is parsed.
    const code = timing('chart');
    for (const name of ['extras', 'ids']) {
      const shared = timing(name);
      console.log(`${name} chunk ${shared.startTime.toFixed(0)}–${shared.responseEnd.toFixed(0)} ms`);
      expect(shared.startTime, `${name} requested before the chart code arrived`).to.be.lessThan(
        code.responseEnd,
      );
    }
  });
});
