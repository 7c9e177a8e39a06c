import { expect } from '@open-wc/testing';
import 'ip-report-widgets';
import { IprStatCard } from 'ip-report-widgets';
import { mount, recordPageErrors, recordWarnings, shadowText, unmountAll } from './helpers.js';

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('registration', () => {
  afterEach(unmountAll);

  describe('when the IIFE build loads after the ES module build', () => {
    it('keeps the first definition, warns once and throws nothing', async () => {
      const warnings = recordWarnings();
      const errors = recordPageErrors();
      try {
        await loadClassicScript('/dist/ip-report-widgets.iife.js');
        await loadClassicScript('/dist/ip-report-widgets.iife.js');
      } finally {
        warnings.restore();
        errors.restore();
      }
      expect(errors.errors).to.deep.equal([]);
      expect(customElements.get('ipr-stat-card')).to.equal(IprStatCard);
      expect(warnings.lines.filter((l) => l.includes('loaded-twice'))).to.have.length(1);
      const el = await mount('<ipr-stat-card metric="punitive-damages-cases"></ipr-stat-card>');
      expect(shadowText(el)).to.contain('460');
    });
  });

  describe('when the IIFE build is the only copy', () => {
    it('defines a working card from one classic script', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc =
        '<!doctype html><script src="/dist/ip-report-widgets.iife.js"></script><ipr-stat-card metric="ip-cases-concluded"></ipr-stat-card>';
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      const card = doc.querySelector('ipr-stat-card') as HTMLElement & { updateComplete: Promise<unknown> };
      await card.updateComplete;
      expect(card.shadowRoot!.textContent).to.contain('494,000');
      frame.remove();
    });
  });
});
