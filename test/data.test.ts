import { expect } from '@open-wc/testing';
import {
  FIGURES,
  METRIC_IDS,
  REPORTED,
  SCOPE_NOTES,
  SOURCES,
  TEXT,
  EXTRAS,
  derive,
  figureOf,
  periodsOf,
  sourceLink,
} from 'ip-report-widgets/data';

/** The figures as the sources print them, typed in by hand from the sources to pin the records. */
const EXPECTED_REPORTED = [
  ['ip-crime-prosecutions', '2024', 21_000, undefined, 'reported', ['spp-2025']],
  ['punitive-damages-cases', '2024', 460, 44.2, 'reported', ['spc-2025']],
  ['ip-cases-concluded', '2024', 494_000, 0.9, 'reported', ['spc-2025']],
  ['ev-trade-secret-award', '2025', 640_000_000, undefined, 'reported', ['spc-2025']],
  ['ip-crime-prosecutions', '2023', 18_000, 40.8, 'context', ['chinadaily-2024']],
  ['ip-cases-concluded', '2023', 490_000, 1.8, 'context', ['chinadaily-2024']],
  ['punitive-damages-cases', '2023', 319, 117, 'context', ['chinadaily-2024', 'mondaq-2024-06-21']],
  [
    'punitive-damages-amount',
    '2023',
    1_160_000_000,
    350,
    'context',
    ['chinadaily-2024', 'mondaq-2024-06-21'],
  ],
] as const;

describe('data', () => {
  describe('when reading the reported and context figures', () => {
    it('holds exactly the figures of the sources, with their sources', () => {
      expect(REPORTED.length).to.equal(EXPECTED_REPORTED.length);
      for (const [metric, period, value, change, kind, sources] of EXPECTED_REPORTED) {
        const f = REPORTED.find((r) => r.metric === metric && r.period === period);
        expect(f, `${metric} ${period}`).to.exist;
        expect(f!.value).to.equal(value);
        expect(f!.kind).to.equal(kind);
        expect(f!.change?.percent).to.equal(change);
        expect([...f!.sources]).to.deep.equal([...sources]);
      }
    });

    it('says the EV award is unpaid after the bankruptcy', () => {
      const ev = figureOf('ev-trade-secret-award')!;
      const key = `${ev.metric}/${ev.period}`;
      expect(EXTRAS.en.figureNote[key]).to.match(/bankruptcy/);
      expect(EXTRAS.en.figureNote[key]).to.match(/non-monetary/);
      expect(EXTRAS.zh.figureNote[key]).to.match(/破产/);
    });

    it('keeps the other-scope figures as notes only, never as figures', () => {
      expect(SCOPE_NOTES.map((n) => n.source).sort()).to.deep.equal([
        'xinhua-2025-04-21',
        'xinhua-2025-04-23',
      ]);
      expect(SCOPE_NOTES[0]!.text.en).to.contain('540,000');
      expect(FIGURES.some((f) => f.value === 540_000 || f.value === 33_805)).to.equal(false);
    });

    it('names every metric and source in both languages', () => {
      for (const lang of ['en', 'zh'] as const) {
        for (const id of METRIC_IDS)
          expect(TEXT[lang].metric[id], `${lang} ${id}`).to.be.a('string').and.not.empty;
        for (const id of Object.keys(SOURCES) as (keyof typeof SOURCES)[]) {
          expect(TEXT[lang].publisher[id], `${lang} ${id}`).to.be.a('string').and.not.empty;
        }
      }
    });

    it('has a record for every source a figure cites, and links only to http(s)', () => {
      for (const f of FIGURES) for (const s of f.sources) expect(SOURCES[s], s).to.exist;
      for (const id of Object.keys(SOURCES) as (keyof typeof SOURCES)[]) {
        const link = sourceLink(id);
        if (link) expect(link).to.match(/^https?:\/\//);
      }
      expect(sourceLink('spc-2025')).to.equal(SOURCES['lextalk-2025'].url);
      expect(sourceLink('chinadaily-2024')).to.equal(undefined);
    });
  });

  describe('when deriving figures', () => {
    it('computes each derived value by its formula', () => {
      expect(derive.punitiveCases2023()).to.be.closeTo(460 / 1.442, 1e-9);
      expect(Math.round(derive.punitiveCases2023())).to.equal(319);
      expect(derive.casesConcluded2023()).to.be.closeTo(494_000 / 1.009, 1e-6);
      expect(Math.round(derive.casesConcluded2023())).to.equal(489_594);
      expect(derive.prosecutionsGrowth2024()).to.be.closeTo((21_000 / 18_000 - 1) * 100, 1e-9);
      expect(derive.prosecutionsGrowth2024().toFixed(1)).to.equal('16.7');
      expect(derive.punitiveCases2022()).to.be.closeTo(319 / 2.17, 1e-9);
      expect(Math.round(derive.punitiveCases2022())).to.equal(147);
      expect(derive.punitiveShare2024()).to.be.closeTo((460 / 494_000) * 100, 1e-12);
      expect(derive.punitiveShare2024().toFixed(3)).to.equal('0.093');
      expect(derive.punitiveGrowthMultiple2024()).to.be.closeTo(44.2 / 0.9, 1e-9);
      expect(Math.round(derive.punitiveGrowthMultiple2024())).to.equal(49);
    });

    it('marks derived figures as derived and records how', () => {
      const derived = FIGURES.filter((f) => f.kind === 'derived');
      expect(derived.map((f) => `${f.metric} ${f.period}`).sort()).to.deep.equal([
        'punitive-damages-cases 2022',
        'punitive-damages-share 2024',
        'punitive-growth-multiple 2024',
      ]);
      for (const f of derived) expect(f.derivation, f.metric).to.exist;
      const prosecutions = figureOf('ip-crime-prosecutions', '2024')!;
      expect(prosecutions.kind).to.equal('reported');
      expect(prosecutions.change?.kind).to.equal('derived');
      expect(prosecutions.change?.percent).to.equal(derive.prosecutionsGrowth2024());
    });

    it('gives every metric a latest figure and its periods in order', () => {
      for (const id of METRIC_IDS) expect(figureOf(id), id).to.exist;
      expect(periodsOf('punitive-damages-cases')).to.deep.equal(['2022', '2023', '2024']);
      expect(figureOf('punitive-damages-cases')!.period).to.equal('2024');
      expect(figureOf('punitive-damages-cases', '1999')).to.equal(undefined);
    });
  });
});
