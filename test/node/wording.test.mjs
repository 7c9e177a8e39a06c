// Every sentence the built data entry writes, read against the article and the figures: the
// wording fixed once must not come back (issue 14). No DOM needed: dist/data.js is plain code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const data = await import(new URL('../../dist/data.js', import.meta.url).href);
const {
  CHART_IDS,
  DESCRIPTIONS,
  EXTRAS,
  METRIC_IDS,
  REPORTED,
  SOURCE_TITLES,
  TEXT,
  embedSnippets,
  fallbackText,
  figureOf,
  formatChange,
  growthPercent,
  growthRange,
  periodsOf,
} = data;

const LANGS = ['en', 'zh'];

/** Every widget spec the builder can make, in both languages. */
const specs = LANGS.flatMap((lang) => [
  ...METRIC_IDS.flatMap((metric) =>
    periodsOf(metric).map((period) => ({ el: 'stat-card', metric, period, lang })),
  ),
  ...CHART_IDS.map((chart) => ({ el: 'chart', chart, lang })),
  { el: 'report', lang },
  { el: 'report', sections: 'stats sources', lang },
]);
const fallbacks = specs.map((spec) => ({ spec, text: fallbackText(spec) }));

/** Every string reachable in a value, functions called with sample text. */
function strings(value) {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value('X', 'Y', false, 'Z'))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The notes the extras write for every derived figure and derived change. */
const notes = LANGS.flatMap((lang) =>
  METRIC_IDS.flatMap((metric) =>
    periodsOf(metric).flatMap((period) => {
      const f = figureOf(metric, period);
      return [
        f.derivation ? EXTRAS[lang].derivation(f.derivation, lang) : '',
        f.change?.kind === 'derived' ? EXTRAS[lang].derivedChange(f, lang) : '',
      ].filter(Boolean);
    }),
  ),
);

const everything = [
  ...fallbacks.map((f) => f.text),
  ...strings(TEXT),
  ...strings(EXTRAS.en.figureNote),
  ...strings(EXTRAS.zh.figureNote),
  ...strings(DESCRIPTIONS),
  ...strings(SOURCE_TITLES),
  ...notes,
];

describe('wording: phrases that must not come back', () => {
  const banned = [
    // Not the article's words, or more than it says.
    'largest award',
    'Unpaid',
    'went bankrupt',
    'arbitration abroad',
    'from the outset',
    'wilful',
    'worth more than before',
    // A derivation that reads as a subtraction, and "here" on someone else's site.
    'less its reported growth',
    'Derived here',
    'derived here',
    'Three figures of the 2025 work reports',
    '判处惩罚性赔偿',
    '判处的惩罚性赔偿',
    '扣除',
    '之比',
    '本站',
    '2025年报告的判决',
    '《2025年工作报告》',
    '杨泽坤',
    '未获赔付',
    '境外仲裁',
  ];
  for (const phrase of banned) {
    it(`never writes “${phrase}”`, () => {
      const hits = everything.filter((s) => s.includes(phrase));
      assert.deepEqual(hits, [], phrase);
    });
  }

  it('writes no Chinese sentence with two colons', () => {
    for (const text of everything.filter((s) => /[\u4e00-\u9fff]/.test(s))) {
      for (const sentence of text.split('。')) {
        assert.ok((sentence.match(/：/g) ?? []).length <= 1, sentence);
      }
    }
  });
});

describe('wording: the EV award and its caveat', () => {
  it('gives the caveat wherever the award appears', () => {
    let seen = 0;
    for (const { spec, text } of fallbacks) {
      if (!/640 million|6\.4亿/.test(text)) continue;
      seen++;
      assert.ok(text.includes(EXTRAS[spec.lang].figureNote['ev-trade-secret-award/2025']), text);
      assert.match(text, spec.lang === 'zh' ? /仅非金钱给付部分得到履行/ : /only the non-monetary part/i);
      assert.match(text, spec.lang === 'zh' ? /已宣告破产/ : /declared bankruptcy/);
    }
    assert.equal(seen, 6, 'the award card and the two reports, in each language');
  });

  it('names its period as the card does, in the iframe title too', () => {
    for (const lang of LANGS) {
      const { iframe } = embedSnippets(
        { el: 'stat-card', metric: 'ev-trade-secret-award', lang },
        'https://x/',
      );
      const label = TEXT[lang].periodLabel['ev-trade-secret-award/2025'];
      assert.ok(iframe.includes(`${label}`), iframe);
      assert.equal(label, lang === 'zh' ? '2025年工作报告披露的判决' : 'judgment reported in 2025');
    }
  });
});

describe('wording: derived figures say how', () => {
  it('writes the formula of the 2022 estimate as a division', () => {
    const en = fallbackText({ el: 'stat-card', metric: 'punitive-damages-cases', period: '2022' }, 'en');
    assert.match(en, /319 \(2023\) ÷ 2\.17/);
    const zh = fallbackText({ el: 'stat-card', metric: 'punitive-damages-cases', period: '2022' }, 'zh');
    assert.match(zh, /2023年的319 ÷ 2\.17/);
    assert.match(zh, /据报告数据推算/);
  });

  it('writes the share and the multiple as divisions', () => {
    assert.match(fallbackText({ el: 'stat-card', metric: 'punitive-damages-share' }, 'en'), /460 ÷ 494,000/);
    assert.match(
      fallbackText({ el: 'stat-card', metric: 'punitive-damages-share' }, 'zh'),
      /460件 ÷ 494,000件/,
    );
    assert.match(
      fallbackText({ el: 'stat-card', metric: 'punitive-growth-multiple' }, 'en'),
      /\+44\.2% ÷ that of \+0\.9%/,
    );
    assert.match(
      fallbackText({ el: 'stat-card', metric: 'punitive-growth-multiple' }, 'zh'),
      /^2024年：惩罚性赔偿案件增速约为知识产权案件审结数增速的49倍。.*44\.2% ÷ 0\.9%/,
    );
  });

  it('gives every derived figure and derived change its note in the no-JS text', () => {
    for (const { spec, text } of fallbacks.filter((f) => f.spec.el === 'stat-card')) {
      const f = figureOf(spec.metric, spec.period);
      if (f.derivation) assert.ok(text.includes(EXTRAS[spec.lang].derivation(f.derivation, spec.lang)), text);
      if (f.change?.kind === 'derived')
        assert.ok(text.includes(EXTRAS[spec.lang].derivedChange(f, spec.lang)), text);
    }
  });

  it('says the growth of prosecutions comes from rounded figures, with the range they allow', () => {
    const r2024 = REPORTED.find((f) => f.metric === 'ip-crime-prosecutions' && f.period === '2024');
    const r2023 = REPORTED.find((f) => f.metric === 'ip-crime-prosecutions' && f.period === '2023');
    assert.equal(r2024.roundedTo, 1000);
    assert.equal(r2023.roundedTo, 1000);
    const figure = figureOf('ip-crime-prosecutions', '2024');
    const range = growthRange(figure.change.from, figure);
    assert.equal(range.low, growthPercent(18_500, 20_500));
    assert.equal(range.high, growthPercent(17_500, 21_500));
    assert.equal(range.step, 1000);
    for (const lang of LANGS) {
      const low = formatChange(range.low, lang);
      const high = formatChange(range.high, lang);
      assert.deepEqual([low, high], ['+10.8%', '+22.9%']);
      for (const spec of [
        { el: 'chart', chart: 'growth-comparison' },
        { el: 'chart', chart: 'prosecutions-trend' },
        { el: 'stat-card', metric: 'ip-crime-prosecutions' },
        { el: 'report' },
      ]) {
        const text = fallbackText(spec, lang);
        assert.ok(text.includes(low) && text.includes(high), `${lang} ${spec.el} ${text}`);
        assert.match(text, lang === 'zh' ? /取整到千位/ : /rounded to the nearest 1,000/);
      }
    }
  });
});

describe('wording: Chinese', () => {
  it('counts with measure words and says growth as 同比增长', () => {
    const text = fallbackText({ el: 'stat-card', metric: 'punitive-damages-cases' }, 'zh');
    assert.match(text, /^2024年：适用惩罚性赔偿案件460件，同比增长44\.2%。/);
    assert.match(
      fallbackText({ el: 'stat-card', metric: 'ip-crime-prosecutions' }, 'zh'),
      /21,000人，同比增长≈16\.7%/,
    );
  });

  it('cites the reports by their official titles and China Daily as the source names it', () => {
    const zh = TEXT.zh;
    assert.equal(zh.credit['spc-2025'], '《最高人民法院工作报告》');
    assert.equal(zh.credit['spp-2025'], '《最高人民检察院工作报告》');
    assert.match(zh.publisher['chinadaily-2024'], /Yang Zekun/);
    assert.equal(SOURCE_TITLES['spc-2025'].zh, '最高人民法院工作报告');
  });
});

describe('wording: sources', () => {
  it('names China Daily with its article title wherever it credits it', () => {
    for (const { text } of fallbacks) {
      if (!text.includes('China Daily') && !text.includes('中国日报')) continue;
      assert.ok(text.includes(SOURCE_TITLES['chinadaily-2024'].en), text);
    }
  });

  it("lists in the report's no-JS text only the sources of the figures it gives", () => {
    for (const lang of LANGS) {
      const text = fallbackText({ el: 'report' }, lang);
      assert.ok(!text.includes('Mondaq'), text);
      assert.ok(text.includes('LexTalk World'));
    }
  });
});
