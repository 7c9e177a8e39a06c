import { css } from 'lit';

export const styles = css`
  :host {
    max-width: 100%;
    container-type: inline-size;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    height: 100%;
    padding: 1.125em 1.25em 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    border-top: 4px solid var(--_accent);
  }
  .period {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .value {
    margin: 0;
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: -0.02em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .value.long {
    font-size: 2em;
  }
  .approx {
    font-weight: 500;
    color: var(--_muted);
    margin-inline-end: 0.08em;
  }
  .label {
    margin: 0;
    font-size: 1em;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .change {
    align-self: flex-start;
    margin: 0.25em 0 0;
    padding: 0.125em 0.5em;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    border: 1px solid currentColor;
  }
  .change.up {
    color: var(--_positive);
  }
  .change.down {
    color: var(--_negative);
  }
  .change.flat {
    color: var(--_muted);
  }
  .note {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .note.warning {
    color: var(--_text);
    padding-inline-start: 0.625em;
    border-inline-start: 3px solid var(--_negative);
  }
  .source {
    margin: auto 0 0;
    padding-top: 0.625em;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8125em;
    overflow-wrap: anywhere;
  }
  @container (max-width: 220px) {
    .card {
      padding: 0.875em 1em 0.75em;
    }
    .value {
      font-size: 2em;
    }
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .change {
      border-color: CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
