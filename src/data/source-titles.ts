import type { Localized, SourceId } from './types.js';

/** Full titles of the sources, for source lists (the report, chart downloads). */
export const SOURCE_TITLES: Readonly<Record<SourceId, Localized>> = {
  'lextalk-2025': {
    en: "China's 2025 Work Report: Strengthening Intellectual Property Protection",
    zh: "China's 2025 Work Report: Strengthening Intellectual Property Protection",
  },
  'spp-2025': {
    en: '2025 Work Report, 3rd Session of the 14th National People’s Congress',
    zh: '最高人民检察院工作报告',
  },
  'spc-2025': {
    en: '2025 Work Report, 3rd Session of the 14th National People’s Congress',
    zh: '最高人民法院工作报告',
  },
  'chinadaily-2024': {
    en: "China's courts successfully serve and protect innovation-driven development",
    zh: "China's courts successfully serve and protect innovation-driven development",
  },
  'mondaq-2024-06-21': {
    en: 'China Awarded Punitive Damages Totaling 1.16 Billion Yuan In 2023',
    zh: 'China Awarded Punitive Damages Totaling 1.16 Billion Yuan In 2023',
  },
  'xinhua-2025-04-21': {
    en: 'Chinese courts conclude over 540,000 intellectual property cases in 2024',
    zh: 'Chinese courts conclude over 540,000 intellectual property cases in 2024',
  },
  'xinhua-2025-04-23': {
    en: "China's top procuratorate launches special department to tackle IPR violations",
    zh: "China's top procuratorate launches special department to tackle IPR violations",
  },
};
