import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import 'ip-report-widgets';
import { drawn, mountChart } from './chart-helpers.js';
import { blockChunks } from './fail-chunks.js';
import { watchPage } from './helpers.js';

// A page of its own: the line chunk (Chart.js's line controller) is fetched once per page, with
// the first line chart; here both tries fail, while bar charts still draw.

const line = JSON.stringify({
  title: 'A line',
  type: 'line',
  labels: ['a', 'b', 'c'],
  series: [{ label: 'x', values: [1, 3, 2] }],
});

describe('<ipr-chart> when the line chunk does not load', () => {
  const page = watchPage();
  let blocked: ReturnType<typeof blockChunks>;
  before(() => (blocked = blockChunks({ line: 2 })));
  after(() => blocked.unblock());

  it('a line chart shows the load-failed error state with one warning; a bar chart still draws', async function () {
    const bar = await mountChart('<ipr-chart chart="punitive-damages-trend"></ipr-chart>');
    await drawn(bar);
    const events: string[] = [];
    const el = await mountChart(`<ipr-chart><script type="application/json">${line}</script></ipr-chart>`);
    el.addEventListener('ipr-error', (e) => events.push(e.detail.code));
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~="error"]') || el.chartInstance,
      'neither the error state nor a chart',
    );
    if (el.chartInstance && (await blocked.count()) === 0) this.skip();
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.getAttribute('data-code')).to.equal(
      'load-failed',
    );
    await waitUntil(() => events.length, 'no ipr-error event');
    expect(events).to.deep.equal(['load-failed']);
    expect(page.warnings.filter((l) => l.includes('load-failed'))).to.have.length(1);
    expect(bar.chartInstance).to.not.equal(undefined);
    const requests = await blocked.count();
    console.log(`line chunk requests: ${requests}`);
    expect(requests).to.be.within(1, 2);
  });
});
