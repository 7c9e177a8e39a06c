import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendMouse } from '@web/test-runner-commands';

type Settles = Element & { updateComplete: Promise<unknown> };

async function openFrame(attrs: { src?: string; srcdoc?: string }, width = 1100): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  if (attrs.src) frame.src = attrs.src;
  if (attrs.srcdoc) frame.srcdoc = attrs.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function renderedIn(doc: Document, tag: string): Promise<Settles> {
  const win = doc.defaultView!;
  await waitUntil(() => win.customElements.get(tag) && doc.querySelector(tag), `<${tag}> never defined`, {
    timeout: 8000,
  });
  const el = doc.querySelector(tag) as Settles;
  await el.updateComplete;
  return el;
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('the embed builder', () => {
  let builder: HTMLIFrameElement;
  let doc: Document;
  beforeEach(async () => {
    builder = await openFrame({ src: '/demo/builder.html' });
    doc = builder.contentDocument!;
    await waitUntil(() => doc.querySelector('[data-channel="module"] pre code')?.textContent, 'no snippet');
  });
  afterEach(() => builder.remove());

  const choose = (selector: string, value: string) => {
    const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    // The builder's controls belong to the frame's realm: no `instanceof` across it.
    if ((control as HTMLInputElement).type === 'radio') (control as HTMLInputElement).checked = true;
    else control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const snippet = (channel: string) =>
    doc.querySelector(`[data-channel="${channel}"] pre code`)!.textContent!;

  const cases = [
    {
      name: 'a Chinese dark chart',
      set: () => {
        choose('input[name="el"][value="chart"]', '');
        choose('#chart', 'growth-comparison');
        choose('#lang', 'zh');
        choose('#theme', 'dark');
      },
      tag: 'ipr-chart',
      expect: '2024年同比增幅',
    },
    {
      name: 'a compact stat card',
      set: () => {
        choose('#metric', 'ip-cases-concluded');
        choose('#notation', 'compact');
      },
      tag: 'ipr-stat-card',
      expect: '494K',
    },
    {
      name: 'the report without takeaways',
      set: () => {
        choose('input[name="el"][value="report"]', '');
        const box = doc.querySelector<HTMLInputElement>('input[name="sections"][value="takeaways"]')!;
        box.checked = false;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      },
      tag: 'ipr-report',
      expect: 'The figures of the 2025 reports',
    },
  ];

  for (const c of cases) {
    describe(`when it is set to ${c.name}`, () => {
      it('previews the widget and its snippets, pasted into blank pages, render it', async () => {
        c.set();
        const preview = await renderedIn(doc, c.tag);
        expect(doc.querySelector('#preview')!.children).to.have.length(1);
        await waitUntil(() => text(preview).includes(c.expect), `preview lacks ${c.expect}`);
        for (const channel of ['module', 'classic']) {
          const code = snippet(channel);
          expect(code, channel).to.contain(`<${c.tag}`);
          const page = await openFrame({ srcdoc: `<!doctype html><body>${code}</body>` }, 900);
          try {
            const el = await renderedIn(page.contentDocument!, c.tag);
            await waitUntil(
              () => text(el).includes(c.expect),
              `${channel} snippet did not render ${c.expect}`,
            );
          } finally {
            page.remove();
          }
        }
        const page = await openFrame({ srcdoc: `<!doctype html><body>${snippet('iframe')}</body>` }, 900);
        // The snippet's iframe is loading="lazy": WebKit loads it only once it nears the viewport
        // (Chromium's and Firefox's margins reach below the builder's frame).
        page.scrollIntoView();
        try {
          const inner = page.contentDocument!.querySelector('iframe')!;
          await waitUntil(() => inner.contentDocument?.querySelector(c.tag), 'iframe snippet shows nothing', {
            timeout: 8000,
          });
          const el = await renderedIn(inner.contentDocument!, c.tag);
          await waitUntil(() => text(el).includes(c.expect), 'iframe snippet did not render it');
          // The resizer in the snippet sized the frame to its widget.
          await waitUntil(
            () => Math.abs(inner.getBoundingClientRect().height - el.getBoundingClientRect().height) <= 1,
            'the iframe was not resized',
            { timeout: 5000 },
          );
          // The frame sits in a block, and the text beside it is hidden once the frame is sized.
          expect(inner.parentElement!.localName).to.equal('div');
          const fallback = inner.parentElement!.querySelector<HTMLElement>(':scope > [data-ipr-fallback]')!;
          expect(fallback.querySelector('a')!.getAttribute('href')).to.match(/^https?:/);
          await waitUntil(() => fallback.getBoundingClientRect().height === 0, 'the fallback is still shown');
        } finally {
          page.remove();
        }
      });
    });
  }

  const shownError = () => doc.getElementById('snippet-error')!;
  const allSnippets = () =>
    [...doc.querySelectorAll('.snippet-card pre code')].map((c) => c.textContent).join('');

  describe('when an option is tampered with or the base is not an http(s) address', () => {
    it('shows the error in place of the snippets, and none of the old ones', async () => {
      expect(shownError().hidden).to.equal(true);
      expect(allSnippets()).to.contain('<ipr-stat-card');
      choose('input[name="el"][value="chart"]', '');
      const select = doc.querySelector<HTMLSelectElement>('#chart')!;
      select.options[0]!.value = 'constructor';
      choose('#chart', 'constructor');
      expect(shownError().hidden).to.equal(false);
      expect(shownError().textContent).to.equal(
        'No snippet: the widget spec has a value that is not allowed: chart=constructor',
      );
      expect(allSnippets()).to.equal('');
      expect([...doc.querySelectorAll('.snippet-card')].every((c) => (c as HTMLElement).hidden)).to.equal(
        true,
      );

      select.options[0]!.value = 'growth-comparison';
      choose('#chart', 'growth-comparison');
      expect(shownError().hidden).to.equal(true);
      expect(allSnippets()).to.contain('chart="growth-comparison"');

      choose('#base', 'javascript:alert(1)//');
      expect(shownError().textContent).to.match(
        /^No snippet: base must be the http\(s\) address of the dist\/ folder/,
      );
      expect(allSnippets()).to.equal('');
      expect(shownError().getBoundingClientRect().height).to.be.greaterThan(20);
    });
  });

  describe('when the author gives their own chart data with </script> in it', () => {
    it('previews it and writes a snippet whose JSON cannot close its script', async () => {
      choose('input[name="el"][value="own"]', '');
      const area = doc.querySelector<HTMLTextAreaElement>('#data')!;
      expect(JSON.parse(area.value).labels).to.have.length.greaterThan(1);
      const title = 'Ours </script><!--<script> too';
      area.value = JSON.stringify({ title, labels: ['a', 'b'], series: [{ label: 's', values: [1, 2] }] });
      area.dispatchEvent(new Event('input', { bubbles: true }));
      const preview = await renderedIn(doc, 'ipr-chart');
      await waitUntil(() => text(preview).includes(title), 'preview lacks the title');
      const code = snippet('module');
      expect(code).to.contain('Ours \\u003c/script>\\u003c!--\\u003cscript> too');
      expect(code.match(/<\/script>/g)).to.have.length(2);
      expect((doc.querySelector('[data-channel="iframe"]') as HTMLElement).hidden).to.equal(true);
      area.value = '{"labels": [';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      expect(shownError().textContent).to.match(/^No snippet: The chart data is not valid JSON/);
      expect(allSnippets()).to.equal('');
    });
  });

  it('copies a snippet and says so, visibly and to screen readers', async () => {
    const button = doc.querySelector<HTMLButtonElement>('[data-channel="iframe"] .copy')!;
    button.scrollIntoView();
    // A real click: the clipboard needs a user's gesture.
    const frameBox = builder.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [
        Math.round(frameBox.left + box.left + box.width / 2),
        Math.round(frameBox.top + box.top + box.height / 2),
      ],
    });
    await waitUntil(() => button.dataset.state, 'no copy state');
    expect(button.dataset.state).to.equal('copied');
    expect(button.textContent).to.equal('Copied');
    const status = doc.getElementById('copy-status')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.equal('Iframe snippet copied to the clipboard.');
  });
});
