import { waitUntil } from './wait.js';
import type { IprChart } from 'ip-report-widgets';
import { mount, settled } from './helpers.js';

/** The element class, once the autoloader has defined it. */
export async function chartClass(): Promise<typeof IprChart> {
  return (await customElements.whenDefined('ipr-chart')) as typeof IprChart;
}

/** Mounts markup holding an `<ipr-chart>` first, and waits for it to be defined and rendered. */
export async function mountChart(markup: string, attrs: Record<string, string> = {}): Promise<IprChart> {
  const el = await mount<IprChart>(markup, attrs);
  await chartClass();
  await settled(el);
  return el;
}

/** Waits until the chart has a Chart.js instance (the engine chunk loaded and drew). */
export async function drawn(el: IprChart): Promise<HTMLCanvasElement> {
  await waitUntil(() => el.chartInstance, 'the chart was never drawn', { timeout: 8000 });
  return el.shadowRoot!.querySelector('canvas')!;
}

/** How many pixels of a canvas have been painted. */
export function inked(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
  return n;
}

/** Opens the chart's data table (rendered only while open) with its toolbar button. */
export async function openTable(el: IprChart): Promise<void> {
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toolbar"] button')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await settled(el);
}

/** The rows of the chart's data table, each as its cells' text. */
export function tableRows(el: IprChart): string[][] {
  return [...el.shadowRoot!.querySelectorAll('table tr')].map((tr) =>
    [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

export const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const text = (el: Element, name: string) =>
  (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();

type Mocha = { skip(): never };

/** A real key press or pointer move; an engine whose driver has no such command reports the test skipped. */
export async function command(test: Mocha, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (/not supported/i.test(String(error))) test.skip();
    throw error;
  }
}

/** What the chart's polite live region says now. */
export const live = (el: IprChart) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent ?? '';

/** The chart's active values, as `dataset:index`. */
export const active = (el: IprChart) =>
  el.chartInstance?.getActiveElements().map((a) => `${a.datasetIndex}:${a.index}`) ?? [];

export const canvasOf = (el: IprChart) => el.shadowRoot!.querySelector('canvas')!;
