// The embed builder: options → live preview → one snippet per channel, each with a Copy button.
import { CHART_IDS, METRIC_IDS, REPORT_SECTIONS, TEXT, embedSnippets, fallbackText } from '../dist/data.js';

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const status = document.getElementById('copy-status');
const base = document.getElementById('base');

const option = (value, text) => {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = text;
  return el;
};

const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
document.getElementById('metric').append(...METRIC_IDS.map((id) => option(id, capital(TEXT.en.metric[id]))));
document
  .getElementById('chart')
  .append(
    ...CHART_IDS.map((id) => option(id, fallbackText({ el: 'chart', chart: id }, 'en').split(': ')[0])),
  );
const sectionNames = {
  headline: 'Headline',
  stats: 'The four figures',
  charts: 'Charts',
  takeaways: 'Takeaways',
  sources: 'Sources',
};
document.getElementById('sections').append(
  ...REPORT_SECTIONS.map((name) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'sections';
    box.value = name;
    box.checked = true;
    label.append(box, ` ${sectionNames[name] ?? name}`);
    return label;
  }),
);
base.value = new URL('../dist/', location.href).href;

/** The widget the form describes. */
function currentSpec() {
  const data = new FormData(form);
  const el = data.get('el');
  const common = { lang: data.get('lang') };
  if (data.get('theme') !== 'auto') common.theme = data.get('theme');
  if (el === 'chart') return { el, chart: data.get('chart'), ...common };
  if (el === 'own') return { el: 'chart', data: data.get('data'), ...common };
  if (el === 'report') {
    const picked = data.getAll('sections');
    const sections = picked.length && picked.length < REPORT_SECTIONS.length ? picked.join(' ') : undefined;
    return { el, ...(sections ? { sections } : {}), ...common };
  }
  const notation = data.get('notation');
  return { el, metric: data.get('metric'), ...(notation === 'compact' ? { notation } : {}), ...common };
}

function attributesOf(spec) {
  const attrs = { lang: spec.lang };
  if (spec.theme) attrs.theme = spec.theme;
  if (spec.metric) attrs.metric = spec.metric;
  if (spec.notation) attrs.notation = spec.notation;
  if (spec.chart) attrs.chart = spec.chart;
  if (spec.sections) attrs.sections = spec.sections;
  return attrs;
}

const snippetError = document.getElementById('snippet-error');

/** The snippets for the form, or the error that says why there are none. */
function snippetsOf(spec) {
  try {
    return { snippets: embedSnippets(spec, base.value.trim() || base.placeholder) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function update() {
  const spec = currentSpec();
  const kind = spec.data === undefined ? spec.el : 'own';
  for (const el of form.querySelectorAll('[data-for]')) el.hidden = el.dataset.for !== kind;

  const { snippets, error } = snippetsOf(spec);
  // Built with DOM calls: attribute values never become markup.
  const widget = document.createElement(`ipr-${spec.el}`);
  for (const [name, value] of Object.entries(attributesOf(spec))) widget.setAttribute(name, value);
  if (kind === 'own') {
    try {
      widget.data = JSON.parse(spec.data);
    } catch {
      widget.data = spec.data;
    }
  } else if (!error) {
    widget.textContent = fallbackText(spec);
  }
  preview.replaceChildren(widget);
  preview.dataset.el = spec.el;

  // No stale snippet stays on screen beside an error.
  snippetError.hidden = !error;
  snippetError.textContent = error ? `No snippet: ${error.replace(/^ip-report-widgets: /, '')}` : '';
  for (const card of document.querySelectorAll('.snippet-card')) {
    const code = snippets?.[card.dataset.channel];
    card.hidden = code === undefined;
    card.querySelector('pre code').textContent = code ?? '';
    resetButton(card.querySelector('.copy'));
  }
}

function resetButton(button) {
  clearTimeout(button.timer);
  button.textContent = 'Copy';
  delete button.dataset.state;
}

/** Clipboard API where allowed; a selected text area and `execCommand` where not (http, old browsers). */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

for (const card of document.querySelectorAll('.snippet-card')) {
  const button = card.querySelector('.copy');
  button.addEventListener('click', async () => {
    const name = card.querySelector('h3').firstChild.textContent.trim();
    const ok = await copyText(card.querySelector('pre code').textContent);
    resetButton(button);
    button.textContent = ok ? 'Copied' : 'Select and copy';
    button.dataset.state = ok ? 'copied' : 'failed';
    status.textContent = ok
      ? `${name} snippet copied to the clipboard.`
      : `Could not copy: select the ${name} snippet and copy it by hand.`;
    if (!ok) getSelection()?.selectAllChildren(card.querySelector('pre code'));
    button.timer = setTimeout(() => resetButton(button), 2500);
  });
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
update();
