import type { Localized, MetricId } from './types.js';

/** Each metric in the source's own wording, for summaries, fallback text and the report. */
export const DESCRIPTIONS: Readonly<Record<MetricId, Localized>> = {
  'ip-crime-prosecutions': {
    en: 'individuals prosecuted for IP crimes',
    zh: '检察机关起诉侵犯知识产权犯罪的人数',
  },
  'punitive-damages-cases': {
    en: 'cases of malicious infringement with serious circumstances in which punitive damages were awarded',
    zh: '对恶意侵权、情节严重的案件适用惩罚性赔偿的案件数',
  },
  'ip-cases-concluded': {
    en: 'IP cases concluded by the courts',
    zh: '人民法院审结的知识产权案件数',
  },
  'ev-trade-secret-award': {
    en: 'award in an electric-vehicle trade-secret dispute',
    zh: '一起电动汽车商业秘密纠纷案的判赔金额',
  },
  'punitive-damages-amount': {
    en: 'total punitive damages awarded by the courts',
    zh: '人民法院判决的惩罚性赔偿总额',
  },
  'punitive-damages-share': {
    en: 'share of concluded IP cases in which punitive damages were awarded',
    zh: '适用惩罚性赔偿案件占审结知识产权案件的比例',
  },
  'punitive-growth-multiple': {
    en: 'year-on-year growth of punitive-damages cases divided by that of IP cases concluded',
    zh: '惩罚性赔偿案件同比增速除以知识产权案件审结数同比增速',
  },
};
