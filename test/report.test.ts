import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import 'ip-report-widgets';
import type { IprReport } from 'ip-report-widgets';
import { mount, settled, shadowText, watchPage } from './helpers.js';

type Settles = Element & { updateComplete: Promise<unknown> };

/** Mounts markup with an `<ipr-report>` first; waits for it and every widget inside to render. */
async function mountReport(markup: string, attrs: Record<string, string> = {}): Promise<IprReport> {
  const el = await mount<IprReport>(markup, attrs);
  await customElements.whenDefined('ipr-report');
  await customElements.whenDefined('ipr-chart');
  await settled(el);
  for (const inner of el.shadowRoot!.querySelectorAll('ipr-stat-card, ipr-chart')) {
    await (inner as Settles).updateComplete;
  }
  return el;
}

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('ipr-stat-card')];
const charts = (el: Element) => [...el.shadowRoot!.querySelectorAll('ipr-chart')];
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<ipr-report>', () => {
  const page = watchPage();

  describe('when shown whole, in English', () => {
    it('shows the four 2024 figures as stat cards and both charts', async () => {
      const el = await mountReport('<ipr-report>fallback</ipr-report>');
      const values = cards(el).map((c) => shadowText(c));
      expect(values).to.have.length(4);
      expect(values[0]).to.match(/^2024 21,000 people prosecuted for IP crimes/);
      expect(values[1]).to.match(/^2024 460 cases with punitive damages/);
      expect(values[2]).to.contain('RMB 640 million');
      expect(values[3]).to.match(/^2024 494,000 IP cases concluded/);
      expect(charts(el).map((c) => c.getAttribute('chart'))).to.deep.equal([
        'punitive-damages-trend',
        'growth-comparison',
      ]);
      expect(part(el, 'headline')!.textContent).to.contain("China's IP enforcement in 2024");
      expect(part(el, 'takeaways')!.querySelectorAll('li')).to.have.length(4);
      expect(page.warnings).to.deep.equal([]);
    });

    it('cites the SPC and the SPP with publisher, title, date and link', async () => {
      const el = await mountReport('<ipr-report></ipr-report>');
      const items = [...part(el, 'sources')!.querySelectorAll('li')].map((li) => ({
        text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
        href: li.querySelector('a')?.href,
      }));
      const spc = items.find((i) => i.text.startsWith("Supreme People's Court"))!;
      const spp = items.find((i) => i.text.startsWith("Supreme People's Procuratorate"))!;
      for (const item of [spc, spp]) {
        expect(item.text).to.contain('2025 Work Report, 3rd Session of the 14th National People’s Congress');
        expect(item.text).to.contain('Mar 8, 2025');
        expect(item.text).to.contain('as reported by LexTalk World');
        expect(item.href).to.match(/^https:\/\/www\.lextalk\.world\/post\//);
      }
      // Every source of a figure shown is listed: the cards' and charts' own credits included.
      const listed = items.map((i) => i.text).join(' | ');
      for (const name of ['LexTalk World', 'China Daily (Yang Zekun)', 'Mondaq (AFD China)']) {
        expect(listed).to.contain(name);
      }
    });
  });

  describe('when in a narrow or a wide column', () => {
    const layout = async (width: number) => {
      const el = await mountReport('<ipr-report></ipr-report>', { class: 'column' });
      (el.parentElement as HTMLElement).style.width = `${width}px`;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const lefts = (items: Element[]) =>
        new Set(items.map((c) => Math.round(c.getBoundingClientRect().left)));
      const tops = (items: Element[]) => new Set(items.map((c) => Math.round(c.getBoundingClientRect().top)));
      return { el, cardLefts: lefts(cards(el)), cardTops: tops(cards(el)), chartTops: tops(charts(el)) };
    };

    it('stacks everything in one column at 360 px', async () => {
      const { el, cardLefts, cardTops, chartTops } = await layout(360);
      expect(cardLefts.size).to.equal(1);
      expect(cardTops.size).to.equal(4);
      expect(chartTops.size).to.equal(2);
      expect(el.getBoundingClientRect().width).to.equal(360);
      // Nothing sticks out sideways.
      expect(el.shadowRoot!.querySelector('article')!.scrollWidth).to.be.at.most(360);
    });

    it('puts the four cards in one row and the charts side by side at 1200 px', async () => {
      const { cardLefts, cardTops, chartTops } = await layout(1200);
      expect(cardLefts.size).to.equal(4);
      expect(cardTops.size).to.equal(1);
      expect(chartTops.size).to.equal(1);
    });
  });

  describe('when `sections` picks parts', () => {
    it('shows only those, in the report order', async () => {
      const el = await mountReport('<ipr-report sections="charts stats"></ipr-report>');
      expect(cards(el)).to.have.length(4);
      expect(charts(el)).to.have.length(2);
      for (const name of ['headline', 'takeaways', 'sources']) expect(part(el, name), name).to.equal(null);
      const stats = part(el, 'stats')!;
      const chartGrid = part(el, 'charts')!;
      expect(stats.compareDocumentPosition(chartGrid) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(
        0,
      );
    });

    it('lists only the sources of what is shown', async () => {
      const el = await mountReport('<ipr-report sections="stats sources"></ipr-report>');
      const text = (part(el, 'sources')!.textContent ?? '').replace(/\s+/g, ' ');
      expect(text).to.contain("Supreme People's Court");
      expect(text).to.contain("Supreme People's Procuratorate");
      expect(text).to.contain('China Daily');
      expect(text).not.to.contain('Mondaq');
    });

    it('leaves out an unknown name with one warning and an ipr-error event', async () => {
      const events: string[] = [];
      const onError = (e: Event) => events.push((e as CustomEvent).detail.code);
      document.addEventListener('ipr-error', onError);
      try {
        const el = await mountReport('<ipr-report sections="stats sideways"></ipr-report>');
        await waitUntil(() => events.length > 0, 'no ipr-error');
        expect(events).to.deep.equal(['invalid-sections']);
        expect(page.warnings.filter((l) => l.includes('invalid-sections'))).to.have.length(1);
        expect(page.warnings.join()).to.contain('sideways');
        expect(cards(el)).to.have.length(4);
        expect(part(el, 'headline')).to.equal(null);
      } finally {
        document.removeEventListener('ipr-error', onError);
      }
    });

    it('falls back to every section when no name is known', async () => {
      const el = await mountReport('<ipr-report sections="everything"></ipr-report>');
      for (const name of ['headline', 'stats', 'charts', 'takeaways', 'sources']) {
        expect(part(el, name), name).to.exist;
      }
    });
  });

  describe('when in Chinese and dark', () => {
    it('passes lang and theme to every widget inside and speaks Chinese', async () => {
      const el = await mountReport('<ipr-report lang="zh-CN" theme="dark"></ipr-report>');
      await waitUntil(() => shadowText(cards(el)[1]!).includes('适用惩罚性赔偿案件'), 'card not in Chinese');
      for (const inner of [...cards(el), ...charts(el)]) {
        expect(inner.getAttribute('lang')).to.equal('zh-CN');
        expect(inner.getAttribute('theme')).to.equal('dark');
      }
      expect(part(el, 'headline')!.textContent).to.contain('2024年中国知识产权司法保护');
      const takeaways = part(el, 'takeaways')!.textContent ?? '';
      expect(takeaways).to.contain('商业秘密保护成为重点');
      expect(takeaways).to.contain('胜诉不等于拿到赔偿');
      expect(part(el, 'sources')!.textContent).to.contain('最高人民检察院');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });
  });
});
