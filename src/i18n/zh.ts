import type { Messages } from './messages.js';
import { formatChange, formatNumber } from '../format/index.js';

/** Chinese (simplified), loaded on first use. */
const zh: Messages = {
  source: '来源',
  sourceMissing: '未注明来源',
  via: (name) => `转引自${name}`,
  titled: (publisher, title) => `${publisher}《${title}》`,
  comma: '，',
  parens: (text) => `（${text}）`,
  newTab: '（在新标签页中打开）',
  period: (p) => (/^\d{4}$/.test(p) ? `${p}年` : p),
  against: (p) => `较${/^\d{4}$/.test(p) ? `${p}年` : p}`,
  up: '上升',
  down: '下降',
  flat: '持平',
  approx: '约',
  derivedChange: (from, fromPeriod, to, toPeriod, locale) =>
    `增幅由本站根据${fromPeriod}年的${formatNumber(from, locale)}与${toPeriod}年的${formatNumber(to, locale)}推算。`,
  derivation: (d, locale) => {
    switch (d.op) {
      case 'back-from-growth':
        return `本站推算：${d.basePeriod}年的${formatNumber(d.base, locale)}扣除其同比增幅${formatChange(d.growthPercent, locale)}。`;
      case 'share':
        return `本站推算：${formatNumber(d.part, locale)}件占${formatNumber(d.whole, locale)}件的比例。`;
      case 'growth-multiple':
        return `本站推算：同比增幅${formatChange(d.faster, locale)}与${formatChange(d.slower, locale)}之比。`;
    }
  },
  colon: '：',
  listSeparator: '；',
  errorTitle: '无法显示此数据',
  errors: {
    'unknown-metric': (d) => `不存在指标“${d}”。`,
    'unknown-period': (d) => `没有${d}的数据。`,
    'missing-metric': () => '请设置 metric，或提供自己的 value。',
    'invalid-value': (d) => `数值“${d}”不是数字。`,
    'invalid-change': (d) => `变化值“${d}”不是数字。`,
    'invalid-theme': (d) => `未知主题“${d}”，已改用 auto。`,
    'invalid-notation': (d) => `未知记数法“${d}”，已改用 standard。`,
    'invalid-url': (d) => `来源链接“${d}”不是 http(s) 地址，已省略。`,
    'unknown-chart': (d) => `不存在图表“${d}”。`,
    'invalid-json': (d) => `图表数据不是有效的 JSON：${d}`,
    'invalid-data': (d) => `图表数据无法使用：请检查“${d}”。`,
    'missing-chart': () => '请设置 chart，或在子元素 <script type="application/json"> 中提供自己的数据。',
    'unknown-type': (d) => `未知图表类型“${d}”：请使用 bar 或 line。`,
    'unequal-lengths': (d) => `数据系列“${d}”的数值个数须与标签个数相同。`,
    'invalid-number': (d) => `数据系列中有非有限数值：${d}。`,
    'chart-failed': (d) => `图表无法绘制：${d}`,
  },
  metric: {
    'ip-crime-prosecutions': '起诉侵犯知识产权犯罪人数',
    'punitive-damages-cases': '适用惩罚性赔偿案件',
    'ip-cases-concluded': '人民法院审结知识产权案件',
    'ev-trade-secret-award': '电动汽车商业秘密纠纷判赔额',
    'punitive-damages-amount': '判处惩罚性赔偿金额',
    'punitive-damages-share': '审结知识产权案件中适用惩罚性赔偿的比例',
    'punitive-growth-multiple': '惩罚性赔偿案件增速与知识产权案件审结数增速之比',
  },
  publisher: {
    'lextalk-2025': 'LexTalk World',
    'spp-2025': '最高人民检察院',
    'spc-2025': '最高人民法院',
    'chinadaily-2024': '中国日报（杨泽坤）',
    'mondaq-2024-06-21': 'Mondaq（AFD China）',
    'xinhua-2025-04-21': '新华社',
    'xinhua-2025-04-23': '新华社',
  },
  shortTitle: {
    'spp-2025': '2025年工作报告',
    'spc-2025': '2025年工作报告',
  },
  figureNote: {
    'ev-trade-secret-award/2025': '未获赔付：被告已宣告破产，判决仅非金钱给付部分得到履行。',
  },
  periodLabel: {
    'ev-trade-secret-award/2025': '2025年报告的判决',
  },
};

export default zh;
