import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--ipr-report-gap, 1em);
    max-width: 100%;
    container-type: inline-size;
  }
  article {
    display: flex;
    flex-direction: column;
    gap: 1.75em;
    padding: 1.5em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  header {
    display: grid;
    gap: 0.5em;
    padding-bottom: 1.25em;
    border-bottom: 1px solid var(--_border);
  }
  .eyebrow {
    margin: 0;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 650;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  h2 {
    margin: 0;
    font-size: 1.625em;
    font-weight: 700;
    line-height: 1.2;
    text-wrap: balance;
  }
  .dek {
    margin: 0;
    max-width: 62ch;
    color: var(--_muted);
  }
  h3 {
    margin: 0 0 0.75em;
    font-size: 1.0625em;
    font-weight: 650;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .takeaways {
    display: grid;
    gap: 1em 1.5em;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: takeaway;
  }
  .takeaways li {
    position: relative;
    padding-inline-start: 2.25em;
    counter-increment: takeaway;
  }
  .takeaways li::before {
    content: counter(takeaway);
    position: absolute;
    inset-inline-start: 0;
    top: 0.05em;
    width: 1.5em;
    line-height: 1.5em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_surface);
    font-size: 0.875em;
    font-weight: 700;
    text-align: center;
  }
  .takeaways strong {
    display: block;
    font-weight: 650;
  }
  .sources {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .sources li {
    overflow-wrap: anywhere;
  }
  .publisher {
    color: var(--_text);
    font-weight: 600;
  }
  @container (max-width: 420px) {
    article {
      padding: 1em;
      gap: 1.5em;
    }
    h2 {
      font-size: 1.375em;
    }
  }
  @container (min-width: 560px) {
    .stats,
    .takeaways {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 820px) {
    .charts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 1000px) {
    .stats {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  @media (forced-colors: active) {
    article {
      border-color: CanvasText;
    }
    .takeaways li::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
