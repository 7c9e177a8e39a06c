import type { Unit } from '../data/types.js';

/** How a stat card writes its number: in full, or shortened (494K, 49.4万). */
export type Notation = 'standard' | 'compact';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An `Intl.NumberFormat`, built once per locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

const isChinese = (locale: string) => /^zh\b/i.test(locale);

/** A count (cases, people) or a plain number. */
export function formatNumber(value: number, locale: string, notation: Notation = 'standard'): string {
  return notation === 'compact'
    ? numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(value)
    : numberFormat(locale, { maximumFractionDigits: Number.isInteger(value) ? 0 : 1 }).format(value);
}

/** An amount in yuan: "RMB 640 million", "6.4亿元". */
export function formatCny(value: number, locale: string): string {
  const amount = numberFormat(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 3,
  }).format(value);
  return isChinese(locale) ? `${amount}元` : `RMB ${amount}`;
}

/** A share given in percent (0.093 means 0.093 %), to two significant digits. */
export function formatPercent(percent: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 }).format(percent / 100);
}

/** A change given in percent, always signed: "+44.2%", "−3%". */
export function formatChange(percent: number, locale: string): string {
  return numberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  }).format(percent / 100);
}

/** How many times larger: "49×", "49倍". */
export function formatMultiple(value: number, locale: string): string {
  const n = numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  return isChinese(locale) ? `${n}倍` : `${n}×`;
}

/** Any figure, by its unit. */
export function formatValue(
  value: number,
  unit: Unit,
  locale: string,
  notation: Notation = 'standard',
): string {
  switch (unit) {
    case 'cny':
      return formatCny(value, locale);
    case 'percent':
      return formatPercent(value, locale);
    case 'multiple':
      return formatMultiple(value, locale);
    default:
      return formatNumber(Math.round(value), locale, notation);
  }
}

/** A publication date: "Mar 8, 2025", "2025年3月8日"; a bare year stays a year. */
export function formatDate(iso: string, locale: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
