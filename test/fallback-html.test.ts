import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import DOMPurify from 'dompurify';
import 'ip-report-widgets';
import type { IprChart } from 'ip-report-widgets';
import {
  CHART_IDS,
  CHART_IMAGE,
  EXTRAS,
  InvalidSpecError,
  METRIC_IDS,
  REPORT_SECTIONS,
  TEXT,
  chartImageName,
  fallbackHtml,
  fallbackText,
  figureOf,
  formatValue,
  periodsOf,
  sourceLink,
  type WidgetSpec,
} from 'ip-report-widgets/data';
import { mount, unmountAll } from './helpers.js';

const BASE = 'https://cdn.example/ipr/dist/';
const LANGS = ['en', 'zh'] as const;

/** The elements the markup is made of: blocks, links, images, lists. */
const TAGS = ['div', 'p', 'h2', 'h3', 'a', 'img', 'strong', 'ol', 'ul', 'li'];

/**
 * The properties it may set: each one email clients apply and WordPress 6.1's
 * safecss_filter_attr keeps for authors (display, position, flex, grid and custom properties are
 * not among them, or not wanted).
 */
const PROPERTIES = [
  'margin',
  'padding',
  'border',
  'border-left',
  'border-radius',
  'background-color',
  'color',
  'max-width',
  'width',
  'height',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'text-align',
  'text-decoration',
];

/** Every non-empty subset of the report's sections. */
const subsets = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: 2 ** list.length - 1 }, (_, mask) => list.filter((_, i) => (mask + 1) & (1 << i)));

/** Every bundled widget the builder offers: each figure and period in both notations, each chart, each choice of report sections. */
const SPECS: WidgetSpec[] = [
  ...METRIC_IDS.flatMap((metric) =>
    [undefined, ...periodsOf(metric)].flatMap((period) =>
      (['standard', 'compact'] as const).map((notation): WidgetSpec => ({
        el: 'stat-card',
        metric,
        notation,
        ...(period ? { period } : {}),
      })),
    ),
  ),
  ...CHART_IDS.map((chart): WidgetSpec => ({ el: 'chart', chart })),
  ...subsets(REPORT_SECTIONS).map((s): WidgetSpec => ({ el: 'report', sections: s.join(' ') })),
];

const parse = (markup: string) =>
  new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const name = (spec: WidgetSpec, lang: string) => `${JSON.stringify(spec)} ${lang}`;

/** The declarations of a style attribute, by property. */
function declarations(style: string): Map<string, string> {
  return new Map(
    style
      .split(';')
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

/** A link a reader can follow, with short words for its text rather than the address itself. */
function expectSourceLink(a: HTMLAnchorElement, what: string): void {
  expect(new URL(a.getAttribute('href')!).protocol, what).to.match(/^https?:$/);
  expect(text(a), what).not.to.match(/^https?:|\/\//);
  expect(text(a).length, `${what}: ${text(a)}`).to.be.within(3, 60);
}

describe('fallbackHtml', () => {
  afterEach(unmountAll);

  describe('for every bundled widget in English and Chinese', () => {
    it('is block elements with inline styles only: no <style>, <script>, class, custom property, flex or grid', () => {
      for (const lang of LANGS) {
        for (const spec of SPECS) {
          const markup = fallbackHtml(spec, { base: BASE, lang });
          const body = parse(markup);
          expect(body.children, name(spec, lang)).to.have.length(1);
          expect(body.firstElementChild!.localName).to.equal('div');
          expect(body.firstElementChild!.getAttribute('lang')).to.equal(lang);
          for (const el of body.querySelectorAll('*')) {
            expect(TAGS, `${name(spec, lang)}: <${el.localName}>`).to.include(el.localName);
            expect(el.hasAttribute('class'), `${name(spec, lang)}: class`).to.equal(false);
            for (const [property, value] of declarations(el.getAttribute('style') ?? '')) {
              expect(PROPERTIES, `${name(spec, lang)}: ${property}`).to.include(property);
              expect(value, `${property}: ${value}`).not.to.match(/var\(|flex|grid|["'()\\]/);
            }
          }
          // The whole text is in elements: nothing was left unescaped for the parser to read as markup.
          expect(markup).not.to.match(/<(?!\/?(div|p|h2|h3|a|img|strong|ol|ul|li)[\s>])/);
          // No address is shown as text: every one is a link's href or an image's src.
          expect(text(body), name(spec, lang)).not.to.match(/https?:\/\//);
        }
      }
    });

    it('shows a stat card’s figure large, with label, period, change in words, notes and source link', () => {
      for (const lang of LANGS) {
        const t = TEXT[lang];
        for (const metric of METRIC_IDS) {
          for (const period of periodsOf(metric)) {
            const figure = figureOf(metric, period)!;
            const what = `${metric} ${period} ${lang}`;
            const body = parse(fallbackHtml({ el: 'stat-card', metric, period }, { base: BASE, lang }));
            const paragraphs = [...body.querySelectorAll('p')];
            const big = paragraphs.filter((p) => parseFloat(p.style.fontSize) >= 32);
            expect(big.map(text), what).to.deep.equal([
              `${figure.kind === 'derived' ? '≈' : ''}${formatValue(figure.value, figure.unit, lang)}`,
            ]);
            expect(paragraphs.map(text), what).to.include(t.metric[metric]);
            expect(text(body), what).to.contain(figure.period);
            if (figure.change) {
              const change = paragraphs.find((p) =>
                text(p).includes(t.against(t.period(figure.change!.against))),
              );
              expect(change, `${what}: change`).to.exist;
              expect(text(change!)).to.contain(figure.change.percent > 0 ? t.up : t.down);
            }
            const caveat = EXTRAS[lang].figureNote[`${metric}/${figure.period}`];
            if (caveat) expect(text(body), what).to.contain(caveat);
            if (figure.kind === 'derived' || figure.change?.kind === 'derived') {
              expect(
                paragraphs.some((p) => text(p).startsWith('≈ ')),
                `${what}: derivation note`,
              ).to.equal(true);
            }
            const links = [...body.querySelectorAll('a')];
            expect(
              links.map((a) => a.getAttribute('href')),
              what,
            ).to.deep.equal(figure.sources.map(sourceLink).filter(Boolean));
            links.forEach((a) => expectSourceLink(a, what));
            expect(text(body), what).to.contain(`${t.source}${t.colon}`.trim());
          }
        }
      }
    });

    it('shows a chart as its title, static image (alt: the chart’s summary) and source', async () => {
      for (const lang of LANGS) {
        for (const chart of CHART_IDS) {
          const el = await mount<IprChart>(`<ipr-chart chart="${chart}" lang="${lang}"></ipr-chart>`);
          await waitUntil(() => el.summary, `${chart} ${lang}: no summary`);
          const body = parse(fallbackHtml({ el: 'chart', chart }, { base: BASE, lang }));
          const images = body.querySelectorAll('img');
          expect(images, `${chart} ${lang}`).to.have.length(1);
          const img = images[0]!;
          expect(img.getAttribute('src')).to.equal(`${BASE}img/${chartImageName(chart, lang, 'light', 1)}`);
          expect(img.getAttribute('width')).to.equal(String(CHART_IMAGE.width));
          expect(img.getAttribute('height')).to.equal(String(CHART_IMAGE.height));
          expect(img.getAttribute('alt')).to.equal(el.summary);
          expect(text(body)).to.contain(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim());
          const links = [...body.querySelectorAll('a')];
          expect(links.length).to.be.greaterThan(0);
          links.forEach((a) => expectSourceLink(a, `${chart} ${lang}`));
          unmountAll();
        }
      }
    });

    for (const lang of LANGS) {
      it(`gives the report’s headline, four figures, two chart images, four takeaways and sources in ${lang}`, () => {
        const body = parse(fallbackHtml({ el: 'report' }, { base: BASE, lang }));
        expect(body.querySelectorAll('h2')).to.have.length(1);
        const values = [
          'ip-crime-prosecutions',
          'punitive-damages-cases',
          'ev-trade-secret-award',
          'ip-cases-concluded',
        ]
          .map((m) => figureOf(m as (typeof METRIC_IDS)[number])!)
          .map((f) => formatValue(f.value, f.unit, lang));
        const big = [...body.querySelectorAll('p')]
          .filter((p) => parseFloat(p.style.fontSize) >= 32)
          .map(text);
        expect(big).to.deep.equal(values);
        expect([...body.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal([
          `${BASE}img/${chartImageName('punitive-damages-trend', lang)}`,
          `${BASE}img/${chartImageName('growth-comparison', lang)}`,
        ]);
        expect(body.querySelectorAll('ol > li')).to.have.length(4);
        const sources = [...body.querySelectorAll('ul > li')];
        expect(sources.length).to.be.greaterThan(2);
        expect(text(sources[0]!)).to.contain(lang === 'zh' ? '最高人民法院' : "Supreme People's Court");
        [...body.querySelectorAll('ul a')].forEach((a) => expectSourceLink(a as HTMLAnchorElement, lang));
        // The sections asked for, and only those.
        const some = parse(
          fallbackHtml({ el: 'report', sections: 'takeaways sources' }, { base: BASE, lang }),
        );
        expect(some.querySelectorAll('h2, img')).to.have.length(0);
        expect(some.querySelectorAll('ol > li')).to.have.length(4);
        expect(some.querySelectorAll('h3')).to.have.length(2);
      });
    }
  });

  describe('when a text shows the EV award', () => {
    it('carries its caveat: every fallback, text and markup, English and Chinese', () => {
      let shown = 0;
      for (const lang of LANGS) {
        const caveat = EXTRAS[lang].figureNote['ev-trade-secret-award/2025']!;
        const award = figureOf('ev-trade-secret-award')!;
        const amount = formatValue(award.value, award.unit, lang);
        const count = (s: string, part: string) => s.split(part).length - 1;
        for (const spec of SPECS) {
          const plain = fallbackText(spec, lang);
          const body = parse(fallbackHtml(spec, { base: BASE, lang }));
          for (const [kind, words] of [
            ['text', plain],
            ['html', text(body)],
          ] as const) {
            if (!words.includes(amount)) continue;
            shown++;
            expect(count(words, caveat), `${kind} ${name(spec, lang)}`).to.be.at.least(count(words, amount));
          }
          // In the markup, in the same block as the figure.
          for (const block of body.querySelectorAll('div')) {
            if ([...block.children].some((c) => text(c) === amount)) {
              expect(text(block), name(spec, lang)).to.contain(caveat);
            }
          }
        }
      }
      expect(shown, 'texts that show the award').to.be.greaterThan(10);
    });
  });

  describe('when the input is bad', () => {
    const refused = (run: () => unknown, what: RegExp) => expect(run).to.throw(InvalidSpecError, what);

    it('refuses what fallbackText refuses, and a base that is not an http(s) address', () => {
      refused(
        () => fallbackHtml({ el: 'x><img src=x>' } as unknown as WidgetSpec, { base: BASE }),
        /el=x><img/,
      );
      refused(() => fallbackHtml({ el: 'chart', chart: 'constructor' } as never, { base: BASE }), /chart=/);
      refused(
        () => fallbackHtml({ el: 'report' }, { base: BASE, lang: '"><img src=x>' }),
        /not a language tag/,
      );
      for (const base of [
        'javascript:alert(1)//',
        '/dist/',
        'https://u:p@cdn.example/',
        'https://x.example/?a',
        '',
      ]) {
        refused(() => fallbackHtml({ el: 'chart', chart: 'growth-comparison' }, { base }), /base must be/);
      }
      refused(() => fallbackHtml({ el: 'report' }, undefined as never), /base must be/);
    });

    it('takes the spec’s language unless told another', () => {
      const spec: WidgetSpec = { el: 'stat-card', metric: 'ip-cases-concluded', lang: 'zh-CN' };
      expect(parse(fallbackHtml(spec, { base: BASE })).firstElementChild!.getAttribute('lang')).to.equal(
        'zh-CN',
      );
      expect(text(parse(fallbackHtml(spec, { base: BASE, lang: 'en' })))).to.contain('IP cases concluded');
    });
  });

  describe('after DOMPurify’s default sanitising (what feed readers do)', () => {
    it('keeps every figure, source link and image, and holds no <style>, <script> or class', () => {
      for (const lang of LANGS) {
        for (const spec of SPECS) {
          const markup = fallbackHtml(spec, { base: BASE, lang });
          const before = parse(markup);
          const after = parse(DOMPurify.sanitize(markup));
          expect(text(after), name(spec, lang)).to.equal(text(before));
          const attrs = (body: HTMLElement, selector: string, attr: string) =>
            [...body.querySelectorAll(selector)].map((e) => e.getAttribute(attr));
          expect(attrs(after, 'a', 'href')).to.deep.equal(attrs(before, 'a', 'href'));
          expect(attrs(after, 'img', 'src')).to.deep.equal(attrs(before, 'img', 'src'));
          expect(attrs(after, 'img', 'alt')).to.deep.equal(attrs(before, 'img', 'alt'));
          expect(attrs(after, '*', 'style')).to.deep.equal(attrs(before, '*', 'style'));
          expect(after.querySelectorAll('style, script, [class]')).to.have.length(0);
        }
      }
    });
  });
});
