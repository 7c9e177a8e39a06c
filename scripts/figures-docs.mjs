// The README's tables of the bundled figures and their sources, written from the built data
// entry (dist/data.js, made from src/data), between `<!-- figures -->` … `<!-- /figures -->` and
// `<!-- sources -->` … `<!-- /sources -->`. scripts/api-docs.mjs applies it with the API tables,
// so `npm run docs` writes both and `npm run check:docs` fails when either is out of date.
import { fileURLToPath } from 'node:url';

const dataPath = fileURLToPath(new URL('../dist/data.js', import.meta.url));

/** The built data entry. */
export const loadData = () => import(dataPath);

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => `\`${cell(text)}\``;

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
    .concat(rows.map((row) => `| ${row.map(cell).join(' | ')} |`))
    .join('\n');
}

/** One row per figure: what it is, how it was obtained, where from, and what to read beside it. */
export function figuresMarkdown(data) {
  const { EXTRAS, FIGURES, METRIC_IDS, SCOPE_NOTES, TEXT, formatChange, formatValue } = data;
  const en = TEXT.en;
  const x = EXTRAS.en;
  const name = (id) => en.credit[id] ?? en.publisher[id];
  const order = (f) => METRIC_IDS.indexOf(f.metric);
  const figures = [...FIGURES].sort((a, b) => order(a) - order(b) || b.period.localeCompare(a.period));
  const rows = figures.map((f) => {
    const approx = f.kind === 'derived' ? '≈' : '';
    const change = f.change
      ? `, ${f.change.kind === 'derived' ? '≈' : ''}${formatChange(f.change.percent, 'en')} vs ${f.change.against}`
      : '';
    const notes = [
      x.figureNote[`${f.metric}/${f.period}`],
      f.derivation && x.derivation(f.derivation, 'en'),
      f.change?.kind === 'derived' && x.derivedChange(f, 'en'),
    ].filter(Boolean);
    return [
      code(f.metric),
      en.periodLabel[`${f.metric}/${f.period}`] ?? f.period,
      `${approx}${formatValue(f.value, f.unit, 'en')} ${en.metric[f.metric]}${change}`,
      f.kind === 'reported' && f.change?.kind === 'derived' ? 'reported; change derived' : f.kind,
      f.sources.map(name).join('; '),
      notes.join(' '),
    ];
  });
  const scope = SCOPE_NOTES.map((n) => [code(n.about), n.period, n.text.en, name(n.source)]);
  return [
    table(['metric', 'period', 'figure', 'kind', 'source', 'note'], rows),
    'Figures of another scope, shown only as notes beside a metric and never in a series:',
    table(['beside', 'period', 'note', 'source'], scope),
  ].join('\n\n');
}

/** One row per source: publisher, title, date, and the address a reader can follow. */
export function sourcesMarkdown(data) {
  const { SOURCES, SOURCE_TITLES, TEXT, sourceLink } = data;
  const en = TEXT.en;
  const rows = Object.values(SOURCES).map((s) => {
    const link =
      s.url ?? (s.via ? `read in ${en.publisher[s.via]}: ${sourceLink(s.id)}` : 'no verified link');
    return [code(s.id), en.publisher[s.id], SOURCE_TITLES[s.id].en, s.date, link];
  });
  return table(['id', 'publisher', 'title', 'date', 'link'], rows);
}

/** The README with the figures and sources blocks replaced; throws when a block has no markers. */
export function withFigures(readme, data) {
  let text = readme;
  for (const [name, markdown] of [
    ['figures', figuresMarkdown(data)],
    ['sources', sourcesMarkdown(data)],
  ]) {
    const start = `<!-- ${name} -->`;
    const end = `<!-- /${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
    const generated = `${start}\n\n<!-- Generated from src/data (through dist/data.js) by scripts/figures-docs.mjs: edit the data, not this. -->\n\n${markdown}\n\n`;
    text = text.slice(0, from) + generated + text.slice(to);
  }
  return text;
}
