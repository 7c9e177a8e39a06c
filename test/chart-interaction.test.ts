import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import 'ip-report-widgets';
import type { IprChart } from 'ip-report-widgets';
import { active, canvasOf, chartClass, command, drawn, live, mountChart } from './chart-helpers.js';
import { canEmulateMedia, mount, settled, unmountAll, watchPage } from './helpers.js';

// Runs in a page of its own (one per test file): the first test sees the page before any pointer
// or focus reached a chart, so the tooltip chunk must not have been requested yet.

type Mocha = Parameters<typeof command>[0];

/** Paths of the tooltip chunk the page requested. */
const tooltipRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => /^\/dist\/chunks\/tooltip-[\w-]+\.js$/.test(p));

/** Viewport coordinates of a value's bar or point on the canvas: its middle, or near its tip. */
function pointAt(el: IprChart, datasetIndex: number, index: number): [number, number] {
  const chart = el.chartInstance!;
  const box = chart.canvas.getBoundingClientRect();
  const bar = chart.getDatasetMeta(datasetIndex).data[index]! as unknown as {
    x: number;
    y: number;
    base?: number;
  };
  const horizontal = chart.options.indexAxis === 'y';
  const base = bar.base ?? (horizontal ? bar.x : bar.y);
  const x = horizontal ? (bar.x + base) / 2 : bar.x;
  const y = horizontal ? bar.y : (bar.y + base) / 2;
  return [Math.round(box.left + x), Math.round(box.top + y)];
}

/** What the tooltip shows now: title, body lines and footer, while it is shown. */
function tooltipText(el: IprChart): { title: string[]; body: string[]; footer: string[] } | undefined {
  const tip = el.chartInstance?.tooltip;
  if (!tip || !tip.getActiveElements().length) return undefined;
  return { title: tip.title, body: tip.body.flatMap((b) => b.lines), footer: tip.footer };
}

/** Tabs from a button placed before the chart onto the canvas, with real key presses. */
async function tabInto(test: Mocha, el: IprChart): Promise<HTMLCanvasElement> {
  const start = el.parentElement!.querySelector<HTMLButtonElement>('#start')!;
  start.focus();
  await command(test, () => sendKeys({ press: 'Tab' }));
  const canvas = canvasOf(el);
  expect(el.shadowRoot!.activeElement, 'the canvas is the tab stop after the button').to.equal(canvas);
  return canvas;
}

/** A real key press; the chart moves, draws and announces in the key's own event. */
const press = (test: Mocha, key: string) => command(test, () => sendKeys({ press: key }));

/** A button, then a chart: drawn, ready to be tabbed into. */
async function chartAfterButton(chart: string): Promise<IprChart> {
  const start = await mount(`<button id="start">start</button>${chart}`);
  await chartClass();
  const el = start.parentElement!.querySelector('ipr-chart')!;
  await settled(el);
  await drawn(el);
  return el;
}

describe('<ipr-chart> interaction', () => {
  const page = watchPage();
  afterEach(unmountAll);

  it('fetches the tooltip on the first pointer, and shows label, value and the derived note', async function () {
    const el = await mountChart('<ipr-chart chart="punitive-damages-trend"></ipr-chart>');
    await drawn(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(tooltipRequests(), 'tooltip chunk before any pointer or focus').to.deep.equal([]);
    expect(el.chartInstance!.tooltip, 'no Tooltip plugin before').to.equal(undefined);

    // The derived 2022 bar: a pointer over it fetches the chunk, and the tooltip comes on it.
    await command(this, () => sendMouse({ type: 'move', position: pointAt(el, 0, 0) }));
    await waitUntil(() => tooltipRequests().length === 1, 'the pointer did not fetch the tooltip chunk');
    await waitUntil(() => tooltipText(el), 'no tooltip under the pointer', { timeout: 5000 });
    let shown = tooltipText(el)!;
    expect(shown.title).to.deep.equal(['2022']);
    expect(shown.body).to.deep.equal(['Cases with punitive damages: ≈147']);
    expect(shown.footer.join(' ')).to.match(/^≈ 2022: Derived from the reported figures as 319/);
    expect(active(el)).to.deep.equal(['0:0']);

    // Moving on to the reported 2024 bar: its value, no note.
    await command(this, () => sendMouse({ type: 'move', position: pointAt(el, 0, 2) }));
    await waitUntil(() => tooltipText(el)?.title[0] === '2024', 'the tooltip did not follow the pointer');
    shown = tooltipText(el)!;
    expect(shown.body).to.deep.equal(['Cases with punitive damages: 460']);
    expect(shown.footer).to.deep.equal([]);
    expect(tooltipRequests(), 'the chunk is fetched once').to.have.length(1);

    // Leaving the canvas hides it.
    await command(this, () => sendMouse({ type: 'move', position: [0, 0] }));
    await waitUntil(() => !tooltipText(el), 'the tooltip stayed after the pointer left');
    expect(page.warnings).to.deep.equal([]);
  });

  it('is one tab stop: arrows, Home and End move and announce, Escape clears, the focus ring shows', async function () {
    const el = await chartAfterButton('<ipr-chart chart="punitive-damages-trend"></ipr-chart>');
    const canvas = await tabInto(this, el);
    const ring = getComputedStyle(canvas);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(canvas.matches(':focus-visible')).to.equal(true);
    expect(canvas.getAttribute('aria-describedby')).to.equal('keys');
    expect(el.shadowRoot!.getElementById('keys')!.textContent).to.match(/^Arrow keys move/);

    await press(this, 'ArrowRight');
    expect(active(el)).to.deep.equal(['0:0']);
    expect(live(el)).to.match(/^2022, about 147, 1 of 3\. 2022: Derived from the reported figures as 319 /);
    await waitUntil(() => tooltipText(el), 'no tooltip on the active bar');
    expect(tooltipText(el)!.title).to.deep.equal(['2022']);
    expect(el.chartInstance!.tooltip!.getActiveElements().map((a) => a.index)).to.deep.equal([0]);

    await press(this, 'ArrowRight');
    expect(active(el)).to.deep.equal(['0:1']);
    expect(live(el)).to.equal('2023, 319, 2 of 3');
    expect(tooltipText(el)!.body).to.deep.equal(['Cases with punitive damages: 319']);

    await press(this, 'End');
    expect(active(el)).to.deep.equal(['0:2']);
    expect(live(el)).to.equal('2024, 460, 3 of 3');
    await press(this, 'ArrowRight');
    expect(active(el), 'stays at the last value').to.deep.equal(['0:2']);

    await press(this, 'Home');
    expect(active(el)).to.deep.equal(['0:0']);
    await press(this, 'ArrowLeft');
    expect(active(el), 'stays at the first value').to.deep.equal(['0:0']);

    await press(this, 'Escape');
    expect(active(el)).to.deep.equal([]);
    expect(tooltipText(el)).to.equal(undefined);
    expect(live(el)).to.equal('');
    expect(el.shadowRoot!.activeElement, 'Escape clears; focus stays').to.equal(canvas);

    // Tab leaves the chart for its toolbar: no trap.
    await command(this, () => sendKeys({ press: 'Tab' }));
    expect(el.shadowRoot!.activeElement?.localName).to.equal('button');
    expect(page.warnings).to.deep.equal([]);
  });

  it('moves along horizontal bars with Up and Down, in Chinese', async function () {
    const el = await chartAfterButton('<ipr-chart lang="zh" chart="growth-comparison"></ipr-chart>');
    await tabInto(this, el);
    await waitUntil(() => tooltipRequests().length, 'focus did not fetch the tooltip chunk');
    await press(this, 'ArrowDown');
    await press(this, 'ArrowDown');
    expect(active(el)).to.deep.equal(['0:1']);
    const label = el.chartInstance!.data.labels![1]!;
    expect(live(el).startsWith(`${label}，约+16.7%，第2项，共3项。增幅据报告数据推算`), live(el)).to.equal(
      true,
    );
    await waitUntil(() => tooltipText(el), 'no tooltip');
    expect(tooltipText(el)!.title).to.deep.equal([label]);
    expect(tooltipText(el)!.body[0]).to.match(/：?≈\+16\.7%$/);
    expect(tooltipText(el)!.footer.join('')).to.match(/^≈/);
    await press(this, 'ArrowUp');
    expect(active(el)).to.deep.equal(['0:0']);
  });

  it('moves between series with Up and Down on vertical bars', async function () {
    const data = {
      title: 'Two series',
      labels: ['A', 'B'],
      series: [
        { label: 'First', values: [1, 2] },
        { label: 'Second', values: [3, 4] },
      ],
    };
    const el = await chartAfterButton(
      `<ipr-chart><script type="application/json">${JSON.stringify(data)}</script></ipr-chart>`,
    );
    await tabInto(this, el);
    await waitUntil(() => tooltipRequests().length, 'focus did not fetch the tooltip chunk');
    await press(this, 'ArrowRight');
    await press(this, 'ArrowRight');
    expect(active(el)).to.deep.equal(['0:1']);
    expect(live(el)).to.equal('B, First, 2, 2 of 2');
    await press(this, 'ArrowDown');
    expect(active(el)).to.deep.equal(['1:1']);
    expect(live(el)).to.equal('B, Second, 4, 2 of 2');
    await waitUntil(() => tooltipText(el)?.body[0] === 'Second: 4', 'the tooltip did not follow');
    await press(this, 'ArrowUp');
    expect(active(el)).to.deep.equal(['0:1']);
  });

  it('draws the tooltip without a tween when motion is reduced, and readable with its focus ring in forced colours', async function () {
    // Only CDP (Chromium) can switch these preferences; elsewhere this shows as skipped.
    if (!canEmulateMedia) this.skip();
    await emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    try {
      const el = await chartAfterButton('<ipr-chart chart="punitive-damages-trend"></ipr-chart>');
      const canvas = await tabInto(this, el);
      await waitUntil(() => el.chartInstance!.options.plugins?.tooltip, 'no tooltip options');
      expect(el.chartInstance!.options.plugins!.tooltip!.animation).to.equal(false);
      const ring = getComputedStyle(canvas);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      // The tooltip's box in the system's Canvas colour, its text in CanvasText: never one colour.
      const tip = el.chartInstance!.options.plugins!.tooltip!;
      expect(tip.backgroundColor).to.not.equal(tip.bodyColor);
      await press(this, 'ArrowRight');
      // No tween: the box is fully there at once.
      expect(el.chartInstance!.tooltip!.opacity).to.equal(1);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
    }
  });
});
