import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import { waitUntil } from './wait.js';

type Settles = HTMLElement & { updateComplete: Promise<unknown> };

const PROPS = ['display', 'padding-top', 'border-top-width', 'border-top-left-radius', 'font-weight'];

/** Computed styles of the host and of its shadow root's first element: all from the component's sheets. */
function look(el: Element): string[] {
  const win = el.ownerDocument.defaultView!;
  const first = el.shadowRoot!.firstElementChild!;
  const inner = el.shadowRoot!.querySelector('[part~="value"]');
  return [
    ...PROPS.map((p) => `host ${p}: ${win.getComputedStyle(el).getPropertyValue(p)}`),
    ...PROPS.map((p) => `${first.localName} ${p}: ${win.getComputedStyle(first).getPropertyValue(p)}`),
    ...(inner
      ? [
          `value/card font size: ${(parseFloat(win.getComputedStyle(inner).fontSize) / parseFloat(win.getComputedStyle(el).fontSize)).toFixed(2)}`,
        ]
      : []),
  ];
}

async function openFrame(lang: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frame.style.height = '700px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('a widget moved into another document', () => {
  for (const [tag, attrs] of [
    ['ipr-stat-card', { metric: 'punitive-damages-cases' }],
    ['ipr-chart', { chart: 'punitive-damages-trend' }],
  ] as const) {
    it(`<${tag}> keeps its styles there and back, and follows that document's lang`, async () => {
      const el = document.createElement(tag) as Settles;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.body.append(el);
      await customElements.whenDefined(tag);
      await el.updateComplete;
      const before = look(el);
      const english = el.shadowRoot!.textContent!;
      const frame = await openFrame('zh');
      try {
        frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
        await el.updateComplete;
        expect(look(el), 'in the iframe').to.deep.equal(before);
        await waitUntil(
          () => /[\u4e00-\u9fff]/.test(el.shadowRoot!.textContent!),
          'no Chinese in the iframe',
        );
        document.body.append(el);
        await el.updateComplete;
        expect(look(el), 'back home').to.deep.equal(before);
        await waitUntil(() => el.shadowRoot!.textContent === english, 'not English again');
      } finally {
        el.remove();
        frame.remove();
      }
    });
  }
});
