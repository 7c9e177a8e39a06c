import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import 'ip-report-widgets';
import type { IprChart } from 'ip-report-widgets';
import { drawn, mountChart } from './chart-helpers.js';
import { expectNoLitWarnings, mount, settled, watchPage } from './helpers.js';

// A theme change repaints through Chart.js's colour animation, frame by frame: with three engines
// sharing two cores that can take longer than waitUntil's default second.
const changed = { timeout: 5000 };

const LIGHT_TEXT = 'rgb(22, 25, 31)';
const DARK_TEXT = 'rgb(236, 238, 242)';
const LIGHT_BAR = 'rgb(29, 91, 191)';
const DARK_BAR = 'rgb(141, 183, 255)';

/** The colour the widget writes its text in (its shadow tree's top element). */
const textColour = (el: Element) => getComputedStyle(el.shadowRoot!.firstElementChild!).color;
const barColour = (el: IprChart) => el.chartInstance!.data.datasets[0]!.borderColor;
const card = '<ipr-stat-card metric="punitive-damages-cases"></ipr-stat-card>';
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** A card two levels inside a box styled with `style`. */
async function cardIn(style: string, theme?: string): Promise<HTMLElement> {
  const host = await mount<HTMLElement>(
    `<div style="${style}"><div>${theme ? card.replace('<ipr-stat-card', `<ipr-stat-card theme="${theme}"`) : card}</div></div>`,
  );
  const el = host.querySelector('ipr-stat-card')!;
  await settled(el);
  await frames();
  return el;
}

describe('theme auto on a page without color-scheme', () => {
  const page = watchPage();
  afterEach(() => {
    document.body.className = '';
    document.documentElement.removeAttribute('style');
    document.getElementById('toggle-styles')?.remove();
    expectNoLitWarnings(page.warnings);
  });

  describe('when the background behind the widget is dark', () => {
    it('turns dark', async () => {
      const el = await cardIn('background: #202124');
      expect(textColour(el)).to.equal(DARK_TEXT);
    });

    it('turns dark on a mostly opaque dark layer over white', async () => {
      expect(textColour(await cardIn('background: rgba(0, 0, 0, 0.8)'))).to.equal(DARK_TEXT);
    });

    it('stays light under a faint dark layer', async () => {
      expect(textColour(await cardIn('background: rgba(0, 0, 0, 0.2)'))).to.equal(LIGHT_TEXT);
    });

    it('keeps theme="light"', async () => {
      expect(textColour(await cardIn('background: #000', 'light'))).to.equal(LIGHT_TEXT);
    });

    it('keeps the scheme the page declares', async () => {
      expect(textColour(await cardIn('background: #000; color-scheme: light'))).to.equal(LIGHT_TEXT);
    });

    it('goes back to light when the theme attribute says so, and to dark for auto again', async () => {
      const el = await cardIn('background: #000');
      el.setAttribute('theme', 'light');
      await settled(el);
      await frames();
      expect(textColour(el)).to.equal(LIGHT_TEXT);
      el.setAttribute('theme', 'auto');
      await settled(el);
      await waitUntil(() => textColour(el) === DARK_TEXT, 'did not turn dark again', changed);
    });
  });

  describe('when the background is light', () => {
    it('stays light', async () => {
      expect(textColour(await cardIn('background: #fafafa'))).to.equal(LIGHT_TEXT);
    });

    it('stays light with no background anywhere', async () => {
      expect(textColour(await cardIn(''))).to.equal(LIGHT_TEXT);
    });
  });

  describe('when a theme toggle changes <html> or <body>', () => {
    it('follows a class on <body>, and the canvas repaints', async () => {
      const style = document.createElement('style');
      style.id = 'toggle-styles';
      style.textContent = 'body.is-dark-theme { background-color: #000 }';
      document.head.append(style);
      const el = await mountChart('<ipr-chart chart="prosecutions-trend"></ipr-chart>');
      await drawn(el);
      const chart = el.chartInstance;
      expect(barColour(el)).to.equal(LIGHT_BAR);
      document.body.classList.add('is-dark-theme');
      await waitUntil(() => barColour(el) === DARK_BAR, 'the canvas did not turn dark', changed);
      expect(textColour(el)).to.equal(DARK_TEXT);
      document.body.classList.remove('is-dark-theme');
      await waitUntil(() => barColour(el) === LIGHT_BAR, 'the canvas did not turn light', changed);
      expect(el.chartInstance).to.equal(chart);
    });

    it('follows a style on <html>', async () => {
      const el = await cardIn('');
      document.documentElement.style.backgroundColor = '#111';
      await waitUntil(() => textColour(el) === DARK_TEXT, 'did not turn dark', changed);
      document.documentElement.style.backgroundColor = '';
      await waitUntil(() => textColour(el) === LIGHT_TEXT, 'did not turn light', changed);
    });
  });
});
