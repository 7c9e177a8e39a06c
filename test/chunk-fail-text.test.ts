import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import 'ip-report-widgets';
import { blockChunks } from './fail-chunks.js';
import { mount, settled, watchPage } from './helpers.js';

// A page of its own: the extras chunk (error texts), the Chinese messages and the chart element's
// chunk are each fetched once per page; here every try fails. See lazy.ts for the policy.

describe('when a text chunk or the chart chunk does not load', () => {
  const page = watchPage();
  let blocked: ReturnType<typeof blockChunks>;

  describe('the extras chunk', () => {
    before(() => (blocked = blockChunks({ extras: 9 })));
    after(() => blocked.unblock());

    it('the error state names the code, warns once, and the chunk is not asked for again', async function () {
      const el = await mount('<ipr-stat-card metric="no-such-metric"></ipr-stat-card>');
      await settled(el);
      const error = () => el.shadowRoot!.querySelector('[part~="error"]');
      await waitUntil(() => error()?.textContent?.includes('no-such-metric'), 'no error text');
      if ((await blocked.count()) === 0) this.skip(); // loaded by an earlier file on this page
      expect(error()!.getAttribute('data-code')).to.equal('unknown-metric');
      expect(error()!.textContent).to.contain('unknown-metric');
      // Updates with new problems used to ask for the chunk again each time, forever.
      for (const metric of ['nope-1', 'nope-2', 'nope-3']) {
        el.setAttribute('metric', metric);
        await settled(el);
      }
      await new Promise((r) => setTimeout(r, 300));
      const requests = await blocked.count();
      console.log(`extras chunk requests: ${requests}`);
      expect(requests).to.be.within(1, 2);
      expect(page.warnings.filter((l) => l.includes('unknown-metric'))).to.have.length(4);
    });
  });

  describe('the Chinese messages', () => {
    before(() => (blocked = blockChunks({ zh: 9 })));
    after(() => blocked.unblock());

    it('a zh widget shows English, with one warning, after two tries', async function () {
      const el = await mount('<ipr-stat-card lang="zh" metric="punitive-damages-cases"></ipr-stat-card>');
      await settled(el);
      await waitUntil(() => el.shadowRoot!.textContent?.trim(), 'nothing rendered');
      if ((await blocked.count()) === 0) this.skip();
      const second = await mount('<ipr-stat-card lang="zh" metric="ip-crime-prosecutions"></ipr-stat-card>');
      await settled(second);
      expect(el.shadowRoot!.textContent).to.match(/[A-Za-z]{4}/);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(page.warnings.filter((l) => l.includes('load-failed'))).to.have.length(1);
      const requests = await blocked.count();
      console.log(`zh chunk requests: ${requests}`);
      expect(requests).to.be.within(1, 2);
    });
  });

  describe('the chart element chunk', () => {
    before(() => (blocked = blockChunks({ chart: 9 })));
    after(() => blocked.unblock());

    it('the tag stays undefined, its fallback text shows, one warning', async function () {
      const el = await mount('<ipr-chart chart="punitive-damages-trend">Fallback text</ipr-chart>');
      await waitUntil(
        async () => (await blocked.count()) > 0 || customElements.get('ipr-chart'),
        'no request',
      );
      if (customElements.get('ipr-chart')) this.skip();
      await waitUntil(() => page.warnings.some((l) => l.includes('load-failed')), 'no warning');
      await new Promise((r) => setTimeout(r, 300));
      expect(customElements.get('ipr-chart')).to.equal(undefined);
      expect((el as HTMLElement).innerText).to.contain('Fallback text');
      expect(page.warnings.filter((l) => l.includes('load-failed'))).to.have.length(1);
      const requests = await blocked.count();
      console.log(`chart chunk requests: ${requests}`);
      expect(requests).to.be.within(1, 2);
    });
  });
});
