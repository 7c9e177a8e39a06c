import type { MessageLang } from '../../i18n/locale.js';

/** One of the article's four implications, in our own words. */
export interface Takeaway {
  readonly title: string;
  readonly text: string;
}

/** The words of `<ipr-report>` only; they travel in the report's chunk, never in the entry. */
export interface ReportWords {
  readonly eyebrow: string;
  readonly headline: string;
  /** The standfirst under the headline, with the reports' date. */
  readonly dek: (date: string) => string;
  readonly stats: string;
  readonly charts: string;
  readonly takeaways: string;
  readonly sources: string;
  readonly items: readonly [Takeaway, Takeaway, Takeaway, Takeaway];
  /** A source's title as a list writes it. */
  readonly cite: (title: string) => string;
  readonly readVia: (publisher: string) => string;
  readonly noLink: string;
}

const en: ReportWords = {
  eyebrow: 'SPC and SPP work reports, 2025',
  headline: "China's IP enforcement in 2024: heavier penalties, a steady caseload",
  dek: (date) =>
    `What the Supreme People's Court and the Supreme People's Procuratorate told the National People's Congress on ${date} about intellectual property.`,
  stats: 'The figures of the 2025 reports',
  charts: 'Trends',
  takeaways: 'What it means',
  sources: 'Sources',
  items: [
    {
      title: 'Trade secrets take centre stage',
      text: "The prosecutors' report singled out a trade-secret case brought under China's counterpart to the Economic Espionage Act, and left out other major criminal cases, such as a nine-year sentence for copyright infringement involving counterfeit Lego bricks. Companies should guard confidential know-how with rigorous internal security.",
    },
    {
      title: 'More punitive damages',
      text: "Courts awarded punitive damages in more cases of malicious infringement with serious circumstances than the year before. LexTalk World reads this as the courts' commitment to making infringement financially unviable, and advises businesses to keep their IP compliance robust to avoid severe penalties.",
    },
    {
      title: 'A judgment is not yet payment',
      text: 'In one of the most striking cases, an award in an electric-vehicle trade-secret dispute, only the non-monetary part of the judgment has been satisfied: the defendant has declared bankruptcy. Large awards are hard to enforce against insolvent defendants; injunctive relief or international arbitration may be worth exploring.',
    },
    {
      title: 'A system that keeps moving',
      text: 'Close to half a million IP cases pass through the courts each year, and the law keeps evolving. Companies with operations or supply chains in China should keep up with legal developments and make IP strategy part of their business planning.',
    },
  ],
  cite: (title) => `“${title}”`,
  readVia: (publisher) => `as reported by ${publisher}`,
  noLink: 'no verified link',
};

const zh: ReportWords = {
  eyebrow: '2025年最高人民法院、最高人民检察院工作报告',
  headline: '2024年中国知识产权司法保护：惩处力度加大，案件量保持平稳',
  dek: (date) => `最高人民法院、最高人民检察院${date}向全国人民代表大会报告的知识产权保护工作要点。`,
  stats: '2025年工作报告中的数据',
  charts: '趋势',
  takeaways: '要点解读',
  sources: '资料来源',
  items: [
    {
      title: '商业秘密保护成为重点',
      text: '检察机关的报告特别提到一起依据中国相当于美国《经济间谍法》的规定起诉的商业秘密案件，却未提及其他重大刑事案件，例如因仿冒乐高积木侵犯著作权被判处九年有期徒刑的案件。企业应采取严格的内部保密措施。',
    },
    {
      title: '惩罚性赔偿适用增多',
      text: '对恶意侵权、情节严重的案件，法院适用惩罚性赔偿的案件数较上年增加。LexTalk World认为，这体现了法院让侵权在经济上得不偿失的决心，并建议企业做好知识产权合规，以免承担严厉的赔偿责任。',
    },
    {
      title: '胜诉不等于拿到赔偿',
      text: '在最引人注目的案件之一——一起电动汽车商业秘密纠纷中，判决仅非金钱给付部分得到履行：被告已宣告破产。被告资不抵债时，巨额判赔难以执行；企业可考虑申请禁令救济或借助国际仲裁机制。',
    },
    {
      title: '持续变化的司法环境',
      text: '法院每年审结的知识产权案件接近50万件，法律环境仍在不断演变。在华有业务或供应链的企业应关注法律动态，并把知识产权战略纳入经营规划。',
    },
  ],
  cite: (title) => (/^[\x20-\x7e’]+$/.test(title) ? `“${title}”` : `《${title}》`),
  readVia: (publisher) => `转引自${publisher}`,
  noLink: '链接未经核实',
};

export function reportWords(lang: MessageLang): ReportWords {
  return lang === 'zh' ? zh : en;
}
