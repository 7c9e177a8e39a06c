import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import type { IprChart } from 'ip-report-widgets';
import { chartClass, drawn, text } from './chart-helpers.js';
import { mount, settled, unmountAll } from './helpers.js';

// Runs in a page of its own (one per test file), so nothing else has loaded chart code before.

/** Scripts the page fetched from dist/. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/'));

/** Of those, the ones holding Chart.js (its platform code marks canvases with `$chartjs`). */
async function withChartJs(): Promise<string[]> {
  const found: string[] = [];
  for (const path of fetched()) {
    if ((await (await fetch(path)).text()).includes('$chartjs')) found.push(path);
  }
  return found;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('lazy loading of <ipr-chart>', () => {
  after(unmountAll);

  it('a page with only stat cards requests no chart code at all', async () => {
    const card = await mount('<ipr-stat-card metric="punitive-damages-cases"></ipr-stat-card>');
    await settled(card);
    await pause(300);
    expect(fetched()).to.include('/dist/ip-report-widgets.js');
    expect(fetched().filter((p) => /\/chunks\/(chart|engine)-/.test(p))).to.deep.equal([]);
    expect(await withChartJs()).to.deep.equal([]);
    expect(customElements.get('ipr-chart')).to.equal(undefined);
  });

  it('a chart far below the fold renders its text but loads Chart.js only once scrolled near', async () => {
    // The spacer is tall before the chart's tag is seen: a page that loads with the chart far below.
    const spacer = await mount(
      '<div style="height: 6000px"></div><ipr-chart chart="punitive-damages-trend"></ipr-chart>',
    );
    const chart = spacer.nextElementSibling as IprChart;
    await chartClass();
    await settled(chart);
    await pause(500);
    expect(text(chart, 'title')).to.equal('Cases with punitive damages, 2022–2024');
    expect(chart.summary).to.contain('460');
    expect(chart.chartInstance).to.equal(undefined);
    expect(await withChartJs()).to.deep.equal([]);
    // Space is reserved before drawing: the plot box already has its height.
    const plot = chart.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
    const reserved = plot.getBoundingClientRect().height;
    expect(reserved).to.be.greaterThan(100);

    chart.scrollIntoView();
    await drawn(chart);
    const loaded = await withChartJs();
    expect(loaded).to.have.length(1);
    expect(loaded[0]).to.match(/^\/dist\/chunks\/engine-[\w-]+\.js$/);
    expect(plot.getBoundingClientRect().height).to.equal(reserved);
  });
});
