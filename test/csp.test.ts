import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

type ProbedWindow = Window & typeof globalThis & { __violations: string[] };

async function openFixture(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '1400px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function allRendered(doc: Document): Promise<void> {
  for (const tag of ['ipr-stat-card', 'ipr-chart', 'ipr-report'])
    await doc.defaultView!.customElements.whenDefined(tag);
  for (const el of doc.querySelectorAll('ipr-stat-card, ipr-chart, ipr-report')) {
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  // Charts draw once near the viewport, on a later frame.
  await new Promise((r) => setTimeout(r, 1500));
}

for (const build of ['esm', 'iife']) {
  describe(`when a page sends a strict CSP with Trusted Types (${build} build)`, () => {
    it('renders every widget with zero policy violations', async () => {
      const frame = await openFixture(`/test/fixtures/csp-${build}.html`);
      const doc = frame.contentDocument!;
      await allRendered(doc);
      const cards = [...doc.querySelectorAll('ipr-stat-card')];
      expect(cards[0]!.shadowRoot!.textContent).to.contain('460');
      expect(cards[1]!.shadowRoot!.textContent).to.contain('21,000');
      expect(cards[2]!.shadowRoot!.querySelector('[part~="error"]')).to.exist;
      const charts = [...doc.querySelectorAll('ipr-chart')];
      for (const chart of charts) expect(chart.shadowRoot!.querySelector('canvas'), 'canvas').to.exist;
      const report = doc.querySelector('ipr-report')!;
      const inner = report.shadowRoot!.querySelectorAll('ipr-stat-card');
      expect(inner.length).to.equal(4);
      expect([...inner].map((c) => c.shadowRoot!.textContent).join()).to.contain('494,000');
      expect(report.shadowRoot!.textContent).to.contain("Supreme People's Procuratorate");
      expect((frame.contentWindow as ProbedWindow).__violations).to.deep.equal([]);
      frame.remove();
    });

    it('requests nothing but the library’s own files: no fonts, images, data or analytics', async () => {
      const frame = await openFixture(`/test/fixtures/csp-${build}.html`);
      await allRendered(frame.contentDocument!);
      const entries = frame.contentWindow!.performance.getEntriesByType(
        'resource',
      ) as PerformanceResourceTiming[];
      const paths = entries
        .map((e) => new URL(e.name))
        .map((u) => `${u.origin === location.origin ? '' : u.origin}${u.pathname}`);
      expect(paths.length).to.be.greaterThan(0);
      expect(
        paths.filter(
          (p) =>
            !p.startsWith('/dist/') &&
            p !== '/test/fixtures/csp-probe.js' &&
            !p.startsWith('/__web-dev-server'),
        ),
      ).to.deep.equal([]);
      expect(
        entries.filter((e) => e.initiatorType !== 'script' && e.initiatorType !== 'other'),
      ).to.deep.equal([]);
      frame.remove();
    });
  });
}

describe('when the policy is broken on purpose', () => {
  it('Trusted Types refuse a raw string in an HTML sink (in an engine without them, the directive is ignored)', async () => {
    const frame = await openFixture('/test/fixtures/csp-esm.html');
    const win = frame.contentWindow as ProbedWindow;
    const box = frame.contentDocument!.createElement('div');
    frame.contentDocument!.body.append(box);
    let refused = false;
    try {
      box.innerHTML = '<b>raw</b>';
    } catch (error) {
      refused = error instanceof win.TypeError;
    }
    if ('trustedTypes' in win) {
      expect(refused, 'innerHTML refused').to.equal(true);
      // The violation report is an event that comes some time later.
      await waitUntil(
        () => win.__violations.join().includes('require-trusted-types-for'),
        'no require-trusted-types-for violation seen',
        { timeout: 3000 },
      );
    } else {
      expect(box.innerHTML).to.equal('<b>raw</b>');
    }
    frame.remove();
  });

  it('the probe sees the violation (so the check can fail)', async () => {
    const frame = await openFixture('/test/fixtures/csp-esm.html');
    const doc = frame.contentDocument!;
    const style = doc.createElement('div');
    style.setAttribute('style', 'color: red');
    doc.body.append(style);
    // The report comes as an event some time later: under load in CI, WebKit's came after 100 ms.
    const violations = () => (frame.contentWindow as ProbedWindow).__violations.join();
    await waitUntil(() => violations().includes('style-src'), 'no style-src violation seen', {
      timeout: 3000,
    });
    expect(violations()).to.contain('style-src');
    frame.remove();
  });
});

describe('when the host uses Lit too, or loads two copies (CSP with trusted-types lit-html allow-duplicates)', () => {
  for (const [name, path] of [
    ['a host that created its own lit-html policy first', '/test/fixtures/csp-dup-host-lit.html'],
    ['two copies of the library (classic script and module)', '/test/fixtures/csp-dup-two-copies.html'],
  ]) {
    it(`${name}: every widget renders, 0 violations, nothing thrown`, async () => {
      const frame = await openFixture(path);
      const doc = frame.contentDocument!;
      await allRendered(doc);
      const cards = [...doc.querySelectorAll('ipr-stat-card')];
      expect(cards[0]!.shadowRoot!.textContent).to.contain('460');
      for (const chart of doc.querySelectorAll('ipr-chart'))
        expect(chart.shadowRoot!.querySelector('canvas'), 'canvas').to.exist;
      expect(doc.querySelector('ipr-report')!.shadowRoot!.querySelectorAll('ipr-stat-card').length).to.equal(
        4,
      );
      const win = frame.contentWindow as ProbedWindow & { __errors: string[] };
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      frame.remove();
    });
  }
});

type RecordingWindow = ProbedWindow & { __errorEvents: ErrorEvent[]; __warnings: string[] };

/** What the page's listeners and console saw of the library's failure, after its script ran. */
async function failureSeen(frame: HTMLIFrameElement) {
  const win = frame.contentWindow as RecordingWindow;
  await new Promise((r) => setTimeout(r, 300));
  return {
    win,
    uncaught: win.__errorEvents.filter((e) => !e.defaultPrevented).map((e) => e.message),
    cancelled: win.__errorEvents.filter((e) => e.defaultPrevented).length,
    warnings: win.__warnings.filter((w) => w.includes('trusted-types-refused')),
  };
}

describe("when the page's CSP refuses Lit's Trusted Types policy", () => {
  for (const build of ['esm', 'iife']) {
    it(`${build} build: the fallback stays, one warning names the CSP change, nothing uncaught`, async function () {
      const frame = await openFixture(`/test/fixtures/csp-refused-${build}.html`);
      const win = frame.contentWindow as RecordingWindow;
      if (!('trustedTypes' in win)) {
        frame.remove();
        this.skip(); // this engine has no Trusted Types, so nothing is refused
      }
      const { uncaught, cancelled, warnings } = await failureSeen(frame);
      const doc = frame.contentDocument!;
      expect(win.customElements.get('ipr-stat-card'), 'not defined').to.equal(undefined);
      const card = doc.querySelector('ipr-stat-card')!;
      expect(card.shadowRoot).to.equal(null);
      expect(card.getBoundingClientRect().height, 'fallback shown').to.be.greaterThan(0);
      expect(card.textContent).to.contain('Fallback: punitive damages cases');
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      expect(cancelled, 'the refusal, cancelled').to.equal(1);
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain("trusted-types lit-html 'allow-duplicates'");
      expect(warnings[0]).to.contain('keep their fallback');
      // Tags with no fallback of their own say why they are empty, in their language.
      const bare = doc.getElementById('bare')!;
      expect(bare.textContent).to.contain('Figure blocked');
      expect(bare.getBoundingClientRect().height, 'bare tag shown').to.be.greaterThan(0);
      expect(doc.getElementById('bare-zh')!.textContent).to.contain('图表被本页的安全策略拦截');
      expect(card.textContent, 'fallback untouched').not.to.contain('Figure blocked');
      frame.remove();
    });
  }

  it('two copies without allow-duplicates: the first renders, the second warns once and throws nothing', async function () {
    const frame = await openFixture('/test/fixtures/csp-two-copies.html');
    const win = frame.contentWindow as RecordingWindow;
    if (!('trustedTypes' in win)) {
      frame.remove();
      this.skip();
    }
    await allRendered(frame.contentDocument!);
    const { uncaught, warnings } = await failureSeen(frame);
    const card = frame.contentDocument!.querySelector('ipr-stat-card')!;
    expect(card.shadowRoot!.textContent).to.contain('460');
    expect(uncaught).to.deep.equal([]);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('another copy shows the widgets');
    frame.remove();
  });
});
