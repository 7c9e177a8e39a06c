import { expect } from '@open-wc/testing';

async function open(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '900';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const card = frame.contentDocument!.querySelector('ipr-stat-card')!;
  await frame.contentWindow!.customElements.whenDefined('ipr-stat-card');
  await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await frame.contentDocument!.fonts.ready;
  return frame;
}

function measure(frame: HTMLIFrameElement) {
  const card = frame.contentDocument!.querySelector('ipr-stat-card')!;
  const root = card.shadowRoot!;
  const box = root.querySelector('[part~="card"]')!.getBoundingClientRect();
  const value = getComputedStyle(root.querySelector('[part~="value"]')!);
  const label = getComputedStyle(root.querySelector('[part~="label"]')!);
  return {
    width: Math.round(box.width),
    height: Math.round(box.height),
    valueFontSize: value.fontSize,
    valueColor: value.color,
    labelFont: `${label.fontSize} ${label.lineHeight} ${label.fontStyle} ${label.fontFamily}`,
    labelText: `${label.textTransform} ${label.letterSpacing} ${label.wordSpacing} ${label.textIndent} ${label.textAlign} ${label.whiteSpace}`,
  };
}

describe('when the host page resets and inflates everything with !important', () => {
  it('keeps the card’s layout and type as on a clean page', async () => {
    const clean = await open('/test/fixtures/clean.html');
    const hostile = await open('/test/fixtures/hostile.html');
    const a = measure(clean);
    const b = measure(hostile);
    clean.remove();
    hostile.remove();
    expect(a.width).to.equal(320);
    expect(b).to.deep.equal(a);
  });
});
