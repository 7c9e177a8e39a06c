import type { Messages } from './messages.js';

/** Chinese (simplified), loaded on first use. */
const zh: Messages = {
  source: '来源',
  sourceMissing: '未注明来源',
  via: (name) => `转引自${name}`,
  comma: '，',
  parens: (text) => `（${text}）`,
  newTab: '（在新标签页中打开）',
  period: (p) => (/^\d{4}$/.test(p) ? `${p}年` : p),
  against: (p) => `较${/^\d{4}$/.test(p) ? `${p}年` : p}`,
  up: '上升',
  down: '下降',
  flat: '持平',
  approx: '约',
  colon: '：',
  listSeparator: '；',
  errorTitle: '无法显示此数据',
  metric: {
    'ip-crime-prosecutions': '起诉侵犯知识产权犯罪人数',
    'punitive-damages-cases': '适用惩罚性赔偿案件',
    'ip-cases-concluded': '人民法院审结知识产权案件',
    'ev-trade-secret-award': '电动汽车商业秘密纠纷判赔额',
    'punitive-damages-amount': '惩罚性赔偿判赔金额',
    'punitive-damages-share': '审结知识产权案件中适用惩罚性赔偿的比例',
    'punitive-growth-multiple': '惩罚性赔偿案件增速相当于知识产权案件审结数增速的倍数',
  },
  publisher: {
    'lextalk-2025': 'LexTalk World',
    'spp-2025': '最高人民检察院',
    'spc-2025': '最高人民法院',
    'chinadaily-2024': '中国日报（Yang Zekun）',
    'mondaq-2024-06-21': 'Mondaq（AFD China）',
    'xinhua-2025-04-21': '新华社',
    'xinhua-2025-04-23': '新华社',
  },
  credit: {
    'spp-2025': '《最高人民检察院工作报告》',
    'spc-2025': '《最高人民法院工作报告》',
    'chinadaily-2024':
      "中国日报（Yang Zekun）“China's courts successfully serve and protect innovation-driven development”",
  },
  periodLabel: {
    'ev-trade-secret-award/2025': '2025年工作报告披露的判决',
  },
};

export default zh;
