/**
 * The script of `embed.html`: shows the one widget its address asks for, or a visible error, and
 * tells the parent page its height whenever that changes, as
 * `{type: 'ipr:height', height, id}` (for `ip-report-widgets-resizer.js`).
 */
import '../index.js';
import extras from '../i18n/extras.js';
import { messageLang } from '../i18n/locale.js';
import { loadMessages } from '../i18n/messages.js';
import { warnOnce } from '../internal/warn.js';
import { parseEmbedQuery, specAttributes } from './spec.js';

const query = parseEmbedQuery(location.search);
const root = document.documentElement;
const main = document.body;
const lang = query.spec ? query.spec.lang : query.lang;
if (lang) root.lang = lang;
// The page's own colour scheme matches the widget's, so the iframe stays transparent on a host
// of the same scheme (browsers paint an opaque backdrop behind a frame of another scheme).
root.dataset.theme = query.spec?.theme ?? 'auto';

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
let last = -1;
const post = () => {
  const height = Math.ceil(main.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'ipr:height', height, id }, '*');
};
new ResizeObserver(post).observe(main);
