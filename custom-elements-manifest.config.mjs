// Configuration of `cem analyze` (@custom-elements-manifest/analyzer): writes dist/custom-elements.json
// from the elements' JSDoc and Lit decorators (`@property`, `@state`, and our guarded `@customElement`,
// which the analyzer's Lit plugin knows by its name). Two plugins add what it does not do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';

/**
 * Spells out named unions of string literals (`Theme`, `Notation`, `MetricId`, `ChartId`) in the types
 * of public fields and attributes, so editors and the README list the values an attribute accepts.
 * The analyzer reads files one by one; this asks the type checker of a program over the same files.
 */
function literalUnions(files) {
  return {
    name: 'ipr-literal-unions',
    packageLinkPhase({ customElementsManifest }) {
      const program = ts.createProgram(files, {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        strict: true,
        experimentalDecorators: true,
        useDefineForClassFields: false,
        noEmit: true,
        skipLibCheck: true,
      });
      const checker = program.getTypeChecker();
      for (const module of customElementsManifest.modules) {
        const source = program.getSourceFile(module.path);
        if (!source) continue;
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.customElement) continue;
          const node = source.statements.find(
            (s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name,
          );
          if (!node) continue;
          const klass = checker.getTypeAtLocation(node);
          const spelled = (field) => {
            const symbol = field && checker.getPropertyOfType(klass, field);
            return symbol && spell(checker, checker.getTypeOfSymbolAtLocation(symbol, node));
          };
          for (const member of declaration.members ?? []) {
            const text = member.kind === 'field' && spelled(member.name);
            if (text && member.type) member.type.text = text;
          }
          for (const attribute of declaration.attributes ?? []) {
            const text = spelled(attribute.fieldName);
            if (text && attribute.type) attribute.type.text = text;
          }
        }
      }
    },
  };
}

/** `"a" | "b" | undefined` for a union of string literals (and undefined); otherwise nothing. */
function spell(checker, type) {
  if (!type.isUnion()) return undefined;
  const parts = type.types;
  const literal = (t) => t.isStringLiteral() || (t.flags & ts.TypeFlags.Undefined) !== 0;
  if (!parts.some((t) => t.isStringLiteral()) || !parts.every(literal)) return undefined;
  const defined = parts.filter((t) => t.isStringLiteral()).map((t) => checker.typeToString(t));
  return [...defined, ...(defined.length < parts.length ? ['undefined'] : [])].join(' | ');
}

/**
 * Writes dist/html-custom-data.json, the same API in the format of VS Code's `html.customData` (tags,
 * attributes and their values), for editors.
 */
function htmlCustomData(file) {
  return {
    name: 'ipr-html-custom-data',
    packageLinkPhase({ customElementsManifest }) {
      const tags = [];
      for (const module of customElementsManifest.modules) {
        for (const d of module.declarations ?? []) {
          if (d.kind !== 'class' || !d.tagName) continue;
          tags.push({
            name: d.tagName,
            description: d.summary ?? d.description ?? '',
            attributes: (d.attributes ?? []).map((a) => {
              const text = a.type?.text ?? '';
              const values = [...text.matchAll(/"([^"]*)"/g)].map((m) => ({ name: m[1] }));
              return {
                name: a.name,
                description: a.description ?? '',
                ...(values.length ? { values } : {}),
                ...(text === 'boolean' ? { valueSet: 'v' } : {}),
              };
            }),
          });
        }
      }
      tags.sort((a, b) => a.name.localeCompare(b.name));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
    },
  };
}

const globs = ['src/index.ts', 'src/entries/*.ts', 'src/components/**/*.ts', 'src/internal/ipr-element.ts'];

export default {
  globs,
  exclude: ['src/**/*.styles.ts', 'src/entries/data.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    literalUnions(['src/index.ts', 'src/entries/chart.ts', 'src/entries/stat-card.ts']),
    htmlCustomData('dist/html-custom-data.json'),
  ],
};
