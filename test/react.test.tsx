import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { IprChart as IprChartElement } from 'ip-report-widgets/chart';
import { IprStatCard as IprStatCardElement, type IprErrorDetail, type MetricId } from 'ip-report-widgets';
import { IprChart, IprReport, IprStatCard } from 'ip-report-widgets/react';
import { IprReport as IprReportElement } from 'ip-report-widgets/report';
import { expectNoLitWarnings, recordPageErrors, recordWarnings, settled, shadowText } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('React wrappers (ip-report-widgets/react)', () => {
  let host: HTMLElement;
  let root: Root;
  let warnings: ReturnType<typeof recordWarnings>;
  let pageErrors: ReturnType<typeof recordPageErrors>;

  /** Renders a React element into a fresh container and returns the custom element it made. */
  async function render<T extends Element>(node: React.ReactNode, tag: string): Promise<T> {
    flushSync(() => root.render(node));
    const el = host.querySelector(tag) as T | null;
    expect(el, `React rendered no <${tag}>`).to.exist;
    await customElements.whenDefined(tag);
    await settled(el!);
    return el!;
  }

  beforeEach(() => {
    warnings = recordWarnings();
    pageErrors = recordPageErrors();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(() => {
    flushSync(() => root.unmount());
    host.remove();
    warnings.restore();
    pageErrors.restore();
    expect(pageErrors.errors).to.deep.equal([]);
    expectNoLitWarnings(warnings.lines);
  });

  describe('when <IprStatCard> renders a bundled metric', () => {
    it('draws the card from the one definition of the main bundle, with props set as properties', async () => {
      const el = await render<IprStatCardElement>(
        <IprStatCard metric="punitive-damages-cases" notation="compact" hideSource />,
        'ipr-stat-card',
      );
      expect(el).to.be.instanceOf(IprStatCardElement);
      expect(customElements.get('ipr-stat-card')).to.equal(IprStatCardElement);
      expect(el.metric).to.equal('punitive-damages-cases');
      expect(el.hideSource).to.equal(true);
      expect(shadowText(el)).to.contain('460');
      expect(part(el, 'source')).to.equal(null);
      await expect(host).to.be.accessible();
    });

    it('updates in place when a prop changes, and removes the element on unmount', async () => {
      const el = await render(<IprStatCard metric="punitive-damages-cases" />, 'ipr-stat-card');
      const again = await render(<IprStatCard metric="ip-cases-concluded" />, 'ipr-stat-card');
      expect(again).to.equal(el);
      expect(shadowText(again)).to.contain('494,000');
      flushSync(() => root.render(null));
      expect(host.querySelector('ipr-stat-card')).to.equal(null);
    });
  });

  describe('when <IprStatCard> gets an unknown metric', () => {
    it('calls onIprError with the typed detail and shows the error state', async () => {
      const seen: IprErrorDetail[] = [];
      const el = await render<IprStatCardElement>(
        <IprStatCard
          // A value from outside TypeScript's view (a CMS field), so the cast is the point.
          metric={'no-such-metric' as MetricId}
          onIprError={(event) => seen.push(event.detail)}
        />,
        'ipr-stat-card',
      );
      await waitUntil(() => seen.length > 0, 'onIprError was never called');
      expect(seen.map((d) => d.code)).to.deep.equal(['unknown-metric']);
      expect(part(el, 'error')).to.exist;
      warnings.lines.length = 0;
    });
  });

  describe('when <IprChart> gets its data as an object prop', () => {
    it('passes the object intact, draws, and calls onIprReady', async () => {
      let ready = 0;
      const data = {
        title: 'Cases we handled',
        labels: ['2023', '2024'],
        series: [{ label: 'Cases', values: [12, 19] }],
        source: { name: 'Our firm', url: 'https://example.com/' },
      };
      const el = await render<IprChartElement>(
        <IprChart data={data} onIprReady={() => ready++} />,
        'ipr-chart',
      );
      expect(el).to.be.instanceOf(IprChartElement);
      expect(el.data).to.equal(data);
      await waitUntil(() => ready > 0, 'onIprReady was never called', { timeout: 8000 });
      expect(el.chartInstance).to.exist;
      expect(shadowText(el)).to.contain('Cases we handled');
      await expect(host).to.be.accessible();
    });
  });

  describe('when <IprChart> renders a bundled chart and its CSV is downloaded', () => {
    it('calls onIprDownload, which can cancel the download', async () => {
      const files: string[] = [];
      const el = await render<IprChartElement>(
        <IprChart
          chart="punitive-damages-trend"
          onIprDownload={(event) => {
            files.push(event.detail.filename);
            event.preventDefault();
          }}
        />,
        'ipr-chart',
      );
      const csv = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'CSV');
      csv!.click();
      expect(files).to.deep.equal(['punitive-damages-trend.csv']);
    });
  });

  describe('when <IprReport> shows some sections, one of them unknown', () => {
    it('renders the known ones and calls onIprError for the other', async () => {
      const codes: string[] = [];
      const el = await render<IprReportElement>(
        <IprReport sections="stats sources bogus" onIprError={(event) => codes.push(event.detail.code)} />,
        'ipr-report',
      );
      expect(el).to.be.instanceOf(IprReportElement);
      expect(el.sections).to.equal('stats sources bogus');
      await waitUntil(() => codes.length > 0, 'onIprError was never called');
      expect(codes).to.deep.equal(['invalid-sections']);
      expect(el.shadowRoot!.querySelectorAll('ipr-stat-card')).to.have.length(4);
      expect(part(el, 'sources')).to.exist;
      expect(part(el, 'charts')).to.equal(null);
      warnings.lines.length = 0;
    });
  });
});
