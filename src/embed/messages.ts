/**
 * The messages between `embed.html` in a frame and `ip-report-widgets-resizer.js` on the host
 * page. Their `type`s are part of the public API: they do not change.
 *
 * - frame → host: `{type: 'ipr:height', height, id}`, when the frame starts, whenever its height
 *   changes, and in answer to a request;
 * - host → frame: `{type: 'ipr:height-request'}`, sent by the resizer when it starts, so a resizer
 *   loaded after the frames still hears their heights.
 */
export const HEIGHT_MESSAGE = 'ipr:height';
export const HEIGHT_REQUEST = 'ipr:height-request';

/**
 * The heights the resizer gives a frame, in CSS pixels: a reported height outside is clamped.
 * The whole report in a 320 px column measured 5,067 px (Chromium).
 */
export const FRAME_HEIGHTS = { min: 40, max: 12_000 } as const;

/** The attribute that marks the fallback beside a frame in the iframe snippet: hidden once the frame reports. */
export const FALLBACK_ATTRIBUTE = 'data-ipr-fallback';
