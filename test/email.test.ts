import { expect } from '@open-wc/testing';
import { CHART_IDS, METRIC_IDS, embedSnippets, type WidgetSpec } from 'ip-report-widgets/data';
import { waitUntil } from './wait.js';

/**
 * The builder's "Email / newsletter" snippet as a reader without scripts meets it: pasted into a
 * plain HTML email, opened in a frame that may not run scripts (`sandbox` without
 * `allow-scripts`), at a desktop mail pane's width and a phone's.
 */
const WIDGETS: WidgetSpec[] = [
  ...METRIC_IDS.map((metric) => ({ el: 'stat-card', metric }) as const),
  ...CHART_IDS.map((chart) => ({ el: 'chart', chart }) as const),
  { el: 'report' },
];

async function openEmail(markup: string, lang: string, width: number): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.width = String(width);
  frame.height = '600';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // The script proves the frame runs none: it would mark the body.
  frame.srcdoc =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Newsletter</title></head>` +
    `<body style="margin:8px"><p>Dear reader,</p>${markup}` +
    `<script>document.body.dataset.ran = 'yes';</script><p>Best regards</p></body></html>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // The images are loading="lazy": each is brought into view (as a reader scrolls) and waited for.
  for (const img of doc.images) {
    img.scrollIntoView();
    await waitUntil(() => img.complete, `${img.src} did not load`, { timeout: 20_000 });
  }
  doc.documentElement.scrollTop = 0;
  return doc;
}

describe('the email snippet with scripts off', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const lang of ['en', 'zh']) {
    for (const spec of WIDGETS) {
      const name = `${spec.el} ${'metric' in spec ? spec.metric : 'chart' in spec ? spec.chart : ''} (${lang})`;
      for (const width of [600, 360]) {
        it(`shows ${name} with its figures, images and source links at ${width} px`, async () => {
          const { email } = embedSnippets({ ...spec, lang } as WidgetSpec, `${location.origin}/dist/`);
          const doc = await openEmail(email, lang, width);
          expect(doc.body.dataset.ran, 'a script ran in the email').to.equal(undefined);

          const view = doc.documentElement;
          expect(view.scrollWidth, 'the email scrolls sideways').to.be.at.most(view.clientWidth);
          const text = doc.body.innerText;
          expect(text.length).to.be.above(40);

          const links = [...doc.querySelectorAll('a')];
          expect(links.length, 'no source link').to.be.above(0);
          for (const link of links) {
            expect(new URL(link.href).protocol).to.match(/^https?:$/);
            expect(link.getBoundingClientRect().width, link.href).to.be.above(0);
            // A short link text, never the bare address.
            expect(link.textContent!.trim()).not.to.equal(link.href);
          }

          const images = [...doc.images];
          const charts = spec.el === 'chart' ? 1 : spec.el === 'report' ? 2 : 0;
          expect(images.length).to.equal(charts);
          for (const img of images) {
            expect(img.naturalWidth, `${img.src} did not load`).to.be.above(0);
            expect(img.alt.length, 'an image without alt text').to.be.above(20);
            const box = img.getBoundingClientRect();
            expect(box.width).to.be.above(0);
            expect(box.right, `${img.src} overflows`).to.be.at.most(view.clientWidth + 0.5);
            // Drawn at its own proportions, not squeezed.
            expect(box.height / box.width).to.be.closeTo(img.naturalHeight / img.naturalWidth, 0.02);
          }
          if (spec.el === 'stat-card') {
            // The figure is the largest text in the card.
            const sizes = [...doc.body.querySelectorAll('p, div, strong')].map((el) =>
              parseFloat(getComputedStyle(el).fontSize),
            );
            expect(Math.max(...sizes)).to.be.at.least(32);
          }
        });
      }
    }
  }
});
