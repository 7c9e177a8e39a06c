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
  stats: 'The 2024 figures',
  charts: 'Trends',
  takeaways: 'What it means',
  sources: 'Sources',
  items: [
    {
      title: 'Trade secrets take centre stage',
      text: "The prosecutors' report singled out a trade-secret case brought under China's counterpart to the Economic Espionage Act, and passed over a nine-year sentence for counterfeit Lego bricks. Guarding confidential know-how inside the company deserves the same priority.",
    },
    {
      title: 'Punitive damages start to bite',
      text: 'Courts now award punitive damages far more often where infringement is wilful and serious. Copying on purpose is becoming a costly bet, which makes a working compliance programme worth more than before.',
    },
    {
      title: 'A judgment is not yet payment',
      text: 'The largest award highlighted, in an electric-vehicle trade-secret dispute, has been honoured only in its non-monetary part: the defendant went bankrupt. Plan how to collect from the outset, with injunctions or arbitration abroad where they fit.',
    },
    {
      title: 'A system that keeps moving',
      text: 'Close to half a million IP cases pass through the courts each year, and practice keeps shifting. Firms that make or buy goods in China should follow the rulings and write IP into their business plans.',
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
  stats: '2024年数据',
  charts: '趋势',
  takeaways: '要点解读',
  sources: '资料来源',
  items: [
    {
      title: '商业秘密保护成为重点',
      text: '检察机关的报告特别提到一起依据中国相当于美国《经济间谍法》的规定起诉的商业秘密案件，却未提及因仿冒乐高积木被判处九年有期徒刑的著作权案件。企业应同样重视内部保密措施。',
    },
    {
      title: '惩罚性赔偿形成震慑',
      text: '对恶意侵权、情节严重的案件，法院适用惩罚性赔偿明显增多。故意侵权的代价越来越高，健全的合规体系因而更有价值。',
    },
    {
      title: '胜诉不等于拿到赔偿',
      text: '报告提到的电动汽车商业秘密纠纷巨额判赔，因被告破产，仅非金钱给付部分得到履行。权利人宜及早规划执行，视情况申请禁令或借助境外仲裁。',
    },
    {
      title: '持续变化的司法环境',
      text: '法院每年审结的知识产权案件接近50万件，实践仍在不断发展。在华生产或采购的企业应关注裁判动向，并把知识产权纳入经营规划。',
    },
  ],
  cite: (title) => (/^[\x20-\x7e’]+$/.test(title) ? `“${title}”` : `《${title}》`),
  readVia: (publisher) => `转引自${publisher}`,
  noLink: '链接未经核实',
};

export function reportWords(lang: MessageLang): ReportWords {
  return lang === 'zh' ? zh : en;
}
