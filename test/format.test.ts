import { expect } from '@open-wc/testing';
import {
  formatChange,
  formatCny,
  formatDate,
  formatNumber,
  formatValue,
  numberFormat,
} from 'ip-report-widgets/data';

describe('format', () => {
  it('writes counts in full and compact, in en and zh', () => {
    expect(formatNumber(494_000, 'en')).to.equal('494,000');
    expect(formatNumber(494_000, 'en', 'compact')).to.equal('494K');
    expect(formatNumber(494_000, 'zh-CN', 'compact')).to.equal('49.4万');
    expect(formatNumber(21_000, 'zh-CN', 'compact')).to.equal('2.1万');
    expect(formatNumber(494_000, 'de')).to.equal('494.000');
  });

  it('writes yuan amounts the way each language does', () => {
    expect(formatCny(640_000_000, 'en')).to.equal('RMB 640 million');
    expect(formatCny(640_000_000, 'zh')).to.equal('6.4亿元');
    expect(formatCny(1_160_000_000, 'en')).to.equal('RMB 1.16 billion');
    expect(formatCny(1_160_000_000, 'zh-CN')).to.equal('11.6亿元');
  });

  it('signs changes and keeps one decimal', () => {
    expect(formatChange(44.2, 'en')).to.equal('+44.2%');
    expect(formatChange(0.9, 'zh')).to.equal('+0.9%');
    expect(formatChange(-3, 'en')).to.equal('-3%');
    expect(formatChange(0, 'en')).to.equal('0%');
  });

  it('formats shares, multiples and dates', () => {
    expect(formatValue(0.0931, 'percent', 'en')).to.equal('0.093%');
    expect(formatValue(49.1, 'multiple', 'en')).to.equal('49×');
    expect(formatValue(49.1, 'multiple', 'zh')).to.equal('49倍');
    expect(formatValue(147.004, 'cases', 'en')).to.equal('147');
    expect(formatDate('2025-03-08', 'en')).to.equal('Mar 8, 2025');
    expect(formatDate('2025-03-08', 'zh-CN')).to.equal('2025年3月8日');
    expect(formatDate('2025', 'en')).to.equal('2025');
  });

  it('builds each Intl formatter once per locale and options', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).to.equal(
      numberFormat('en', { maximumFractionDigits: 1 }),
    );
    expect(numberFormat('en')).not.to.equal(numberFormat('zh'));
  });
});
