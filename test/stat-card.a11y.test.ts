import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import { METRIC_IDS, periodsOf } from 'ip-report-widgets/data';
import { mount, unmountAll } from './helpers.js';

describe('<ipr-stat-card> accessibility', () => {
  afterEach(unmountAll);

  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'zh-CN']) {
      describe(`when ${theme} and ${lang}`, () => {
        it('has no axe violation for any bundled figure of any period', async () => {
          const markup = METRIC_IDS.flatMap((id) =>
            periodsOf(id).map(
              (p) => `<ipr-stat-card metric="${id}" period="${p}" theme="${theme}"></ipr-stat-card>`,
            ),
          ).join('');
          const first = await mount(markup, { lang });
          const cards = [...first.parentElement!.children];
          expect(cards.length).to.be.greaterThan(10);
          for (const card of cards) {
            await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            expect(card.shadowRoot!.querySelector('[part~="value"]'), card.outerHTML).to.exist;
          }
          await expect(first.parentElement!).to.be.accessible();
        });
      });
    }
  }

  describe('when a host sets a colour with too little contrast', () => {
    it('is caught by the same check (so the check can fail)', async () => {
      const el = await mount('<ipr-stat-card metric="punitive-damages-cases" theme="light"></ipr-stat-card>');
      (el as HTMLElement).style.setProperty('--ipr-muted', '#dddddd');
      await expect(el.parentElement!).not.to.be.accessible();
    });
  });
});
