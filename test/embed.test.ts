import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

type Settles = Element & { updateComplete: Promise<unknown> };
interface HeightMessage {
  type: string;
  height: number;
  id: string | null;
}

/** Loads the host-page resizer once, as a publisher's page would. */
let resizer: Promise<void> | undefined;
const loadResizer = () =>
  (resizer ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/ip-report-widgets-resizer.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('no resizer'));
    document.head.append(script);
  }));

/** Opens embed.html with a query in an iframe of a given width; records what it posts. */
async function openEmbed(query: string, width = 600) {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '150';
  frame.setAttribute('frameborder', '0');
  const messages: HeightMessage[] = [];
  const onMessage = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.type === 'ipr:height') messages.push(event.data);
  };
  window.addEventListener('message', onMessage);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  return {
    frame,
    doc,
    messages,
    close: () => {
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}

async function rendered(doc: Document, tag: string): Promise<Settles> {
  await waitUntil(() => doc.querySelector(tag), `no <${tag}>`);
  const win = doc.defaultView!;
  await win.customElements.whenDefined(tag);
  const el = doc.querySelector(tag) as Settles;
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll('ipr-stat-card, ipr-chart')) {
    await win.customElements.whenDefined(inner.localName);
    await (inner as Settles).updateComplete;
  }
  return el;
}

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('embed.html', () => {
  before(loadResizer);

  const kinds = [
    { query: 'el=stat-card&metric=punitive-damages-cases&id=card-1', tag: 'ipr-stat-card', text: '460' },
    {
      query: 'el=chart&chart=growth-comparison&lang=zh&theme=dark&id=chart-1',
      tag: 'ipr-chart',
      text: '同比增幅',
    },
    { query: 'el=report&sections=stats%20sources&id=report-1', tag: 'ipr-report', text: 'Sources' },
  ];
  for (const { query, tag, text } of kinds) {
    describe(`when asked for ${query}`, () => {
      it('renders exactly that widget and posts a height that matches it; the resizer applies it', async () => {
        const embed = await openEmbed(query);
        try {
          const el = await rendered(embed.doc, tag);
          expect(embed.doc.querySelectorAll('body > :not(script)')).to.have.length(1);
          expect(shadowText(el)).to.contain(text);
          if (tag === 'ipr-chart') {
            await waitUntil(() => (el as unknown as { chartInstance?: unknown }).chartInstance, 'not drawn');
          }
          const id = new URLSearchParams(query).get('id');
          // The last height posted is the widget's own, and the resizer has given it to the frame.
          await waitUntil(
            () => {
              const last = embed.messages.at(-1);
              return (
                last &&
                last.height === Math.ceil(el.getBoundingClientRect().height) &&
                embed.frame.getBoundingClientRect().height === last.height
              );
            },
            'height not posted or not applied',
            { timeout: 5000 },
          );
          const last = embed.messages.at(-1)!;
          expect(last.id).to.equal(id);
          expect(last.height).to.be.greaterThan(100);
          // The page is transparent and fits the frame: no scrolling.
          expect(getComputedStyle(embed.doc.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
          expect(embed.doc.documentElement.scrollHeight).to.be.at.most(embed.frame.clientHeight);
        } finally {
          embed.close();
        }
      });
    });
  }

  it('posts again when the content changes height', async () => {
    const embed = await openEmbed('el=report&id=r2', 1000);
    try {
      await rendered(embed.doc, 'ipr-report');
      await waitUntil(() => embed.messages.length > 0, 'no height');
      const before = embed.messages.at(-1)!.height;
      embed.frame.width = '360';
      await waitUntil(() => embed.messages.at(-1)!.height > before + 200, 'no new height after narrowing', {
        timeout: 5000,
      });
      await waitUntil(() => embed.frame.getBoundingClientRect().height === embed.messages.at(-1)!.height);
    } finally {
      embed.close();
    }
  });

  const bad = [
    'el=stat-card&metric=<img src=x onerror=alert(1)>',
    'el=stat-card&metric=punitive-damages-cases&theme=purple',
    'el=stat-card&metric=punitive-damages-cases&period=1999',
    'el=chart&chart=pie',
    'el=marquee',
    'metric=punitive-damages-cases',
    'el=report&sections=stats%20gossip',
    'el=chart&chart=growth-comparison&lang=%3Cb%3E',
    'el=stat-card&metric=punitive-damages-cases&colour=red',
    'el=stat-card&metric=punitive-damages-cases&id=%22%3E%3Cscript%3E',
  ];
  for (const query of bad) {
    it(`shows a visible error for ${query}`, async () => {
      const embed = await openEmbed(query);
      try {
        await waitUntil(() => embed.doc.querySelector('.error'), 'no error state', { timeout: 3000 });
        const box = embed.doc.querySelector('.error') as HTMLElement;
        expect(box.dataset.code).to.equal('invalid-query');
        expect(box.textContent).to.contain('This figure cannot be shown');
        expect(box.getBoundingClientRect().height).to.be.greaterThan(20);
        // Shown as text: nothing of the query became markup.
        expect(embed.doc.querySelectorAll('img, script:not([src]), b')).to.have.length(0);
        expect(embed.doc.querySelectorAll('ipr-stat-card, ipr-chart, ipr-report')).to.have.length(0);
        // The height comes after a layout and a message; on a loaded machine that took over a second.
        await waitUntil(() => embed.messages.length > 0, 'no height for the error', { timeout: 10_000 });
        expect(embed.messages.at(-1)!.height).to.equal(Math.ceil(box.getBoundingClientRect().height));
      } finally {
        embed.close();
      }
    });
  }

  it('says so in Chinese when the address asks for Chinese', async () => {
    const embed = await openEmbed('el=chart&chart=nope&lang=zh');
    try {
      await waitUntil(() => embed.doc.querySelector('.error'), 'no error state');
      expect(embed.doc.querySelector('.error')!.textContent).to.contain('无法显示此数据');
      expect(embed.doc.querySelector('.error')!.textContent).to.contain('chart=nope');
    } finally {
      embed.close();
    }
  });

  it('has no inline script or style, and declares a strict policy of its own', async () => {
    const page = await (await fetch('/dist/embed.html')).text();
    expect(page).not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.to.match(/<style|\sstyle=/);
    expect(page).to.contain("script-src 'self'; style-src 'self'");
    expect(page).to.contain("require-trusted-types-for 'script'");
  });

  it('the resizer ignores frames other than the sender and malformed messages', async () => {
    const a = await openEmbed('el=stat-card&metric=ip-cases-concluded');
    const b = await openEmbed('el=stat-card&metric=punitive-damages-cases&notation=compact');
    try {
      await rendered(a.doc, 'ipr-stat-card');
      await rendered(b.doc, 'ipr-stat-card');
      await waitUntil(() => a.messages.length && b.messages.length);
      a.frame.contentWindow!.parent.postMessage({ type: 'ipr:height', height: 'tall' }, '*');
      window.postMessage({ type: 'ipr:height', height: 999 }, '*');
      await new Promise((r) => setTimeout(r, 100));
      // Each frame has the height it last reported itself (a frame may report again as its card
      // settles, so that, not the height before the stray messages, is what to compare with).
      expect(b.frame.getBoundingClientRect().height).to.equal(b.messages.at(-1)!.height);
      expect(a.frame.getBoundingClientRect().height).to.equal(a.messages.at(-1)!.height);
      expect(b.frame.getBoundingClientRect().height).to.not.equal(999);
    } finally {
      a.close();
      b.close();
    }
  });
});

describe('embed.html in a sandboxed iframe', () => {
  /** Opens the embed page in `<iframe sandbox="…">`; records the height messages it posts. */
  async function openSandboxed(flags: string, query = 'el=stat-card&metric=punitive-damages-cases') {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', flags);
    frame.width = '600';
    frame.height = '200';
    const messages: unknown[] = [];
    const onMessage = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data?.type === 'ipr:height')
        messages.push(event.data);
    };
    window.addEventListener('message', onMessage);
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = `/dist/embed.html?${query}`;
    document.body.append(frame);
    await loaded;
    return {
      frame,
      messages,
      close: () => {
        window.removeEventListener('message', onMessage);
        frame.remove();
      },
    };
  }

  it('without allow-scripts, says in text that the figure cannot load, with a link to open it', async () => {
    const embed = await openSandboxed('allow-same-origin');
    try {
      const doc = embed.frame.contentDocument!;
      const note = doc.querySelector('.note') as HTMLElement;
      expect(note, 'note').to.exist;
      // Visible at once where scripting is off, else after the note's 4 s delay.
      await waitUntil(() => getComputedStyle(note).visibility === 'visible', 'note stays hidden');
      expect(note.textContent).to.contain('The figure cannot be shown here');
      expect(note.getBoundingClientRect().height).to.be.greaterThan(20);
      const link = note.querySelector('a')!;
      expect(link.href).to.equal(embed.frame.src);
      expect(link.target).to.equal('_blank');
      expect(doc.querySelector('ipr-stat-card')).to.equal(null);
    } finally {
      embed.close();
    }
  });

  // WordPress gives the frames of embeds it discovered from a pasted URL sandbox="allow-scripts"
  // and adds `#?secret=…` to their address: the frame's origin is opaque, its content unreadable.
  // The page as the build writes it with IPR_PUBLIC_BASE (its CSP names its origin, which WebKit
  // needs in an opaque origin); in Chromium and Firefox the page as built without it works too.
  const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
  for (const [name, query, least, page] of [
    ['a stat card', 'el=stat-card&metric=punitive-damages-cases', 150, '__embed-public.html'],
    ['a Chinese chart', 'el=chart&chart=growth-comparison&lang=zh', 300, '__embed-public.html'],
    [
      'a stat card, page built without IPR_PUBLIC_BASE',
      'el=stat-card&metric=ip-cases-concluded',
      150,
      'embed.html',
    ],
  ] as const) {
    it(`with allow-scripts alone (WordPress's sandbox), ${name} posts its height with WordPress's secret`, async function () {
      if (page === 'embed.html' && isWebKit) this.skip();
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.width = '600';
      frame.height = '200';
      const wordpress: { value: number; secret: string }[] = [];
      const onMessage = (event: MessageEvent) => {
        if (event.source === frame.contentWindow && event.data?.message === 'height')
          wordpress.push(event.data);
      };
      window.addEventListener('message', onMessage);
      frame.src = `/dist/${page}?${query}#?secret=Ab12cd34EF`;
      document.body.append(frame);
      try {
        // Drawn: taller than the note shown where the script never runs.
        await waitUntil(() => (wordpress.at(-1)?.value ?? 0) > least, `no height over ${least}`, {
          timeout: 15_000,
        });
        expect(wordpress.every((m) => m.secret === 'Ab12cd34EF')).to.equal(true);
        // WordPress's "ready" (sent when its script loads after the frame) asks again.
        const before = wordpress.length;
        frame.contentWindow!.postMessage({ message: 'ready', secret: 'Ab12cd34EF' }, '*');
        await waitUntil(() => wordpress.length > before, 'no answer to ready');
        // A wrong secret gets none.
        const count = wordpress.length;
        frame.contentWindow!.postMessage({ message: 'ready', secret: 'wrong' }, '*');
        await new Promise((r) => setTimeout(r, 300));
        expect(wordpress.length).to.equal(count);
      } finally {
        window.removeEventListener('message', onMessage);
        frame.remove();
      }
    });
  }

  it('with allow-scripts allow-same-origin, renders the widget and removes the note', async () => {
    const embed = await openSandboxed('allow-scripts allow-same-origin');
    try {
      const doc = embed.frame.contentDocument!;
      const card = await rendered(doc, 'ipr-stat-card');
      expect(card.shadowRoot!.textContent).to.contain('460');
      expect(doc.querySelector('.note')).to.equal(null);
      await waitUntil(() => embed.messages.length > 0, 'no height message');
    } finally {
      embed.close();
    }
  });
});
