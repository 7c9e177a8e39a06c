import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import { mount, settled, unmountAll } from './helpers.js';

describe('<ipr-report> accessibility', () => {
  afterEach(unmountAll);

  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'zh-CN']) {
      it(`has no axe violation when ${theme} and ${lang}`, async () => {
        const el = await mount(`<ipr-report theme="${theme}" lang="${lang}"></ipr-report>`);
        await customElements.whenDefined('ipr-report');
        await customElements.whenDefined('ipr-chart');
        await settled(el);
        for (const inner of el.shadowRoot!.querySelectorAll('ipr-stat-card, ipr-chart')) await settled(inner);
        expect(el.shadowRoot!.querySelectorAll('ipr-stat-card')).to.have.length(4);
        await expect(el.parentElement!).to.be.accessible();
      });
    }
  }
});
