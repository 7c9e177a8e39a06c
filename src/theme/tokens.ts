import { css } from 'lit';

/**
 * Design tokens shared by every element. Public `--ipr-*` custom properties are read once into
 * private `--_*` ones on `:host`, so each default lives in one place. Colours use `light-dark()`
 * and follow the host's `color-scheme`, which the `theme` attribute sets.
 */
export const tokens = css`
  :host {
    /* color-scheme is inherited: theme auto follows what the page declares (with light dark,
       the reader's preference); a page that declares none gets dark on a dark backdrop, else light. */
    display: block;
    contain: layout style;

    /* CJK fonts named, so Chinese text is set in a Chinese face rather than a fallback's. */
    --_font: var(--ipr-font, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_font-size: var(--ipr-font-size, 16px);
    --_text: var(--ipr-text, light-dark(#16191f, #eceef2));
    --_muted: var(--ipr-muted, light-dark(#545b68, #a9b0bc));
    --_accent: var(--ipr-accent, light-dark(#1d5bbf, #8db7ff));
    --_positive: var(--ipr-positive, light-dark(#12703a, #7ad99a));
    --_negative: var(--ipr-negative, light-dark(#b3261e, #ff9a8f));
    --_surface: var(--ipr-surface, light-dark(#ffffff, #17191e));
    --_border: var(--ipr-border, light-dark(#d9dde4, #353a44));
    --_radius: var(--ipr-radius, 12px);
  }
  /* A page's rules on the host element win over :host, !important ones included, so the text
     styles are set again on the shadow tree's top elements, which no page rule reaches. */
  :host > * {
    font: var(--_font-size) / 1.45 var(--_font);
    color: var(--_text);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    visibility: visible;
  }
  /* theme auto on a dark background, on a page that declares no color-scheme: theme/backdrop.ts */
  :host(:state(dark)) {
    color-scheme: dark;
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 3px;
  }
  .error {
    display: grid;
    gap: 0.25em;
    padding: 0.875em 1em;
    border: 1px dashed var(--_negative);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
  }
  .error strong {
    color: var(--_negative);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
  }
`;
