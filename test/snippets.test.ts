import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import fc from 'fast-check';
import DOMPurify from 'dompurify';
import {
  CHART_IDS,
  InvalidSpecError,
  METRIC_IDS,
  REPORT_SECTIONS,
  embedSnippets,
  fallbackHtml,
  fallbackText,
  scriptSafeJson,
  type ChartData,
  type WidgetSpec,
} from 'ip-report-widgets/data';
import { XSS, type Flagged } from './hostile-corpus.js';

const BASE = 'https://cdn.example/ipr/dist/';

/** What a pasted snippet may hold: these elements, with these attributes, and nothing else. */
const ALLOWED: Record<string, readonly string[]> = {
  script: ['type', 'src', 'defer'],
  iframe: ['src', 'title', 'width', 'height', 'frameborder', 'loading', 'style'],
  'ipr-stat-card': ['metric', 'period', 'notation', 'lang', 'theme'],
  'ipr-chart': ['chart', 'lang', 'theme'],
  'ipr-report': ['sections', 'lang', 'theme'],
  // The email-safe fallback markup (fallbackHtml).
  ...Object.fromEntries(
    ['div', 'h2', 'h3', 'strong', 'ol', 'ul', 'li'].map((tag) => [tag, ['style', 'lang']]),
  ),
  // The iframe snippet's fallback beside its frame is marked for the resizer.
  p: ['style', 'lang', 'data-ipr-fallback'],
  a: ['href', 'style'],
  noscript: [],
  img: ['src', 'alt', 'width', 'height', 'loading', 'style'],
};

/** An http(s) address of one of the library's files, with no user name or password. */
function expectOwnAddress(src: string, path: RegExp): void {
  const url = new URL(src);
  expect(url.protocol).to.match(/^https?:$/);
  expect(url.username + url.password, src).to.equal('');
  expect(url.pathname).to.match(path);
}

/** Parses a snippet as a page would (without running it) and fails on anything unexpected. */
function expectOnlyWidgets(markup: string): Document {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  for (const el of doc.body.querySelectorAll('*')) {
    const allowed = ALLOWED[el.localName];
    expect(allowed, `<${el.localName}> in ${markup.slice(0, 200)}`).to.exist;
    for (const attr of el.attributes) expect(allowed, `${el.localName} ${attr.name}`).to.include(attr.name);
    if (el.localName === 'script') {
      if (el.getAttribute('type') === 'application/json') {
        expect(el.parentElement!.localName).to.equal('ipr-chart');
        expect(el.hasAttribute('src')).to.equal(false);
      } else {
        expectOwnAddress(el.getAttribute('src')!, /\/ip-report-widgets[\w.-]*\.js$/);
      }
    }
    if (el.localName === 'iframe') expectOwnAddress(el.getAttribute('src')!, /\/embed\.html$/);
    if (el.localName === 'img') expectOwnAddress(el.getAttribute('src')!, /\/img\/[\w.-]+\.png$/);
    if (el.localName === 'a') expect(new URL(el.getAttribute('href')!).protocol).to.match(/^https?:$/);
  }
  return doc;
}

/** One clear error: an `InvalidSpecError` whose message says what was wrong. */
function expectRefused(run: () => unknown, what: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'nothing thrown').to.be.instanceOf(InvalidSpecError);
  expect((thrown as Error).name).to.equal('InvalidSpecError');
  expect((thrown as Error).message).to.match(/^ip-report-widgets: /);
  expect((thrown as Error).message).to.match(what);
}

async function openPage(markup: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><body>${markup}<p id="after">after the widget</p></body>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('snippets and fallback text', () => {
  describe('when the spec is hostile or tampered', () => {
    const cases: [string, unknown, RegExp][] = [
      ['a tag-breaking el', { el: 'x><img src=x onerror=window.__xss=1>' }, /el=x><img/],
      [
        'an el with attributes',
        { el: 'report tabindex=0 autofocus onfocus=window.__xss=1' },
        /el=report tab/,
      ],
      ['a prototype key as chart id', { el: 'chart', chart: 'constructor' }, /chart=constructor/],
      ['a prototype key as metric', { el: 'stat-card', metric: '__proto__' }, /metric=__proto__/],
      [
        'a name the widget does not take',
        { el: 'chart', chart: 'growth-comparison', onclick: 'x' },
        /onclick=x/,
      ],
      ['an id', { el: 'report', id: 'x' }, /id=string/],
      ['a value that is not text', { el: 'chart', chart: ['growth-comparison'] }, /chart=object/],
      ['an unknown section', { el: 'report', sections: 'stats <b>' }, /sections=stats <b>/],
      ['an unknown theme', { el: 'report', theme: 'dark" onload="x' }, /theme=dark" onload/],
      ['a broken lang', { el: 'report', lang: 'en"><script>' }, /lang=en"><script>/],
      ['no object at all', 'stat-card', /a widget spec is an object/],
      ['null', null, /a widget spec is an object/],
    ];
    for (const [name, spec, what] of cases) {
      it(`refuses ${name} with one clear error in embedSnippets, fallbackText and fallbackHtml`, () => {
        expectRefused(() => embedSnippets(spec as WidgetSpec, BASE), what);
        expectRefused(() => fallbackText(spec as WidgetSpec), what);
        expectRefused(() => fallbackHtml(spec as WidgetSpec, { base: BASE }), what);
      });
    }

    it('refuses a language given apart from the spec that is not a language tag', () => {
      expectRefused(() => fallbackText({ el: 'report' }, '"><img src=x>'), /not a language tag/);
    });

    for (const base of [
      'javascript:window.__xss=1//',
      'data:text/html,<script>parent.__xss=1</script>',
      '//cdn.example/dist/',
      '/dist/',
      'https://user:pass@cdn.example/dist/',
      'https://www.court.gov.cn@evil.example/dist/',
      'https://cdn.example/dist/?x=1',
      'https://cdn.example/dist/#x',
      '',
    ]) {
      it(`refuses the base ${JSON.stringify(base)}`, () => {
        expectRefused(() => embedSnippets({ el: 'report' }, base), /base must be the http\(s\) address/);
        expectRefused(() => fallbackHtml({ el: 'report' }, { base }), /base must be the http\(s\) address/);
      });
    }
  });

  describe(`when each of ${XSS.length} payloads goes into every field of a spec and the base`, () => {
    it('either refuses it with InvalidSpecError or writes markup of widgets only', () => {
      const fields = ['el', 'metric', 'period', 'notation', 'chart', 'sections', 'lang', 'theme'];
      const starts: WidgetSpec[] = [
        { el: 'stat-card', metric: 'punitive-damages-cases' },
        { el: 'chart', chart: 'growth-comparison' },
        { el: 'report' },
      ];
      let refused = 0;
      let written = 0;
      for (const payload of XSS) {
        for (const start of starts) {
          for (const field of fields) {
            const spec = { ...start, [field]: payload } as WidgetSpec;
            for (const run of [() => embedSnippets(spec, BASE), () => embedSnippets(start, payload)]) {
              let out: ReturnType<typeof embedSnippets> | undefined;
              try {
                out = run();
              } catch (error) {
                expect(error).to.be.instanceOf(InvalidSpecError);
                refused++;
                continue;
              }
              written++;
              for (const markup of Object.values(out)) expectOnlyWidgets(markup);
            }
          }
        }
      }
      expect(refused).to.be.greaterThan(0);
      expect(written).to.be.greaterThan(0);
    });

    it('writes any payload in an author’s chart data as JSON the page reads back unchanged', () => {
      for (const payload of XSS) {
        const data: ChartData = {
          title: payload,
          subtitle: payload,
          labels: [payload, 'b'],
          series: [{ label: payload, values: [1, 2] }],
          unit: payload,
          source: { name: payload },
        };
        // Longer than a label may be (100 characters): refused, as the chart would refuse it.
        if (payload.length > 100) {
          expect(() => embedSnippets({ el: 'chart', data }, BASE)).to.throw(InvalidSpecError, /longer than/);
          continue;
        }
        const { module, classic } = embedSnippets({ el: 'chart', data }, BASE);
        for (const markup of [module, classic]) {
          const doc = expectOnlyWidgets(markup);
          const scripts = doc.querySelectorAll('ipr-chart > script[type="application/json"]');
          expect(scripts).to.have.length(1);
          expect(JSON.parse(scripts[0]!.textContent!)).to.deep.equal(data);
          expect(markup).not.to.match(/<\/script>[\s\S]*<\/script>[\s\S]*<\/script>/i);
        }
      }
    });
  });

  describe('when 1,000 random specs go to embedSnippets', () => {
    it('each is refused with InvalidSpecError or gives markup of widgets only', () => {
      const text = fc.oneof(fc.string(), fc.constantFrom(...XSS));
      const common = {
        lang: fc.oneof(fc.constantFrom('en', 'zh', 'de-CH'), text),
        theme: fc.oneof(fc.constantFrom('auto', 'light', 'dark'), text),
      };
      const some = { requiredKeys: ['el'] as ['el'] };
      const spec = fc.oneof(
        fc.record(
          {
            el: fc.constant('stat-card'),
            metric: fc.oneof(fc.constantFrom(...METRIC_IDS), text),
            period: fc.oneof(fc.constantFrom('2023', '2024'), text),
            notation: fc.oneof(fc.constantFrom('standard', 'compact'), text),
            ...common,
          },
          some,
        ),
        fc.record(
          { el: fc.constant('chart'), chart: fc.oneof(fc.constantFrom(...CHART_IDS), text), ...common },
          some,
        ),
        fc.record(
          {
            el: fc.constant('report'),
            sections: fc.oneof(fc.constantFrom(...REPORT_SECTIONS), text),
            ...common,
          },
          some,
        ),
        fc.dictionary(fc.oneof(fc.constantFrom('el', 'metric', 'chart', 'id'), text), text),
      );
      let written = 0;
      fc.assert(
        fc.property(spec, fc.oneof(fc.constant(BASE), fc.webUrl(), text), (s, base) => {
          try {
            const out = embedSnippets(s as WidgetSpec, base);
            written++;
            for (const markup of Object.values(out)) expectOnlyWidgets(markup);
          } catch (error) {
            if (!(error instanceof InvalidSpecError)) throw error;
          }
        }),
        { numRuns: 1000 },
      );
      expect(written).to.be.greaterThan(0);
    });
  });

  describe('the iframe snippet', () => {
    const specs: [string, WidgetSpec][] = [
      ['a stat card', { el: 'stat-card', metric: 'ev-trade-secret-award' }],
      ['a Chinese chart', { el: 'chart', chart: 'growth-comparison', lang: 'zh' }],
      ['the report', { el: 'report' }],
    ];
    for (const [name, spec] of specs) {
      it(`${name}: a block holding the frame and, beside it, the text with its links`, () => {
        const { iframe } = embedSnippets(spec, BASE);
        const doc = expectOnlyWidgets(iframe);
        const [wrapper, script] = [...doc.body.children];
        expect(wrapper!.localName).to.equal('div');
        expect(script!.localName).to.equal('script');
        const [frame, fallback] = [...wrapper!.children];
        expect(frame!.localName).to.equal('iframe');
        expect(frame!.getAttribute('width')).to.equal('100%');
        expect(frame!.getAttribute('style')).to.contain('display:block');
        // Nothing inside the frame: a sanitiser that drops it drops nothing else.
        expect(frame!.childNodes).to.have.length(0);
        expect(fallback!.localName).to.equal('p');
        expect(fallback!.hasAttribute('data-ipr-fallback')).to.equal(true);
        const text = fallback!.textContent!;
        // The same words as fallbackText, but every address is a link's, not bare text.
        expect(text).to.contain(
          fallbackText(spec)
            .split(/Source:|来源：/)[0]!
            .trim(),
        );
        expect(text).not.to.match(/https?:/);
        const links = [...fallback!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(links.at(-1)).to.equal(frame!.getAttribute('src'));
        expect(links.length).to.be.greaterThan(1);
      });
    }

    it('after DOMPurify’s default sanitising (a feed) keeps the text, its caveat and its links', () => {
      const spec: WidgetSpec = { el: 'stat-card', metric: 'ev-trade-secret-award' };
      const clean = DOMPurify.sanitize(embedSnippets(spec, BASE).iframe);
      const doc = new DOMParser().parseFromString(`<!doctype html><body>${clean}`, 'text/html');
      expect(doc.querySelector('iframe, script')).to.equal(null);
      const fallback = doc.querySelector('div > p[data-ipr-fallback]')!;
      expect(fallback.textContent).to.contain('RMB 640 million');
      expect(fallback.textContent).to.contain('the defendant has declared bankruptcy');
      expect(fallback.querySelectorAll('a[href^="https://"]')).to.have.length(2);
    });

    it('sits in the text column of a block theme and, once sized, hides its fallback', async () => {
      // The rule block themes give the children of post content (Twenty Twenty-Three's layout).
      const snippet = embedSnippets(
        { el: 'stat-card', metric: 'punitive-damages-cases' },
        new URL('/dist/', location.href).href,
      ).iframe;
      const frame = await openPage(
        `<style>body{margin:0}.col>*{max-width:500px;margin-left:auto!important;margin-right:auto!important}</style>` +
          `<div class="col">${snippet}</div>`,
      );
      try {
        const doc = frame.contentDocument!;
        const inner = doc.querySelector('iframe')!;
        inner.scrollIntoView();
        const box = inner.getBoundingClientRect();
        // The page is 900 px wide: a 500 px column from 200 to 700.
        expect([Math.round(box.left), Math.round(box.width)]).to.deep.equal([200, 500]);
        const fallback = doc.querySelector<HTMLElement>('[data-ipr-fallback]')!;
        expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
        await waitUntil(
          () => inner.contentDocument?.querySelector('ipr-stat-card')?.shadowRoot?.textContent,
          'the frame shows no card',
          { timeout: 10_000 },
        );
        await waitUntil(() => fallback.getBoundingClientRect().height === 0, 'the fallback is still shown', {
          timeout: 8000,
        });
        const body = inner.contentDocument!.body.getBoundingClientRect().height;
        await waitUntil(
          () => Math.abs(inner.getBoundingClientRect().height - Math.ceil(body)) <= 1,
          'the frame was not sized',
        );
      } finally {
        frame.remove();
      }
    });
  });

  describe('when a snippet with a chart image is pasted into a live page', () => {
    const counted = async (token: string) =>
      Number(await (await fetch(`/__counted-images?token=${token}`)).text());
    const cases: [string, WidgetSpec][] = [
      ['a chart', { el: 'chart', chart: 'growth-comparison' }],
      ['the report', { el: 'report' }],
    ];
    for (const [name, spec] of cases) {
      for (const channel of ['module', 'classic'] as const) {
        it(`${name}, ${channel}: the widget upgrades and its fallback image is never requested`, async () => {
          const token = `${channel}${Math.random().toString(36).slice(2)}`;
          const snippet = embedSnippets(spec, new URL(`/__counted/${token}/`, location.href).href)[channel];
          const frame = await openPage(snippet);
          try {
            const tag = `ipr-${spec.el}`;
            await waitUntil(() => frame.contentWindow!.customElements.get(tag), 'never defined', {
              timeout: 8000,
            });
            const el = frame.contentDocument!.querySelector(tag)!;
            await waitUntil(
              () => el.shadowRoot?.querySelector('[part~="title"], [part~="headline"]'),
              'not rendered',
              {
                timeout: 8000,
              },
            );
            // Lazy images start within a few frames of layout: give them time to ask.
            await new Promise((resolve) => setTimeout(resolve, 600));
            expect(await counted(token), `${channel}: image requests`).to.equal(0);
          } finally {
            frame.remove();
          }
        });
      }
    }

    it('the email markup on its own, in the same page, does request it (the count is real)', async () => {
      const token = `email${Math.random().toString(36).slice(2)}`;
      const { email } = embedSnippets(cases[0][1], new URL(`/__counted/${token}/`, location.href).href);
      const frame = await openPage(email);
      try {
        await waitUntil(async () => (await counted(token)) > 0, 'the email image was never requested', {
          timeout: 8000,
        });
      } finally {
        frame.remove();
      }
    });
  });

  describe('when an author’s JSON holds </script> or <!--<script>', () => {
    const data: ChartData = {
      title: 'Filings </script><img src=x onerror=window.__xss=1> <!--<script>',
      labels: ['2023', '2024'],
      series: [{ label: 'a </SCRIPT> b', values: [3, 4] }],
      source: { name: 'Example <!-- LLP' },
    };

    it('writes every < as \\u003c, so the JSON cannot end or re-open its script', () => {
      expect(scriptSafeJson(data)).not.to.contain('<');
      expect(JSON.parse(scriptSafeJson(data))).to.deep.equal(data);
      expect(embedSnippets({ el: 'chart', data: JSON.stringify(data) }, BASE).module).to.contain(
        scriptSafeJson(data),
      );
    });

    it('the pasted snippet renders the chart with its text intact, and the rest of the page survives', async () => {
      for (const channel of ['module', 'classic'] as const) {
        const snippet = embedSnippets({ el: 'chart', data }, new URL('/dist/', location.href).href)[channel];
        const frame = await openPage(snippet);
        try {
          const doc = frame.contentDocument!;
          expect(doc.getElementById('after'), `${channel}: the page after the widget`).to.exist;
          await waitUntil(() => frame.contentWindow!.customElements.get('ipr-chart'), 'never defined', {
            timeout: 8000,
          });
          const chart = doc.querySelector('ipr-chart')!;
          await (chart as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          await waitUntil(() => chart.shadowRoot?.querySelector('[part~="title"]'), `${channel}: no title`);
          expect(chart.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(data.title);
          expect(chart.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
          expect((frame.contentWindow as Flagged).__xss).to.equal(undefined);
        } finally {
          frame.remove();
        }
      }
    });

    it('refuses data the chart would refuse, in the chart’s own words', () => {
      expectRefused(
        () => embedSnippets({ el: 'chart', data: { labels: ['a'], series: [{ values: [1, 2] }] } }, BASE),
        /needs one value per label/,
      );
      expectRefused(() => embedSnippets({ el: 'chart', data: '{"labels": ["a"' }, BASE), /not valid JSON/);
      expectRefused(
        () =>
          embedSnippets(
            {
              el: 'chart',
              data: { labels: ['a'], series: [{ values: [1] }], source: { url: 'javascript:x' } },
            },
            BASE,
          ),
        /not an http\(s\) address/,
      );
    });
  });
});
