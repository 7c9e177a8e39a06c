import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'ip-report-widgets';
import { chartClass } from './chart-helpers.js';
import { mount, settled, unmountAll } from './helpers.js';

/** The focused element, looking through open shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('keyboard', () => {
  afterEach(unmountAll);

  for (const theme of ['light', 'dark']) {
    describe(`when tabbing through a card and a chart (${theme})`, () => {
      it('reaches every control, each with a visible focus ring', async () => {
        const first = await mount(
          `<button id="start">start</button>
           <ipr-stat-card theme="${theme}" metric="punitive-damages-cases"></ipr-stat-card>
           <ipr-chart theme="${theme}" chart="punitive-damages-trend"></ipr-chart>
           <button id="end">end</button>`,
        );
        await chartClass();
        const chart = first.parentElement!.querySelector('ipr-chart')!;
        await settled(chart);
        (first as HTMLElement).focus();
        const reached: Element[] = [];
        for (let i = 0; i < 12; i++) {
          await sendKeys({ press: 'Tab' });
          const el = deepActive();
          if (!el || el.id === 'end') break;
          reached.push(el);
          const style = getComputedStyle(el);
          expect(style.outlineStyle, `${el.localName} ${el.textContent}`).not.to.equal('none');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        }
        const names = reached.map((el) => `${el.localName}:${(el.textContent ?? '').trim().slice(0, 20)}`);
        expect(names.some((n) => n.startsWith('a:Supreme People'))).to.equal(true, names.join(' | '));
        expect(reached.filter((el) => el.localName === 'button').length).to.be.at.least(3, names.join(' | '));
      });
    });
  }
});
