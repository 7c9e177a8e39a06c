import { css } from 'lit';

export const styles = css`
  :host {
    --_series-1: var(--ipr-chart-1, var(--_accent));
    --_series-2: var(--ipr-chart-2, light-dark(#b4540a, #ffb061));
    --_series-3: var(--ipr-chart-3, light-dark(#6b3fa0, #c9a7f5));
    --_series-4: var(--ipr-chart-4, light-dark(#0f766e, #5eead4));
    --_aspect: var(--ipr-chart-aspect-ratio, 16 / 9);
    max-width: 100%;
    container-type: inline-size;
  }
  figure {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    margin: 0;
    padding: 1.125em 1.25em 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  figcaption {
    display: grid;
    gap: 0.25em;
  }
  .title {
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
  }
  .subtitle,
  .note,
  .source,
  .legend {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .title,
  .subtitle,
  .note,
  .source,
  td,
  th {
    overflow-wrap: anywhere;
  }
  .plot {
    /* Chart.js sizes the canvas from this box: it must be positioned, and able to shrink. */
    position: relative;
    width: 100%;
    min-width: 0;
    min-height: 0;
    aspect-ratio: var(--_aspect);
  }
  canvas {
    display: block;
  }
  /*
   * Takes every colour the canvas is painted with, one property each (a series token of
   * currentColor is the text colour, as in the palette's probes beside the canvas). Whatever
   * changes one (the page's colour scheme, the theme attribute, a token set by the page), a
   * transition ends and the chart repaints: there is no event for a changed computed style.
   */
  .watch {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    color: var(--_text);
    background-color: var(--_surface);
    /* top, right, bottom, left */
    border-color: var(--_series-1) var(--_series-2) var(--_series-3) var(--_series-4);
    outline-color: var(--_border);
    text-decoration-color: var(--_muted);
    transition-property: color, background-color, border-color, outline-color, text-decoration-color;
    transition-duration: 1ms;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    width: 0.875em;
    height: 0.875em;
    margin-inline-end: 0.375em;
    vertical-align: -0.1em;
    border-radius: 2px;
    /* A series token of currentColor: the text colour, as on the canvas (not the legend's muted). */
    color: var(--_text);
    background: var(--_series-1);
  }
  .s1 {
    background: var(--_series-2);
  }
  .s2 {
    background: var(--_series-3);
  }
  .s3 {
    background: var(--_series-4);
  }
  .swatch.derived {
    background: repeating-linear-gradient(-45deg, var(--_series-1) 0 2px, transparent 2px 5px);
    outline: 1px solid var(--_series-1);
    outline-offset: -1px;
  }
  .note,
  .notice {
    margin: 0;
  }
  .notice {
    padding-inline-start: 0.625em;
    border-inline-start: 3px solid var(--_negative);
    font-size: 0.8125em;
  }
  .fallback {
    display: grid;
    gap: 0.5em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button {
    font: inherit;
    font-size: 0.8125em;
    font-weight: 600;
    min-height: 2em;
    padding: 0.25em 0.75em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button[aria-expanded='true'] {
    color: var(--_surface);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .table {
    overflow-x: auto;
  }
  .table[hidden] {
    display: none;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.375em;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  th:first-child {
    text-align: start;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .source {
    margin: 0;
    padding-top: 0.625em;
    border-top: 1px solid var(--_border);
  }
  @container (max-width: 480px) {
    figure {
      padding: 0.875em 0.875em 0.75em;
    }
    .plot {
      aspect-ratio: var(--ipr-chart-aspect-ratio, 4 / 3);
    }
  }
  @media (forced-colors: active) {
    figure,
    button {
      border-color: CanvasText;
    }
    button[aria-expanded='true'] {
      color: HighlightText;
      background: Highlight;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .swatch.derived {
      background: repeating-linear-gradient(-45deg, CanvasText 0 2px, transparent 2px 5px);
      outline-color: CanvasText;
    }
    canvas:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    figure {
      break-inside: avoid;
    }
    .toolbar {
      display: none;
    }
    /* Never a blank box on paper: a chart not drawn yet prints as its table. */
    .plot:not(.drawn) {
      display: none;
    }
    .plot:not(.drawn) ~ .table[hidden] {
      display: block;
    }
  }
`;
