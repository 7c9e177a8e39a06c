import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import 'ip-report-widgets';
import type { IprChart } from 'ip-report-widgets';
import { active, canvasOf, chartClass, command, drawn, live } from './chart-helpers.js';
import { mount, settled, watchPage } from './helpers.js';
import { waitUntil } from './wait.js';

// A page of its own: both charts are drawn before the tooltip chunk is fetched, which the first
// one then fetches; the second must take the parts up on its own first focus or pointer.

const failed = (el: IprChart) =>
  [...el.shadowRoot!.querySelectorAll('.notice')].map((n) => n.textContent ?? '').join(' | ');

describe('charts drawn before another chart fetched the tooltip parts', () => {
  const page = watchPage();
  // The test server holds the tooltip chunk back 800 ms: the first key comes before it.
  before(() => (document.cookie = 'ipr-slow=tooltip; path=/'));
  after(() => (document.cookie = 'ipr-slow=; path=/; max-age=0'));

  it('take them up on their first focus: keys move, announce and draw, nothing fails', async function () {
    const start = await mount(
      `<button id="a">a</button><ipr-chart chart="punitive-damages-trend"></ipr-chart>
       <button id="b">b</button><ipr-chart lang="zh" chart="punitive-damages-trend"></ipr-chart>
       <ipr-chart chart="growth-comparison"></ipr-chart>`,
    );
    await chartClass();
    const [first, second, third] = [...start.parentElement!.querySelectorAll('ipr-chart')];
    for (const el of [first!, second!, third!]) {
      // Charts draw only near the viewport: each is brought into view in turn.
      el.scrollIntoView({ block: 'center' });
      await settled(el);
      await drawn(el);
    }
    start.scrollIntoView();
    expect(first!.chartInstance!.tooltip, 'no Tooltip plugin before').to.equal(undefined);

    // The first chart fetches the parts on focus by the keyboard; the key pressed while they are
    // on their way makes its move once they are in.
    (start.parentElement!.querySelector('#a') as HTMLElement).focus();
    await command(this, () => sendKeys({ press: 'Tab' }));
    await command(this, () => sendKeys({ press: 'ArrowRight' }));
    expect(active(first!), 'the parts are still on their way').to.deep.equal([]);
    await waitUntil(() => active(first!).length, 'the key pressed early made no move');
    expect(active(first!)).to.deep.equal(['0:0']);
    expect(live(first!)).to.match(/^2022, about 147, 1 of 3/);

    // The second, drawn before the parts came, on its first focus.
    (start.parentElement!.querySelector('#b') as HTMLElement).focus();
    await command(this, () => sendKeys({ press: 'Tab' }));
    expect(second!.shadowRoot!.activeElement).to.equal(canvasOf(second!));
    await command(this, () => sendKeys({ press: 'ArrowRight' }));
    await command(this, () => sendKeys({ press: 'ArrowRight' }));
    expect(active(second!)).to.deep.equal(['0:1']);
    expect(live(second!)).to.equal('2023，319，第2项，共3项');
    expect(second!.chartInstance!.tooltip!.getActiveElements().map((a) => a.index)).to.deep.equal([1]);
    await command(this, () => sendKeys({ press: 'Tab' }));

    // The third, by a pointer: its tooltip comes under the pointer.
    third!.scrollIntoView({ block: 'center' });
    await new Promise((r) => setTimeout(r, 100));
    const chart = third!.chartInstance!;
    const box = chart.canvas.getBoundingClientRect();
    const bar = chart.getDatasetMeta(0).data[0]! as unknown as { x: number; y: number; base: number };
    const at: [number, number] = [Math.round(box.left + (bar.x + bar.base) / 2), Math.round(box.top + bar.y)];
    await command(this, () => sendMouse({ type: 'move', position: at }));
    await waitUntil(() => third!.chartInstance?.tooltip?.getActiveElements().length, 'no tooltip', {
      timeout: 5000,
    });
    await command(this, () => sendMouse({ type: 'move', position: [0, 0] }));

    for (const el of [first!, second!, third!]) expect(failed(el), 'no chart-failed notice').to.equal('');
    expect(page.warnings).to.deep.equal([]);
  });
});
