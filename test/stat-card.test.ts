import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import type { IprStatCard } from 'ip-report-widgets';
import { expectErrorState, expectNoLitWarnings, mount, settled, shadowText, watchPage } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: Element, name: string) => (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<ipr-stat-card>', () => {
  const page = watchPage();

  describe('when showing a bundled metric in English', () => {
    it('shows number, label, period, change in words and the source', async () => {
      const el = await mount<IprStatCard>(
        '<ipr-stat-card metric="punitive-damages-cases">fallback</ipr-stat-card>',
      );
      expect(part(el, 'value')!.localName).to.equal('data');
      expect(part(el, 'value')!.getAttribute('value')).to.equal('460');
      expect(text(el, 'value')).to.equal('460');
      expect(text(el, 'label')).to.equal('cases with punitive damages');
      expect(text(el, 'period')).to.equal('2024');
      expect(text(el, 'change')).to.equal('▲ Up +44.2% vs 2023');
      expect(part(el, 'change')!.querySelector('.sr-only')!.textContent).to.equal('Up');
      expect(text(el, 'source')).to.contain(
        "Source: Supreme People's Court, 2025 Work Report (opens in a new tab) (Mar 8, 2025), via LexTalk World",
      );
      const link = part(el, 'source')!.querySelector('a')!;
      expect(link.href).to.match(/^https:\/\/www\.lextalk\.world\//);
      expect(link.rel).to.equal('noopener noreferrer');
      expectNoLitWarnings(page.warnings);
      expect(page.warnings).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('says only the non-monetary part of the EV award was satisfied, in a note', async () => {
      const el = await mount('<ipr-stat-card metric="ev-trade-secret-award"></ipr-stat-card>');
      expect(text(el, 'value')).to.equal('RMB 640 million');
      expect(text(el, 'note')).to.match(/^Only the non-monetary part .* declared bankruptcy\.$/);
      expect(text(el, 'period')).to.equal('judgment reported in 2025');
    });

    it('marks a derived change with ≈ and says how it was derived', async () => {
      const el = await mount('<ipr-stat-card metric="ip-crime-prosecutions"></ipr-stat-card>');
      expect(text(el, 'value')).to.equal('21,000');
      expect(text(el, 'change')).to.equal('▲ Up ≈about +16.7% vs 2023');
      expect(text(el, 'note')).to.contain('18,000 (2023) and 21,000 (2024)');
      expect(text(el, 'source')).to.contain("Supreme People's Procuratorate");
      expect(text(el, 'source')).to.contain('China Daily');
    });

    it('marks a derived figure with ≈ and shows its working', async () => {
      const el = await mount('<ipr-stat-card metric="punitive-damages-cases" period="2022"></ipr-stat-card>');
      expect(shadowText(el)).to.match(/^2022 ≈about 147 cases with punitive damages/);
      expect(text(el, 'note')).to.contain('319 (2023) ÷ 2.17');
      const share = await mount('<ipr-stat-card metric="punitive-damages-share"></ipr-stat-card>');
      expect(text(share, 'value')).to.equal('0.093%');
    });

    it('hides change and source when asked', async () => {
      const el = await mount(
        '<ipr-stat-card metric="ip-cases-concluded" hide-change hide-source></ipr-stat-card>',
      );
      expect(part(el, 'change')).to.equal(null);
      expect(part(el, 'source')).to.equal(null);
      expect(text(el, 'value')).to.equal('494,000');
    });
  });

  describe('when the language is Chinese', () => {
    it('uses Chinese labels and number formats from its own lang', async () => {
      const el = await mount(
        '<ipr-stat-card lang="zh-CN" metric="ip-cases-concluded" notation="compact"></ipr-stat-card>',
      );
      expect(text(el, 'value')).to.equal('49.4万');
      expect(text(el, 'label')).to.equal('人民法院审结知识产权案件');
      expect(text(el, 'period')).to.equal('2024年');
      expect(text(el, 'change')).to.equal('▲ 上升 +0.9% 较2023年');
      expect(text(el, 'source')).to.contain(
        '来源：《最高人民法院工作报告》 （在新标签页中打开）（2025年3月8日），转引自LexTalk World',
      );
      await expect(el).to.be.accessible();
    });

    it('inherits the nearest ancestor lang, and follows it when it changes', async () => {
      const el = await mount('<ipr-stat-card metric="ev-trade-secret-award"></ipr-stat-card>', {
        lang: 'zh',
      });
      expect(text(el, 'value')).to.equal('6.4亿元');
      expect(text(el, 'note')).to.contain('破产');
      el.parentElement!.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r, 0));
      await settled(el);
      expect(text(el, 'value')).to.equal('RMB 640 million');
    });

    it('formats numbers in other locales with English words', async () => {
      const el = await mount('<ipr-stat-card lang="de" metric="ip-cases-concluded"></ipr-stat-card>');
      expect(text(el, 'value')).to.equal('494.000');
      expect(text(el, 'label')).to.equal('IP cases concluded by the courts');
    });
  });

  describe('when a page shows one figure many times', () => {
    it('gives each card its own notation, language and options', async () => {
      // Cards of one figure share its model where their inputs match (models/card.ts).
      const cards = ['', 'notation="compact"', 'hide-change', 'lang="zh"', 'lang="de"', '']
        .map((attrs) => `<ipr-stat-card metric="ip-cases-concluded" ${attrs}></ipr-stat-card>`)
        .join('');
      const first = await mount(cards);
      const all = [...first.parentElement!.querySelectorAll<IprStatCard>('ipr-stat-card')];
      await Promise.all(all.map((el) => settled(el)));
      expect(all.map((el) => text(el, 'value'))).to.deep.equal([
        '494,000',
        '494K',
        '494,000',
        '494,000',
        '494.000',
        '494,000',
      ]);
      expect(all.map((el) => part(el, 'change') !== null)).to.deep.equal([
        true,
        true,
        false,
        true,
        true,
        true,
      ]);
      expect(text(all[3]!, 'label')).to.equal('人民法院审结知识产权案件');
      expect(text(all[4]!, 'label')).to.equal('IP cases concluded by the courts');
    });
  });

  describe('when notation is compact', () => {
    it('shortens in English', async () => {
      const el = await mount(
        '<ipr-stat-card metric="ip-cases-concluded" notation="compact"></ipr-stat-card>',
      );
      expect(text(el, 'value')).to.equal('494K');
    });
  });

  describe('when the author gives a figure of their own', () => {
    it('shows it with its label, period, change and linked source', async () => {
      const el = await mount(
        '<ipr-stat-card value="1234" label="patents filed" period="2025" change="-2.5" source-name="My office" source-url="https://example.org/x"></ipr-stat-card>',
      );
      expect(text(el, 'value')).to.equal('1,234');
      expect(text(el, 'label')).to.equal('patents filed');
      expect(text(el, 'change')).to.equal('▼ Down -2.5%');
      expect(part(el, 'source')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/x');
      await expect(el).to.be.accessible();
    });

    it('reads numbers in the plain decimal forms only', async () => {
      const shown = async (value: string, change: string) => {
        const el = await mount(
          `<ipr-stat-card value="${value}" change="${change}" label="x"></ipr-stat-card>`,
        );
        return [text(el, 'value'), part(el, 'change') ? text(el, 'change') : null];
      };
      expect(await shown('1,234', '+12.5')).to.deep.equal(['1,234', '▲ Up +12.5%']);
      expect(await shown('-0.5', '.5')).to.deep.equal(['-0.5', '▲ Up +0.5%']);
      // A change too small to show is no change, as its "0%" says, not "up".
      expect(await shown('3', `0.${'0'.repeat(319)}1`)).to.deep.equal(['3', '▶ No change 0%']);
      expect(await shown('3', '0x10')).to.deep.equal(['3', null]);
      expect(await shown('3', '1e-320')).to.deep.equal(['3', null]);
      expect(page.warnings.filter((l) => l.includes('invalid-change'))).to.deep.equal([
        '[ip-report-widgets] invalid-change: <ipr-stat-card> The change “0x10” is not a number in plain digits, such as -3.5.',
        '[ip-report-widgets] invalid-change: <ipr-stat-card> The change “1e-320” is not a number in plain digits, such as -3.5.',
      ]);
    });

    it('refuses, with its own code, a source link with a user name or password before the host', async () => {
      for (const url of [
        'https://www.court.gov.cn@evil.example/',
        'https://user:pass@evil.example/',
        'HTTP://www.spp.gov.cn:443@evil.example/',
      ]) {
        const el = await mount(
          `<ipr-stat-card value="3" label="x" source-name="Court" source-url="${url}"></ipr-stat-card>`,
        );
        expect(part(el, 'source')!.querySelector('a'), url).to.equal(null);
        expect(text(el, 'source')).to.contain('Court');
      }
      expect(page.warnings.filter((l) => l.includes('url-credentials'))).to.have.length(3);
      expect(page.warnings.filter((l) => l.includes('invalid-url'))).to.deep.equal([]);
    });

    it('renders attribute text as text, never as markup', async () => {
      const el = await mount('<ipr-stat-card value="5"></ipr-stat-card>');
      el.setAttribute('label', '<img src=x onerror="window.__pwned=1"><b>bold</b>');
      el.setAttribute('source-name', '<script>window.__pwned=1</script>');
      await settled(el);
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(text(el, 'label')).to.equal('<img src=x onerror="window.__pwned=1"><b>bold</b>');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('when input is bad', () => {
    const cases: [string, string, RegExp][] = [
      [
        '<ipr-stat-card metric="no-such-thing"></ipr-stat-card>',
        'unknown-metric',
        /There is no metric “no-such-thing”/,
      ],
      [
        '<ipr-stat-card metric="ip-cases-concluded" period="1999"></ipr-stat-card>',
        'unknown-period',
        /no figure for/,
      ],
      ['<ipr-stat-card></ipr-stat-card>', 'missing-metric', /Give a metric/],
      ['<ipr-stat-card value="12abc" label="x"></ipr-stat-card>', 'invalid-value', /“12abc” is not a number/],
      ['<ipr-stat-card value="Infinity"></ipr-stat-card>', 'invalid-value', /not a number/],
      // Only plain decimal digits: Number() would read these as 16, 123 and 1000.
      [
        '<ipr-stat-card value="0x10" label="x"></ipr-stat-card>',
        'invalid-value',
        /“0x10” is not a number in plain digits/,
      ],
      ['<ipr-stat-card value="1,2,3" label="x"></ipr-stat-card>', 'invalid-value', /“1,2,3” is not a number/],
      ['<ipr-stat-card value="1e3" label="x"></ipr-stat-card>', 'invalid-value', /“1e3” is not a number/],
    ];
    for (const [markup, code, message] of cases) {
      it(`shows its error state for ${code}, warns once and fires ipr-error`, async () => {
        await expectErrorState(() => mount(markup), code, message, page);
      });
    }

    it('falls back to auto for an unknown theme and warns once', async () => {
      const el = await mount('<ipr-stat-card metric="punitive-damages-cases" theme="neon"></ipr-stat-card>');
      expect(part(el, 'card')).to.exist;
      expect(page.warnings.filter((l) => l.includes('invalid-theme'))).to.have.length(1);
    });

    it('leaves out a source link that is not http(s)', async () => {
      const el = await mount(
        '<ipr-stat-card value="3" label="x" source-name="Bad" source-url="javascript:alert(1)"></ipr-stat-card>',
      );
      expect(part(el, 'source')!.querySelector('a')).to.equal(null);
      expect(text(el, 'source')).to.contain('Bad');
      expect(page.warnings.filter((l) => l.includes('invalid-url'))).to.have.length(1);
    });

    it('falls back to standard notation for an unknown one', async () => {
      const el = await mount('<ipr-stat-card metric="ip-cases-concluded" notation="weird"></ipr-stat-card>');
      expect(text(el, 'value')).to.equal('494,000');
      expect(page.warnings.filter((l) => l.includes('invalid-notation'))).to.have.length(1);
    });

    it('recovers when the attribute is corrected', async () => {
      const el = await mount('<ipr-stat-card metric="nope"></ipr-stat-card>');
      expect(part(el, 'error')).to.exist;
      el.setAttribute('metric', 'ip-crime-prosecutions');
      await settled(el);
      expect(part(el, 'error')).to.equal(null);
      expect(text(el, 'value')).to.equal('21,000');
    });
  });

  describe('when themed', () => {
    const colours = (el: Element) => {
      const card = part(el, 'card')!;
      const style = getComputedStyle(card);
      return { bg: style.backgroundColor, fg: style.color };
    };

    it('changes computed colours between light and dark, and passes axe in both', async () => {
      const light = await mount(
        '<ipr-stat-card theme="light" metric="punitive-damages-cases"></ipr-stat-card>',
      );
      const dark = await mount(
        '<ipr-stat-card theme="dark" metric="punitive-damages-cases"></ipr-stat-card>',
      );
      expect(colours(light).bg).to.equal('rgb(255, 255, 255)');
      expect(colours(dark).bg).not.to.equal(colours(light).bg);
      expect(colours(dark).fg).not.to.equal(colours(light).fg);
      await expect(light).to.be.accessible();
      await expect(dark).to.be.accessible();
    });

    it('follows the color-scheme the page declares when theme is auto', async () => {
      const el = await mount('<ipr-stat-card metric="punitive-damages-cases"></ipr-stat-card>');
      const host = el.parentElement!;
      host.style.colorScheme = 'dark';
      el.remove();
      host.append(el);
      await settled(el);
      const darkBg = colours(el).bg;
      host.style.colorScheme = 'light';
      el.remove();
      host.append(el);
      await settled(el);
      expect(colours(el).bg).to.equal('rgb(255, 255, 255)');
      expect(darkBg).not.to.equal('rgb(255, 255, 255)');
    });

    it('takes --ipr-* tokens from the page', async () => {
      const el = await mount('<ipr-stat-card metric="punitive-damages-cases"></ipr-stat-card>');
      (el as HTMLElement).style.setProperty('--ipr-surface', 'rgb(1, 2, 3)');
      expect(colours(el).bg).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('when the no-JS fallback is given', () => {
    it('keeps the light-DOM text for readers without JS and hides it once upgraded', async () => {
      const el = await mount(
        '<ipr-stat-card metric="punitive-damages-cases">460 cases (fallback)</ipr-stat-card>',
      );
      expect(el.textContent).to.equal('460 cases (fallback)');
      expect((el as HTMLElement).innerText.trim()).to.not.contain('(fallback)');
    });
  });
});
