import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import type { IprReport, IprStatCard } from 'ip-report-widgets';
import { mountChart, text as chartText } from './chart-helpers.js';
import { expectNoLitWarnings, mount, settled, shadowText, watchPage } from './helpers.js';

// What the widgets say, read against the article (issue 14): the sentences that were wrong must
// not come back, and the caveats and derivations must be where the figures are.

type Settles = Element & { updateComplete: Promise<unknown> };

async function mountReport(lang: string): Promise<IprReport> {
  const el = await mount<IprReport>(`<ipr-report lang="${lang}"></ipr-report>`);
  await customElements.whenDefined('ipr-report');
  await customElements.whenDefined('ipr-chart');
  await settled(el);
  for (const inner of el.shadowRoot!.querySelectorAll('ipr-stat-card, ipr-chart')) {
    await (inner as Settles).updateComplete;
  }
  return el;
}

const notesOf = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="note"]')].map((n) => (n.textContent ?? '').trim());
const takeaways = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="takeaways"] li')].map((li) =>
    (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('wording', () => {
  const page = watchPage();

  describe('when the report is read in English', () => {
    it('says what the article says of the award, punitive damages and Lego', async () => {
      const el = await mountReport('en');
      const [secrets, punitive, award] = takeaways(el);
      expect(secrets).to.contain('copyright infringement involving counterfeit Lego bricks');
      expect(punitive).to.contain('malicious infringement with serious circumstances');
      expect(punitive).not.to.match(/wilful|worth more than before|start to bite/);
      expect(award).to.contain('one of the most striking cases');
      expect(award).to.contain('only the non-monetary part of the judgment has been satisfied');
      expect(award).to.contain('declared bankruptcy');
      expect(award).to.contain('international arbitration');
      expect(award).not.to.match(/largest|went bankrupt|from the outset|arbitration abroad/);
      const heading = el.shadowRoot!.querySelector('#h-stats')!.textContent;
      expect(heading).not.to.contain('2024');
      expectNoLitWarnings(page.warnings);
    });

    it('shows the caveat on the card of the award', async () => {
      const el = await mountReport('en');
      const card = [...el.shadowRoot!.querySelectorAll('ipr-stat-card')].find((c) =>
        shadowText(c).includes('RMB 640 million'),
      )!;
      expect(notesOf(card)).to.deep.equal([
        'Only the non-monetary part of the judgment has been satisfied: the defendant has declared bankruptcy.',
      ]);
    });
  });

  describe('when the report is read in Chinese', () => {
    it('uses the courts’ terms and the article’s advice', async () => {
      const el = await mountReport('zh');
      const [secrets, punitive, award] = takeaways(el);
      expect(secrets).to.contain('著作权');
      expect(punitive).to.contain('适用惩罚性赔偿');
      expect(punitive).not.to.match(/形成震慑|代价越来越高|判处惩罚性赔偿/);
      expect(award).to.contain('最引人注目的案件之一');
      expect(award).to.contain('已宣告破产');
      expect(award).to.contain('国际仲裁');
      expect(award).not.to.match(/及早|境外仲裁/);
      const heading = el.shadowRoot!.querySelector('#h-stats')!.textContent;
      expect(heading).not.to.contain('2024');
    });
  });

  describe('when a derived change is shown', () => {
    it('gives the same note, with the range rounding allows, on the card and both charts', async () => {
      const card = await mount<IprStatCard>('<ipr-stat-card metric="ip-crime-prosecutions"></ipr-stat-card>');
      const note = notesOf(card).find((n) => n.includes('Change derived'))!;
      expect(note).to.equal(
        '≈ Change derived from the reported 18,000 (2023) and 21,000 (2024). Both are rounded to the nearest 1,000, so the exact growth lies between about +10.8% and +22.9%.',
      );
      for (const id of ['growth-comparison', 'prosecutions-trend']) {
        const chart = await mountChart(`<ipr-chart chart="${id}"></ipr-chart>`);
        expect(chartText(chart, 'note'), id).to.equal(note);
      }
    });

    it('says in the growth chart’s subtitle that one rate is derived', async () => {
      const chart = await mountChart('<ipr-chart chart="growth-comparison"></ipr-chart>');
      expect(chartText(chart, 'subtitle')).to.match(/one \(≈\) derived/);
      expect(chartText(chart, 'subtitle')).not.to.contain('Three figures of the 2025 work reports');
      const zh = await mountChart('<ipr-chart chart="growth-comparison" lang="zh"></ipr-chart>');
      expect(chartText(zh, 'subtitle')).to.contain('推算');
      expect(chartText(zh, 'note')).to.match(
        /^≈ 增幅据报告数据推算：.*两数均取整到千位，实际增幅约在\+10\.8%至\+22\.9%之间。$/,
      );
    });
  });

  describe('when read in Chinese', () => {
    it('counts with measure words and says growth as 同比增长', async () => {
      const chart = await mountChart('<ipr-chart chart="punitive-damages-trend" lang="zh"></ipr-chart>');
      expect(chart.summary).to.contain('约147件');
      expect(chart.summary).to.contain('460件，同比增长44.2%');
      expect(chartText(chart, 'note')).to.equal(
        '≈ 2022年：据报告数据推算，即2023年的319 ÷ 2.17（1加该年同比增幅117%）。',
      );
    });

    it('names the period of the award and the reports as the source does', async () => {
      const card = await mount<IprStatCard>(
        '<ipr-stat-card metric="ev-trade-secret-award" lang="zh"></ipr-stat-card>',
      );
      await settled(card);
      const all = shadowText(card);
      expect(all).to.contain('2025年工作报告披露的判决');
      expect(all).to.contain('《最高人民法院工作报告》');
      expect(notesOf(card)).to.deep.equal(['判决仅非金钱给付部分得到履行：被告已宣告破产。']);
    });
  });
});
