import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import 'ip-report-widgets';
import { mountChart, part } from './chart-helpers.js';
import { engine, unmountAll } from './helpers.js';

// What the engines differ in, each checked for the path a reader of that engine gets.

interface FirstFrame {
  defined: boolean;
  text: string;
}

describe('when the entry is loaded with blocking="render"', () => {
  it('draws the first frame with the cards rendered, or (engines without the attribute) renders them right after', async () => {
    const frame = document.createElement('iframe');
    frame.width = '800';
    frame.height = '400';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/test/fixtures/render-blocking.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { __firstFrame: Promise<FirstFrame> };
      const first = await win.__firstFrame;
      const supported = (win as unknown as { HTMLScriptElement: typeof HTMLScriptElement }).HTMLScriptElement
        .prototype;
      if ('blocking' in supported) {
        // No frame before the entry ran: no flash of fallback text, no layout shift.
        expect(first.defined, 'defined by the first frame').to.equal(true);
        expect(first.text).to.contain('460');
      } else {
        // Firefox ignores the attribute: with the entry held back, the first frames show the
        // fallback text, then the card replaces it (the layout shift the README mentions).
        expect(engine).to.equal('firefox');
        expect(first.defined, 'defined by the first frame').to.equal(false);
      }
      const card = frame.contentDocument!.querySelector('ipr-stat-card')!;
      await waitUntil(() => card.shadowRoot?.textContent?.includes('460'), 'the card never rendered');
    } finally {
      frame.remove();
    }
  });
});

interface Download {
  name: string;
  size: number;
}
/** The files saved so far by this page's browser context, or null where the driver cannot tell. */
const saved = async () =>
  (await executeServerCommand<{ files: Download[] | null }, undefined>('ipr-downloads')).files;

describe('when a reader downloads a chart', () => {
  afterEach(unmountAll);

  for (const format of ['CSV', 'PNG']) {
    it(`saves the ${format} file (where the driver can see downloads) or hands it over uncancelled`, async () => {
      const el = await mountChart('<ipr-chart chart="prosecutions-trend"></ipr-chart>');
      await waitUntil(() => el.chartInstance, 'never drawn', { timeout: 8000 });
      const before = await saved();
      const events: CustomEvent[] = [];
      const listener = (e: Event) => events.push(e as CustomEvent);
      document.addEventListener('ipr-download', listener);
      try {
        [...part(el, 'toolbar')!.querySelectorAll('button')]
          .find((b) => b.textContent!.trim() === format)!
          .click();
        await waitUntil(() => events.length, 'no ipr-download event', { timeout: 5000 });
      } finally {
        document.removeEventListener('ipr-download', listener);
      }
      const event = events[0]!;
      expect(event.defaultPrevented).to.equal(false);
      const filename = `prosecutions-trend.${format.toLowerCase()}`;
      expect(event.detail.filename).to.equal(filename);
      const size = (event.detail.blob as Blob).size;
      // The CSV is its text after a byte-order mark; a PNG of a drawn chart is some kilobytes.
      if (format === 'CSV') expect(size).to.equal(new TextEncoder().encode('\uFEFF' + el.toCSV()).length);
      else expect(size).to.be.greaterThan(1000);
      if (before === null) {
        // WebKitWebDriver cannot say where a download goes: the event above is what is checked.
        expect(engine).to.equal('webkit');
        return;
      }
      const known = new Set(before.map((d) => d.name));
      let arrived: Download | undefined;
      await waitUntil(
        async () => {
          const now = (await saved()) ?? [];
          arrived = now.find((d) => !known.has(d.name) && d.size === size);
          return arrived;
        },
        `no ${filename} of ${size} bytes was saved`,
        { timeout: 10_000, interval: 200 },
      );
      expect(arrived!.name).to.match(new RegExp(`^prosecutions-trend.*\\.${format.toLowerCase()}$`));
    });
  }
});
