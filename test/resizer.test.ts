import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

interface HeightMessage {
  type: string;
  height: number;
}

const heights: { source: MessageEventSource | null; height: number }[] = [];
addEventListener('message', (event: MessageEvent<HeightMessage>) => {
  if (event.data?.type === 'ipr:height') heights.push({ source: event.source, height: event.data.height });
});
const lastHeight = (frame: HTMLIFrameElement) =>
  heights.findLast((m) => m.source === frame.contentWindow)?.height;
const shownHeight = (frame: HTMLIFrameElement) => Math.round(frame.getBoundingClientRect().height);

let resizerLoaded = false;
function loadResizer(): Promise<void> {
  resizerLoaded = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/ip-report-widgets-resizer.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('no resizer'));
    document.head.append(script);
  });
}

/** An iframe of `src` (150 px tall until resized) in `parent`, loaded. */
async function frameIn(parent: Element | ShadowRoot, src: string, before?: Node) {
  const frame = document.createElement('iframe');
  frame.width = '500';
  frame.height = '150';
  frame.setAttribute('frameborder', '0');
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = src;
  parent.insertBefore(frame, before ?? null);
  await loaded;
  return frame;
}

/** Waits for the widget in an embed frame and for the frame to have posted its height. */
async function reported(frame: HTMLIFrameElement, tag: string) {
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector(tag)?.shadowRoot?.textContent, `no ${tag} drawn in the frame`, {
    timeout: 10_000,
  });
  await waitUntil(
    () => lastHeight(frame) === Math.ceil(doc.body.getBoundingClientRect().height),
    'no height',
  );
  return lastHeight(frame)!;
}

const card = '/dist/embed.html?el=stat-card&metric=punitive-damages-cases';
const places: Element[] = [];
const place = () => {
  const div = document.createElement('div');
  document.body.append(div);
  places.push(div);
  return div;
};

describe('ip-report-widgets-resizer.js', () => {
  after(() => places.forEach((p) => p.remove()));

  it('when it loads after the frames reported, it asks them and sizes them', async () => {
    expect(resizerLoaded).to.equal(false);
    const host = place();
    const a = await frameIn(host, card);
    const b = await frameIn(host, '/dist/embed.html?el=chart&chart=growth-comparison');
    const heightA = await reported(a, 'ipr-stat-card');
    const heightB = await reported(b, 'ipr-chart');
    // Nobody listened: the frames keep their attribute height.
    expect(shownHeight(a)).to.equal(150);
    expect(shownHeight(b)).to.equal(150);
    const before = heights.length;
    await loadResizer();
    await waitUntil(
      () => shownHeight(a) === heightA && shownHeight(b) === heightB,
      `frames not sized: ${shownHeight(a)}/${heightA}, ${shownHeight(b)}/${heightB}`,
      { timeout: 5000 },
    );
    // They answered the resizer's request: new messages, not the ones posted before it ran.
    expect(heights.length).to.be.greaterThan(before);
    expect(heightA).to.be.greaterThan(150);
  });

  it('sizes frames in open shadow roots, nested, and frames added after it started', async () => {
    const outer = place().attachShadow({ mode: 'open' });
    const inner = outer.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const frame = await frameIn(inner, card);
    const height = await reported(frame, 'ipr-stat-card');
    await waitUntil(
      () => shownHeight(frame) === height,
      `frame in a shadow root not sized: ${shownHeight(frame)}`,
    );
  });

  it('hides the fallback beside a frame once the frame reports, and only there', async () => {
    const wrapper = place();
    const fallback = wrapper.appendChild(document.createElement('p'));
    fallback.setAttribute('data-ipr-fallback', '');
    fallback.textContent = 'The figure as text.';
    const other = place().appendChild(document.createElement('p'));
    other.setAttribute('data-ipr-fallback', '');
    other.textContent = 'Another fallback, beside no frame.';
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    const frame = await frameIn(wrapper, card);
    await reported(frame, 'ipr-stat-card');
    await waitUntil(() => fallback.getBoundingClientRect().height === 0, 'fallback still shown');
    expect(other.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('ignores frames of other pages posting the same message, also when the frame is asked', async () => {
    const host = place();
    const foreign = await frameIn(host, '/test/fixtures/foreign-frame.html');
    const inline = document.createElement('iframe');
    inline.height = '150';
    inline.setAttribute('frameborder', '0');
    const posted = new Promise((r) =>
      addEventListener('message', (e) => e.source === inline.contentWindow && r(0)),
    );
    // Same origin as the embed page but not its address: the frame has no src.
    inline.srcdoc = `<script>parent.postMessage({type: 'ipr:height', height: 900}, '*')</script>`;
    host.append(inline);
    await posted;
    await waitUntil(() => lastHeight(foreign) === 777, 'the foreign frame did not post');
    // A real embed frame after them, sized: the resizer has read the messages before it.
    const frame = await frameIn(host, card);
    const height = await reported(frame, 'ipr-stat-card');
    await waitUntil(() => shownHeight(frame) === height, 'embed frame not sized');
    expect(shownHeight(foreign)).to.equal(150);
    expect(shownHeight(inline)).to.equal(150);
  });

  it('ignores an embed frame that navigated to another page', async () => {
    const frame = await frameIn(place(), card);
    await reported(frame, 'ipr-stat-card');
    const size = shownHeight(frame);
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.contentWindow!.location.href = '/test/fixtures/foreign-frame.html';
    await loaded;
    expect(frame.src).to.contain('/dist/embed.html?');
    await waitUntil(() => lastHeight(frame) === 777, 'the page in the frame did not post');
    await new Promise((r) => setTimeout(r, 100));
    expect(shownHeight(frame)).to.equal(size);
  });

  it('clamps a reported height to 40 … 12,000 px', async () => {
    const frame = await frameIn(place(), card);
    await reported(frame, 'ipr-stat-card');
    const doc = frame.contentDocument!;
    const tall = doc.createElement('div');
    tall.style.height = '50000px';
    doc.body.append(tall);
    await waitUntil(() => (lastHeight(frame) ?? 0) > 50_000, 'no tall height posted');
    await waitUntil(() => shownHeight(frame) === 12_000, `tall frame: ${shownHeight(frame)}`);
    doc.body.replaceChildren();
    await waitUntil(() => lastHeight(frame) === 0, 'no zero height posted');
    await waitUntil(() => shownHeight(frame) === 40, `empty frame: ${shownHeight(frame)}`);
  });
});
