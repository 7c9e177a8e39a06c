// Writes the README's API tables from dist/custom-elements.json (and, through figures-docs.mjs, its tables of figures and sources from dist/data.js), between the marker comments
// `<!-- api:TAG -->` and `<!-- /api:TAG -->`. With --check, writes nothing and fails when the README
// differs from what the manifest says, or when an element of the manifest has no markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { loadData, withFigures } from './figures-docs.mjs';

const root = new URL('..', import.meta.url);
const readmePath = fileURLToPath(new URL('README.md', root));
const manifestPath = fileURLToPath(new URL('dist/custom-elements.json', root));

/** Custom elements of the manifest, by tag name. */
export function elementsOf(manifest) {
  const elements = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class' && declaration.tagName) elements.set(declaration.tagName, declaration);
    }
  }
  return new Map([...elements].sort(([a], [b]) => a.localeCompare(b)));
}

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const typeOf = (type) => code(type?.text?.replace(/\s*\|\s*undefined\b/g, '').replace(/^undefined$/, ''));
const isPublic = (member) => !member.privacy || member.privacy === 'public';

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
    .concat(rows.map((row) => `| ${row.join(' | ')} |`))
    .join('\n');
}

/** The generated part of one element's section, as Markdown. */
export function apiMarkdown(element) {
  const sections = [];
  const add = (title, body) => body && sections.push(`**${title}**\n\n${body}`);
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  add(
    'Attributes',
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      (element.attributes ?? []).map((a) => [
        code(a.name),
        code(a.fieldName),
        typeOf(a.type),
        code(a.default),
        cell(a.description),
      ]),
    ),
  );
  add(
    'Properties (JavaScript only)',
    table(
      ['property', 'type', 'description'],
      fields
        .filter((f) => !f.attribute)
        .map((f) => [
          code(f.static ? `${element.name}.${f.name}` : f.name),
          typeOf(f.type),
          cell(`${f.readonly ? '(read-only) ' : ''}${f.description ?? ''}`),
        ]),
    ),
  );
  add(
    'Methods',
    table(
      ['method', 'returns', 'description'],
      (element.members ?? [])
        .filter((m) => m.kind === 'method' && isPublic(m))
        .map((m) => [code(`${m.name}()`), typeOf(m.return?.type), cell(m.description)]),
    ),
  );
  add(
    'Events (bubbling, composed)',
    table(
      ['event', 'type', 'description'],
      (element.events ?? []).map((e) => [code(e.name), typeOf(e.type), cell(e.description)]),
    ),
  );
  add(
    'CSS custom properties',
    table(
      ['property', 'default', 'description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  );
  add(
    'Parts, for `::part()`',
    table(
      ['part', 'description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  );
  add(
    'Slots',
    table(
      ['slot', 'description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
  );
  return sections.join('\n\n');
}

/** The README with each element's marked block replaced; throws when an element has no markers. */
export function withApi(readme, manifest) {
  let text = readme;
  for (const [tag, element] of elementsOf(manifest)) {
    const start = `<!-- api:${tag} -->`;
    const end = `<!-- /api:${tag} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block for <${tag}>`);
    const generated = `${start}\n\n<!-- Generated from dist/custom-elements.json by scripts/api-docs.mjs: edit the JSDoc, not this. -->\n\n${apiMarkdown(element)}\n\n`;
    text = text.slice(0, from) + generated + text.slice(to);
  }
  return text;
}

async function main() {
  const check = process.argv.includes('--check');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const data = await loadData();
  const readme = readFileSync(readmePath, 'utf8');
  const options = { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath };
  let expected;
  try {
    expected = await prettier.format(withFigures(withApi(readme, manifest), data), options);
  } catch (error) {
    console.error(`api-docs: ${error.message}`);
    process.exit(1);
  }
  if (!check) {
    if (expected !== readme) writeFileSync(readmePath, expected);
    console.log(`api-docs: README.md ${expected === readme ? 'already up to date' : 'updated'}`);
    return;
  }
  if (expected === readme) {
    console.log(`api-docs: README.md matches the manifest (${elementsOf(manifest).size} elements)`);
    return;
  }
  const have = readme.split('\n');
  const want = expected.split('\n');
  const line = want.findIndex((l, i) => l !== have[i]);
  console.error(
    `api-docs: README.md and dist/ (custom-elements.json, data.js) disagree from line ${line + 1}:\n` +
      `  README:    ${have[line] ?? '(end)'}\n  generated: ${want[line] ?? '(end)'}\n` +
      'Run `npm run docs` after `npm run build` to regenerate the tables.',
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
