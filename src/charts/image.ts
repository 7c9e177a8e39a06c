import type { ChartId } from './ids.js';
import type { MessageLang } from '../i18n/locale.js';

/**
 * The static images of the bundled charts, which `npm run build` draws into `dist/img/` for
 * places where scripts never run (email, feeds, pasted-URL previews). Every image has the same
 * size in CSS pixels, so markup can give `width` and `height` without reading the files.
 */
export const CHART_IMAGE = { width: 600, height: 400 } as const;

/** The themes and pixel ratios each image is drawn in. */
export const CHART_IMAGE_THEMES = ['light', 'dark'] as const;
export const CHART_IMAGE_SCALES = [1, 2] as const;

export type ChartImageTheme = (typeof CHART_IMAGE_THEMES)[number];
export type ChartImageScale = (typeof CHART_IMAGE_SCALES)[number];

/** The file name of one image under `dist/img/`, e.g. `growth-comparison.zh.dark@2x.png`. */
export function chartImageName(
  chart: ChartId,
  lang: MessageLang,
  theme: ChartImageTheme = 'light',
  scale: ChartImageScale = 1,
): string {
  return `${chart}.${lang}.${theme}${scale === 2 ? '@2x' : ''}.png`;
}
