import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import type { IprChart } from 'ip-report-widgets';
import { chartClass, drawn, inked, openTable, tableRows } from './chart-helpers.js';
import { settled, unmountAll } from './helpers.js';
import { waitUntil } from './wait.js';

// A page of many charts scrolled top to bottom keeps only the charts near the viewport drawn:
// one scrolled far past releases its Chart instance and canvas, keeps its box, and draws again
// when scrolled back to.

const COUNT = 300;
const LIMIT = 60;
const IDS = ['punitive-damages-trend', 'prosecutions-trend', 'cases-concluded-trend', 'growth-comparison'];

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
    next(n);
  });

/** Chart.js's own registry of live charts, reached through one of its instances. */
const registry = (el: IprChart) =>
  Object.keys((el.chartInstance!.constructor as unknown as { instances: object }).instances).length;

describe('charts far from the viewport', () => {
  after(unmountAll);

  it(`a page of ${COUNT} charts scrolled through holds at most ${LIMIT} Chart instances, and a chart scrolled back to draws again`, async function () {
    this.timeout(240_000);
    const host = document.createElement('div');
    host.setAttribute('data-test-host', '');
    host.style.cssText = 'display:grid;grid-template-columns:repeat(2,300px);gap:8px;align-items:start';
    host.innerHTML = Array.from(
      { length: COUNT },
      (_, i) => `<ipr-chart chart="${IDS[i % IDS.length]}"></ipr-chart>`,
    ).join('');
    document.body.append(host);
    const charts = [...host.querySelectorAll('ipr-chart')];
    const IprChartClass = await chartClass();
    await Promise.all(charts.map(settled));
    window.scrollTo(0, 0);
    const first = charts[0]!;
    const canvas = await drawn(first);
    await waitUntil(() => inked(canvas) > 0, 'the first chart drew no pixels');
    const plot = first.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
    const box = plot.getBoundingClientRect().height;
    const base = IprChartClass.liveCharts - charts.filter((c) => c.chartInstance).length;
    const registryBase = registry(first) - charts.filter((c) => c.chartInstance).length;

    let most = 0;
    let mostInRegistry = 0;
    let everDrawn = 0;
    const seen = new Set<Element>();
    const step = innerHeight;
    for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await frames(3);
      const live = charts.filter((c) => c.chartInstance);
      for (const c of live) seen.add(c);
      most = Math.max(most, IprChartClass.liveCharts - base);
      if (live[0]) mostInRegistry = Math.max(mostInRegistry, registry(live[0]) - registryBase);
    }
    // Wait for the last screen to draw before counting what was drawn at all.
    await waitUntil(() => charts.at(-1)!.chartInstance, 'the last chart was never drawn');
    everDrawn = seen.add(charts.at(-1)!).size;
    console.log(
      `${COUNT} charts scrolled: ${everDrawn} drawn at some point, at most ${most} live (${mostInRegistry} in Chart.js's registry)`,
    );
    expect(everDrawn, 'charts drawn at some point').to.be.greaterThan(LIMIT * 2);
    expect(most, 'most live charts (IprChart.liveCharts)').to.be.at.most(LIMIT);
    expect(mostInRegistry, "most live charts (Chart.js's registry)").to.be.at.most(LIMIT);

    // The first chart, far above now: no instance, no pixels kept, the same box, still described.
    await waitUntil(() => !first.chartInstance, 'the first chart kept its instance');
    expect(canvas.width * canvas.height, 'canvas pixels kept').to.equal(0);
    expect(plot.getBoundingClientRect().height).to.equal(box);
    expect(first.summary).to.not.equal('');
    expect(canvas.getAttribute('aria-label')).to.equal(first.summary);
    await openTable(first);
    expect(tableRows(first).length).to.equal(4);

    // Back to the top: it draws again.
    window.scrollTo(0, 0);
    const again = await drawn(first);
    await waitUntil(() => inked(again) > 0, 'the first chart drew no pixels on its return');
    expect(plot.getBoundingClientRect().height).to.equal(box);
    // And the charts at the bottom, far below now, let theirs go.
    await waitUntil(() => !charts.at(-1)!.chartInstance, 'the last chart kept its instance');
  });

  it('a chart released far from the viewport still gives its PNG, and stays released', async () => {
    unmountAll();
    const host = document.createElement('div');
    host.setAttribute('data-test-host', '');
    host.innerHTML =
      '<ipr-chart chart="growth-comparison" style="display:block;width:400px"></ipr-chart><div></div>';
    document.body.append(host);
    const el = host.firstElementChild as IprChart;
    (host.lastElementChild as HTMLElement).style.height = `${innerHeight * 8}px`;
    window.scrollTo(0, 0);
    await drawn(el);
    window.scrollTo(0, innerHeight * 6);
    await waitUntil(() => !el.chartInstance, 'the chart kept its instance far from the viewport');
    const png = await el.toPNG();
    expect(png?.type).to.equal('image/png');
    expect(png!.size).to.be.greaterThan(1000);
    expect(el.chartInstance).to.equal(undefined);
    window.scrollTo(0, 0);
  });
});
