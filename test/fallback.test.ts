import { expect } from '@open-wc/testing';
import {
  CHART_IDS,
  METRIC_IDS,
  embedSnippets,
  fallbackHtml,
  fallbackText,
  figureOf,
  formatValue,
  periodsOf,
  type WidgetSpec,
} from 'ip-report-widgets/data';

const LEXTALK =
  'https://www.lextalk.world/post/china-s-2025-work-report-strengthening-intellectual-property-protection';

describe('fallback text', () => {
  describe('when the widget is a stat card', () => {
    it('says figure, period and source in English', () => {
      expect(fallbackText({ el: 'stat-card', metric: 'punitive-damages-cases' }, 'en')).to.equal(
        `2024: 460 cases with punitive damages (+44.2% vs 2023). Source: Supreme People's Court, 2025 Work Report (Mar 8, 2025), via LexTalk World, ${LEXTALK}.`,
      );
      expect(fallbackText({ el: 'stat-card', metric: 'ev-trade-secret-award' }, 'en')).to.equal(
        `Judgment reported in 2025: RMB 640 million awarded in an electric-vehicle trade-secret dispute. Only the non-monetary part of the judgment has been satisfied: the defendant has declared bankruptcy. Source: Supreme People's Court, 2025 Work Report (Mar 8, 2025), via LexTalk World, ${LEXTALK}.`,
      );
    });

    it('says figure, period and source in Chinese', () => {
      expect(fallbackText({ el: 'stat-card', metric: 'punitive-damages-cases', lang: 'zh' })).to.equal(
        `2024年：适用惩罚性赔偿案件460件，同比增长44.2%。来源：《最高人民法院工作报告》（2025年3月8日），转引自LexTalk World，${LEXTALK}。`,
      );
      expect(
        fallbackText({ el: 'stat-card', metric: 'ip-cases-concluded', notation: 'compact' }, 'zh-CN'),
      ).to.contain('人民法院审结知识产权案件49.4万');
    });

    it('marks derived figures with ≈', () => {
      expect(
        fallbackText({ el: 'stat-card', metric: 'punitive-damages-cases', period: '2022' }, 'en'),
      ).to.match(
        /^2022: ≈147 cases with punitive damages \(\+117% vs 2021\)|^2022: ≈147 cases with punitive damages/,
      );
      expect(fallbackText({ el: 'stat-card', metric: 'ip-crime-prosecutions' }, 'en')).to.contain(
        '(≈+16.7% vs 2023)',
      );
    });

    for (const lang of ['en', 'zh']) {
      it(`covers every bundled metric and period in ${lang}`, () => {
        for (const metric of METRIC_IDS) {
          for (const period of periodsOf(metric)) {
            const figure = figureOf(metric, period)!;
            const text = fallbackText({ el: 'stat-card', metric, period }, lang);
            expect(text, `${metric} ${period}`).to.contain(formatValue(figure.value, figure.unit, lang));
            expect(text, `${metric} ${period}`).to.contain(period);
            expect(text, `${metric} ${period}`).to.contain(lang === 'zh' ? '来源：' : 'Source: ');
          }
        }
      });
    }
  });

  describe('when the widget is a chart or the report', () => {
    for (const lang of ['en', 'zh']) {
      it(`covers every bundled chart in ${lang}`, () => {
        for (const chart of CHART_IDS) {
          const text = fallbackText({ el: 'chart', chart }, lang);
          expect(text, chart).to.contain(lang === 'zh' ? '来源：' : 'Source: ');
          expect(text, chart).to.match(/2024/);
        }
        const trend = fallbackText({ el: 'chart', chart: 'punitive-damages-trend' }, lang);
        expect(trend).to.contain(
          lang === 'zh' ? '2022 ≈147；2023 319；2024 460' : '2022 ≈147; 2023 319; 2024 460',
        );
        const growth = fallbackText({ el: 'chart', chart: 'growth-comparison' }, lang);
        expect(growth).to.contain('+44.2%');
        expect(growth).to.contain('≈+16.7%');
        expect(growth).to.contain('+0.9%');
      });

      it(`gives the report's headline, four figures and sources in ${lang}`, () => {
        const text = fallbackText({ el: 'report' }, lang);
        for (const value of lang === 'zh'
          ? ['21,000', '460', '6.4亿元', '494,000']
          : ['21,000', '460', 'RMB 640 million', '494,000']) {
          expect(text).to.contain(value);
        }
        expect(text).to.contain(lang === 'zh' ? '最高人民法院' : "Supreme People's Court");
        expect(text).to.contain(lang === 'zh' ? '最高人民检察院' : "Supreme People's Procuratorate");
      });
    }
  });

  describe('when the builder makes snippets', () => {
    it('puts the fallback markup inside the module (images in <noscript>) and classic tags, the text beside the iframe, the markup alone as email', () => {
      const specs: WidgetSpec[] = [
        { el: 'stat-card', metric: 'ip-crime-prosecutions', lang: 'zh', theme: 'dark', notation: 'compact' },
        { el: 'chart', chart: 'growth-comparison' },
        { el: 'report', sections: 'stats sources', theme: 'light' },
      ];
      for (const spec of specs) {
        const snippets = embedSnippets(spec, 'https://cdn.example/ipr/dist');
        // The iframe's text, up to its sources, is the fallback text; its sources are links.
        const text = fallbackText(spec).split(/Sources?:|来源：/)[0]!;
        const html = fallbackHtml(spec, { base: 'https://cdn.example/ipr/dist/' });
        const noscript = fallbackHtml(spec, { base: 'https://cdn.example/ipr/dist/', noscriptImages: true });
        expect(snippets.module).to.contain(`>\n  ${noscript}\n</ipr-${spec.el}>`);
        if (spec.el === 'chart') expect(noscript).to.match(/<noscript><img [^>]+><\/noscript>/);
        expect(snippets.classic).to.contain(`>\n  ${html}\n</ipr-${spec.el}>`);
        expect(snippets.email).to.equal(html);
        const frameDoc = new DOMParser().parseFromString(snippets.iframe, 'text/html');
        const frame = frameDoc.querySelector('div > iframe')!;
        expect(frame.childNodes.length, 'nothing inside the frame').to.equal(0);
        const beside = frame.nextElementSibling!;
        expect(beside.matches('p[data-ipr-fallback]')).to.equal(true);
        expect(beside.textContent).to.contain(text.trim());
        expect(beside.textContent, 'no bare address').not.to.contain('https://');
        expect(beside.querySelectorAll('a[href^="https://"]').length).to.be.greaterThan(1);
        expect(snippets.module).to.contain('src="https://cdn.example/ipr/dist/ip-report-widgets.js"');
        expect(snippets.classic).to.contain('src="https://cdn.example/ipr/dist/ip-report-widgets.iife.js"');
        expect(snippets.iframe).to.contain('src="https://cdn.example/ipr/dist/embed.html?el=');
        expect(snippets.iframe).to.contain('ip-report-widgets-resizer.js');
      }
    });
  });
});
