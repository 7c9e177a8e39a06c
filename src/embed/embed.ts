/**
 * The script of `embed.html`: shows the one widget its address asks for, or a visible error, and
 * tells the parent page its height: `{type: 'ipr:height', height, id}` (for
 * `ip-report-widgets-resizer.js`) when it starts, whenever the height changes and when asked
 * (`{type: 'ipr:height-request'}`). In a frame WordPress made from a pasted URL (its address ends
 * in `#?secret=…`), it speaks WordPress's embed protocol too: `{message: 'height', value, secret}`,
 * again on WordPress's `{message: 'ready', secret}`.
 */
import '../index.js';
import extras from '../i18n/extras.js';
import { messageLang } from '../i18n/locale.js';
import { loadMessages } from '../i18n/messages.js';
import { warnOnce } from '../internal/warn.js';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from './messages.js';
import { parseEmbedQuery, specAttributes } from './spec.js';

const query = parseEmbedQuery(location.search);
const root = document.documentElement;
const main = document.body;
const lang = query.spec ? query.spec.lang : query.lang;
if (lang) root.lang = lang;
// The page's own colour scheme matches the widget's, so the iframe stays transparent on a host
// of the same scheme (browsers paint an opaque backdrop behind a frame of another scheme).
root.dataset.theme = query.spec?.theme ?? 'auto';
// The note for readers whose browser never runs this script.
for (const note of main.querySelectorAll('.note')) note.remove();

async function showProblem(detail: string): Promise<void> {
  const l = messageLang(lang ?? 'en');
  const t = await loadMessages(l);
  const box = document.createElement('div');
  box.className = 'error';
  box.dataset.code = 'invalid-query';
  const title = document.createElement('strong');
  title.textContent = t.errorTitle;
  const text = document.createElement('span');
  text.textContent = extras[l].errors['invalid-query'](detail);
  box.append(title, ' ', text);
  main.append(box);
  warnOnce('invalid-query', `embed.html ${extras.en.errors['invalid-query'](detail)}`);
}

if (query.spec) {
  const widget = document.createElement(`ipr-${query.spec.el}`);
  for (const [name, value] of specAttributes(query.spec)) widget.setAttribute(name, value);
  main.append(widget);
} else {
  void showProblem(query.problem);
}

const id = query.spec ? (query.id ?? null) : null;
/** WordPress's secret for this frame, from the address it gave the frame. */
const wordpressSecret = () => /[#&?]secret=([a-zA-Z0-9]{1,64})(?:&|$)/.exec(location.hash)?.[1];
let last = -1;
const post = (again = false) => {
  const height = Math.ceil(main.getBoundingClientRect().height);
  if ((height === last && !again) || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height, id }, '*');
  const secret = wordpressSecret();
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
};
addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, message, secret } = data as { type?: unknown; message?: unknown; secret?: unknown };
  if (
    type === HEIGHT_REQUEST ||
    (message === 'ready' && secret !== undefined && secret === wordpressSecret())
  ) {
    post(true);
  }
});
// WordPress's embed script adds the secret to the address once the frame is there.
addEventListener('hashchange', () => post(true));
new ResizeObserver(() => post()).observe(main);
// WordPress hides its frame (clipped to a pixel) until the frame first speaks, and Chromium does
// not run the rendering steps, ResizeObserver's included, of a hidden frame of another origin; its
// "ready" may also come before this script runs. So tell it once now: it shows the frame at its
// least height (200 px), and the observer sizes it from then on.
const secret = wordpressSecret();
if (secret && window.parent !== window) {
  const height = Math.ceil(main.getBoundingClientRect().height);
  window.parent.postMessage({ message: 'height', value: height, secret }, '*');
}
