import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import { recordWarnings, settled, unmountAll, watchPage } from './helpers.js';

/** What the library keeps of the warnings it wrote, in characters (shared by every copy on the page). */
function keptCharacters(): number {
  const said = (globalThis as { [key: symbol]: unknown })[Symbol.for('ip-report-widgets.warned')];
  return [...(said as Set<string>)].reduce((sum, key) => sum + key.length, 0);
}

describe('warnings', function () {
  this.timeout(120_000);
  const page = watchPage();

  it('stay few, and keep little, for 10,000 distinct bad metric values', async () => {
    const quiet = recordWarnings();
    const events: string[] = [];
    const listener = (e: Event) => events.push((e as CustomEvent).detail.code);
    document.addEventListener('ipr-error', listener);
    const n = 10_000;
    try {
      for (let start = 0; start < n; start += 500) {
        const box = document.createElement('div');
        box.setAttribute('data-test-host', '');
        const cards = Array.from({ length: 500 }, (_, i) => {
          const card = document.createElement('ipr-stat-card');
          card.setAttribute('metric', `no-such-metric-${start + i}-${'x'.repeat(40)}`);
          return card;
        });
        box.append(...cards);
        document.body.append(box);
        for (const card of cards) await settled(card);
        // Each card still shows its own error state.
        expect(cards[499]!.shadowRoot!.querySelector('[part~="error"]')?.getAttribute('data-code')).to.equal(
          'unknown-metric',
        );
        unmountAll();
      }
    } finally {
      quiet.restore();
      document.removeEventListener('ipr-error', listener);
    }
    const lines = quiet.lines.filter((l) => l.includes('unknown-metric'));
    console.log(
      `warnings: ${n} distinct bad metrics gave ${lines.length} console lines, ${events.length} ipr-error events, ${keptCharacters()} characters kept`,
    );
    expect(events).to.have.length(n);
    expect(lines.length).to.be.within(2, 20);
    expect(lines.at(-1)).to.match(/unknown-metric: more of these on this page are not written here/);
    expect(keptCharacters()).to.be.below(20_000);
    expect(page.errors).to.deep.equal([]);
  });

  it('still tells each other code, once', async () => {
    const card = document.createElement('ipr-stat-card');
    card.setAttribute('value', 'twelve');
    const box = document.createElement('div');
    box.setAttribute('data-test-host', '');
    box.append(card);
    document.body.append(box);
    await settled(card);
    expect(page.warnings.filter((l) => l.includes('invalid-value'))).to.have.length(1);
  });
});
