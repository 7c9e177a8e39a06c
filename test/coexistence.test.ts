import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

type HostWindow = Window & {
  Chart: { defaults: { color: string; font: { size: number } }; instances: Record<string, unknown> };
  theirChart: { options: { color: string; font: { size: number } }; config: { type: string } };
};

describe('when the host page has its own Chart.js and its own custom elements', () => {
  it('leaves their chart and defaults alone, and is not changed by them', async () => {
    const frame = document.createElement('iframe');
    frame.width = '900';
    frame.height = '1200';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/test/fixtures/coexist.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as HostWindow;
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('ipr-chart');
    const chart = doc.querySelector('ipr-chart') as HTMLElement & {
      chartInstance?: { options: Record<string, unknown> };
    };
    await waitUntil(() => chart.chartInstance, 'our chart drew', { timeout: 8000 });

    // Theirs: still their defaults, one instance in their registry, their element upgraded.
    expect(win.Chart.defaults.color).to.equal('rgb(255, 0, 0)');
    expect(win.Chart.defaults.font.size).to.equal(30);
    expect(win.theirChart.options.color).to.equal('rgb(255, 0, 0)');
    expect(Object.keys(win.Chart.instances)).to.have.length(1);
    expect(doc.querySelector('other-badge')!.shadowRoot!.textContent).to.equal('badge: theirs');

    // Ours: its own Chart.js copy, unaffected by the host's global defaults.
    const ours = chart.chartInstance!.options as {
      color?: string;
      font?: { size?: number; family?: string };
    };
    expect(ours.font?.size).to.be.a('number').and.not.equal(30);
    expect(ours.color).to.be.a('string').and.not.equal('rgb(255, 0, 0)');
    expect(doc.querySelector('ipr-stat-card')!.shadowRoot!.textContent).to.contain('460');
    frame.remove();
  });
});
