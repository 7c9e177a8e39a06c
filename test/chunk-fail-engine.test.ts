import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import 'ip-report-widgets';
import { mountChart } from './chart-helpers.js';
import { blockChunks } from './fail-chunks.js';
import { watchPage } from './helpers.js';

// A page of its own: the engine chunk (the chart code with Chart.js) is fetched once per page,
// and here both tries fail. See lazy.ts for the policy.

describe('<ipr-chart> when the engine chunk does not load', () => {
  const page = watchPage();
  let blocked: ReturnType<typeof blockChunks>;
  before(() => (blocked = blockChunks({ engine: 2 })));
  after(() => blocked.unblock());

  it('tries twice, then shows the load-failed error state with one warning, and asks no more', async function () {
    const events: string[] = [];
    document.addEventListener('ipr-error', (e) => events.push(e.detail.code));
    const el = await mountChart('<ipr-chart chart="punitive-damages-trend"></ipr-chart>');
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~="error"]') || el.chartInstance,
      'neither the error state nor a chart',
    );
    // An earlier file on this page loaded the chunk: the engine takes it from its cache, nothing fails.
    if (el.chartInstance && (await blocked.count()) === 0) this.skip();
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.getAttribute('data-code')).to.equal(
      'load-failed',
    );
    await waitUntil(() => events.length, 'no ipr-error event');
    expect(events).to.deep.equal(['load-failed']);
    expect(page.warnings.filter((l) => l.includes('load-failed'))).to.have.length(1);
    // A second chart on the page, and updates of the first, do not ask again.
    const other = await mountChart('<ipr-chart chart="prosecutions-trend"></ipr-chart>');
    el.lang = 'en-GB';
    await waitUntil(() => other.shadowRoot!.querySelector('[part~="error"]'), 'the second chart drew');
    await new Promise((r) => setTimeout(r, 300));
    const requests = await blocked.count();
    console.log(`engine chunk requests: ${requests}`);
    expect(requests).to.be.within(1, 2);
  });
});
