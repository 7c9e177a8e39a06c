import type { Source, SourceId } from './types.js';

const list: readonly Source[] = [
  {
    id: 'lextalk-2025',
    publisher: { en: 'LexTalk World', zh: 'LexTalk World' },
    title: {
      en: "China's 2025 Work Report: Strengthening Intellectual Property Protection",
      zh: "China's 2025 Work Report: Strengthening Intellectual Property Protection",
    },
    date: '2025',
    url: 'https://www.lextalk.world/post/china-s-2025-work-report-strengthening-intellectual-property-protection',
  },
  {
    id: 'spp-2025',
    publisher: { en: "Supreme People's Procuratorate", zh: '最高人民检察院' },
    title: {
      en: '2025 Work Report, 3rd Session of the 14th National People’s Congress',
      zh: '2025年最高人民检察院工作报告（十四届全国人大三次会议）',
    },
    shortTitle: { en: '2025 Work Report', zh: '2025年工作报告' },
    date: '2025-03-08',
    via: 'lextalk-2025',
  },
  {
    id: 'spc-2025',
    publisher: { en: "Supreme People's Court", zh: '最高人民法院' },
    title: {
      en: '2025 Work Report, 3rd Session of the 14th National People’s Congress',
      zh: '2025年最高人民法院工作报告（十四届全国人大三次会议）',
    },
    shortTitle: { en: '2025 Work Report', zh: '2025年工作报告' },
    date: '2025-03-08',
    via: 'lextalk-2025',
  },
  {
    id: 'chinadaily-2024',
    publisher: { en: 'China Daily (Yang Zekun)', zh: '中国日报（杨泽坤）' },
    title: {
      en: "China's courts successfully serve and protect innovation-driven development",
      zh: "China's courts successfully serve and protect innovation-driven development",
    },
    date: '2024-03-08',
  },
  {
    id: 'mondaq-2024-06-21',
    publisher: { en: 'Mondaq (AFD China)', zh: 'Mondaq（AFD China）' },
    title: {
      en: 'China Awarded Punitive Damages Totaling 1.16 Billion Yuan In 2023',
      zh: 'China Awarded Punitive Damages Totaling 1.16 Billion Yuan In 2023',
    },
    date: '2024-06-21',
    url: 'https://www.mondaq.com/china/trademark/1481676/china-awarded-punitive-damages-totaling-116-billion-yuan-in-2023',
  },
  {
    id: 'xinhua-2025-04-21',
    publisher: { en: 'Xinhua', zh: '新华社' },
    title: {
      en: 'Chinese courts conclude over 540,000 intellectual property cases in 2024',
      zh: 'Chinese courts conclude over 540,000 intellectual property cases in 2024',
    },
    date: '2025-04-21',
    url: 'http://en.people.cn/n3/2025/0422/c90000-20305353.html',
  },
  {
    id: 'xinhua-2025-04-23',
    publisher: { en: 'Xinhua', zh: '新华社' },
    title: {
      en: "China's top procuratorate launches special department to tackle IPR violations",
      zh: "China's top procuratorate launches special department to tackle IPR violations",
    },
    date: '2025-04-23',
    url: 'http://en.people.cn/n3/2025/0423/c90000-20306048.html',
  },
];

/** Every publication the bundled figures come from, by id. */
export const SOURCES: Readonly<Record<SourceId, Source>> = Object.freeze(
  Object.fromEntries(list.map((s) => [s.id, s])) as Record<SourceId, Source>,
);

/** The address a reader can follow for a source: its own, or that of the text it was read in. */
export function sourceLink(id: SourceId): string | undefined {
  const source = SOURCES[id];
  return source.url ?? (source.via ? SOURCES[source.via].url : undefined);
}
