import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import 'ip-report-widgets';
import { METRIC_IDS } from 'ip-report-widgets/data';
import { chartClass } from './chart-helpers.js';
import { recordPageErrors, settled, unmountAll } from './helpers.js';

type Flagged = Window & { __xss?: number };

/** Each payload, if it ever ran, would set window.__xss. */
const XSS: readonly string[] = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<body onload="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror="window.__xss=1">',
  '<input autofocus onfocus="window.__xss=1">',
  '<a href="javascript:window.__xss=1">click</a>',
  '<math><mtext><img src=x onerror="window.__xss=1"></mtext></math>',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<marquee onstart="window.__xss=1">',
  '<template><img src=x onerror="window.__xss=1"></template>',
  '<!--<img src=x onerror="window.__xss=1">-->',
  '</p><img src=x onerror="window.__xss=1"><p>',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">',
  '<link rel="import" href="data:text/html,<script>parent.__xss=1</script>">',
  '<img src=x onerror=&#119;indow.__xss=1>',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '\u003cimg src=x onerror=window.__xss=1\u003e',
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  ' javascript:window.__xss=1',
  'java\tscript:window.__xss=1',
  '&#106;avascript:window.__xss=1',
  'data:text/html,<script>parent.__xss=1</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==',
  'vbscript:window.__xss=1',
  '//evil.example/x.js',
  'https://example.org/"><script>window.__xss=1</script>',
  '\u202e<img src=x onerror=window.__xss=1>',
  'x'.repeat(5000) + '<img src=x onerror=window.__xss=1>',
];

/** Fails on anything in a widget's shadow tree that could run code or load something. */
function expectInert(root: ShadowRoot): void {
  const dangerous = root.querySelectorAll(
    'script, img, svg, iframe, object, embed, style, link, base, meta, form, video, audio, template',
  );
  expect(
    [...dangerous].map((e) => e.localName),
    'injected elements',
  ).to.deep.equal([]);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes)
      expect(attr.name, `attribute on <${el.localName}>`).not.to.match(/^on/i);
  }
  for (const a of root.querySelectorAll('a[href]')) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
}

function rendersOrErrs(el: Element, ok: string): void {
  const root = el.shadowRoot!;
  const shown = root.querySelector(`[part~="${ok}"], [part~="error"]`);
  expect(shown, `<${el.localName}> shows ${ok} or its error state`).to.exist;
  expect(shown!.getBoundingClientRect().height).to.be.greaterThan(0);
  expectInert(root);
}

/** Swaps console.warn for a counter: thousands of bad inputs would flood the test log. */
function quietWarnings(): { count(): number; restore(): void } {
  const original = console.warn;
  let n = 0;
  console.warn = () => void n++;
  return { count: () => n, restore: () => void (console.warn = original) };
}

const host = () => {
  const div = document.createElement('div');
  div.setAttribute('data-test-host', '');
  document.body.append(div);
  return div;
};

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(...XSS), fc.constant(''));
const cardAttributes = fc.record(
  {
    metric: fc.oneof(fc.constantFrom(...METRIC_IDS), text),
    period: fc.oneof(fc.constantFrom('2022', '2023', '2024', '2025'), text),
    notation: fc.oneof(fc.constantFrom('standard', 'compact'), text),
    theme: fc.oneof(fc.constantFrom('auto', 'light', 'dark'), text),
    lang: fc.oneof(fc.constantFrom('en', 'zh', 'zh-CN', 'de', 'ar'), text),
    value: fc.oneof(fc.double().map(String), fc.integer().map(String), text),
    label: text,
    change: fc.oneof(fc.double().map(String), text),
    'source-name': text,
    'source-url': fc.oneof(fc.webUrl(), text),
    'hide-change': fc.constant(''),
    'hide-source': fc.constant(''),
  },
  { requiredKeys: [] },
);

const jsonValue = fc.oneof(fc.double(), fc.integer(), text, fc.constant(null), fc.boolean());
const chartData = fc.oneof(
  fc.record(
    {
      title: fc.oneof(text, jsonValue),
      subtitle: text,
      labels: fc.oneof(fc.array(fc.oneof(text, fc.integer()), { maxLength: 8 }), jsonValue),
      series: fc.oneof(
        fc.array(
          fc.record(
            {
              label: fc.oneof(text, jsonValue),
              values: fc.oneof(fc.array(jsonValue, { maxLength: 8 }), jsonValue),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 4 },
        ),
        jsonValue,
      ),
      unit: fc.oneof(text, jsonValue),
      type: fc.oneof(fc.constantFrom('bar', 'line'), text),
      indexAxis: fc.oneof(fc.constantFrom('x', 'y'), text),
      source: fc.oneof(
        fc.record({ name: text, url: fc.oneof(fc.webUrl(), text) }, { requiredKeys: [] }),
        jsonValue,
      ),
    },
    { requiredKeys: [] },
  ),
  jsonValue,
  fc.anything(),
);

/** The autoloader defines <ipr-chart> once one is in the document. */
async function defineChart(): Promise<void> {
  const probe = host();
  probe.append(document.createElement('ipr-chart'), document.createElement('ipr-report'));
  await chartClass();
  await customElements.whenDefined('ipr-report');
  probe.remove();
}

describe('hostile input', function () {
  this.timeout(240_000);
  before(defineChart);
  let errors: ReturnType<typeof recordPageErrors>;
  let warns: ReturnType<typeof quietWarnings>;
  beforeEach(() => {
    errors = recordPageErrors();
    warns = quietWarnings();
  });
  afterEach(() => {
    warns.restore();
    errors.restore();
    unmountAll();
  });

  describe('when random attributes are set on <ipr-stat-card>', () => {
    it('renders or shows its error state in 1,000 cases, never throwing or injecting', async () => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(cardAttributes, async (attrs) => {
          runs++;
          const el = document.createElement('ipr-stat-card');
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
          host().append(el);
          await settled(el);
          rendersOrErrs(el, 'card');
          el.parentElement!.remove();
        }),
        { numRuns: 1000 },
      );
      expect(runs).to.equal(1000);
      expect(errors.errors).to.deep.equal([]);
      expect((window as Flagged).__xss).to.equal(undefined);
      console.log(`hostile input: <ipr-stat-card> ${runs} cases, 0 exceptions, ${warns.count()} warnings`);
    });
  });

  describe('when random JSON data is given to <ipr-chart>', () => {
    it('renders or shows its error state in 1,000 cases, never throwing or injecting', async () => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(chartData, fc.boolean(), async (data, asScript) => {
          runs++;
          const el = document.createElement('ipr-chart');
          if (asScript) {
            const script = document.createElement('script');
            script.type = 'application/json';
            let json: string;
            try {
              json = JSON.stringify(data) ?? 'undefined';
            } catch {
              json = String(data);
            }
            script.textContent = json;
            el.append(script);
          } else {
            (el as unknown as { data: unknown }).data = data;
          }
          host().append(el);
          await settled(el);
          rendersOrErrs(el, 'figure');
          el.parentElement!.remove();
        }),
        { numRuns: 1000 },
      );
      expect(runs).to.equal(1000);
      expect(errors.errors).to.deep.equal([]);
      expect((window as Flagged).__xss).to.equal(undefined);
      console.log(`hostile input: <ipr-chart> ${runs} cases, 0 exceptions, ${warns.count()} warnings`);
    });
  });

  describe('when random attributes are set on <ipr-report>', () => {
    it('renders in 1,000 cases, never throwing or injecting', async () => {
      const sections = fc.oneof(
        fc
          .array(fc.constantFrom('headline', 'stats', 'charts', 'takeaways', 'sources', 'HEADLINE', ''), {
            maxLength: 6,
          })
          .map((a) => a.join(' ')),
        text,
      );
      const attrs = fc.record(
        {
          sections,
          lang: fc.oneof(fc.constantFrom('en', 'zh', 'fr'), text),
          theme: fc.oneof(fc.constantFrom('light', 'dark'), text),
        },
        { requiredKeys: [] },
      );
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(attrs, async (a) => {
          runs++;
          const el = document.createElement('ipr-report');
          for (const [name, value] of Object.entries(a)) el.setAttribute(name, value);
          const box = host();
          // Far below the fold: the charts inside stay undrawn, which is what most reports are.
          box.style.cssText = 'position:absolute;top:30000px;width:800px';
          box.append(el);
          await settled(el);
          rendersOrErrs(el, 'report');
          for (const inner of el.shadowRoot!.querySelectorAll('ipr-stat-card, ipr-chart')) {
            await settled(inner);
            expectInert(inner.shadowRoot!);
          }
          box.remove();
        }),
        { numRuns: 1000 },
      );
      expect(runs).to.equal(1000);
      expect(errors.errors).to.deep.equal([]);
      expect((window as Flagged).__xss).to.equal(undefined);
      console.log(`hostile input: <ipr-report> ${runs} cases, 0 exceptions, ${warns.count()} warnings`);
    });
  });

  describe(`when each of ${XSS.length} XSS payloads goes into every text and link field`, () => {
    it('never runs and is shown as text or refused', async () => {
      expect(XSS.length).to.be.at.least(40);
      for (const payload of XSS) {
        const box = host();
        const card = document.createElement('ipr-stat-card');
        for (const name of ['label', 'period', 'source-name', 'source-url', 'change'])
          card.setAttribute(name, payload);
        card.setAttribute('value', '12');
        const bad = document.createElement('ipr-stat-card');
        bad.setAttribute('metric', payload);
        const chart = document.createElement('ipr-chart');
        chart.data = {
          title: payload,
          subtitle: payload,
          labels: [payload, 'b'],
          series: [{ label: payload, values: [1, 2] }],
          unit: payload,
          source: { name: payload, url: payload },
        };
        const chartLink = document.createElement('ipr-chart');
        chartLink.data = {
          title: 't',
          labels: ['a'],
          series: [{ label: 's', values: [1] }],
          source: { name: 'n', url: payload },
        };
        box.append(card, bad, chart, chartLink);
        for (const el of [card, bad, chart, chartLink]) await settled(el);
        for (const el of [card, bad, chart, chartLink]) expectInert(el.shadowRoot!);
        expect(card.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal(payload.trim());
        box.remove();
      }
      await new Promise((r) => setTimeout(r, 50));
      expect((window as Flagged).__xss).to.equal(undefined);
      expect(errors.errors).to.deep.equal([]);
      console.log(`hostile input: ${XSS.length} XSS payloads × 4 widgets, none ran, none injected`);
    });
  });
});
