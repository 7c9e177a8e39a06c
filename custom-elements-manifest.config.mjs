// Configuration of `cem analyze` (@custom-elements-manifest/analyzer): writes dist/custom-elements.json
// from the elements' JSDoc. Two plugins teach it what our code does differently from plain Lit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/**
 * Tags are defined through `defineElement(tag, Class)` (a guarded `customElements.define`), which the
 * analyzer does not know: record each call as the custom-element definition it is, so the class
 * gets its `tagName`.
 */
function defineElementCalls() {
  return {
    name: 'ipr-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const name = klass.text;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name, module: moduleOf(ts, node.getSourceFile(), name, moduleDoc.path) },
        },
      ];
    },
  };
}

/** The module a name in `file` comes from: its import's path (as the source .ts file), or `file` itself. */
function moduleOf(ts, file, name, own) {
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((e) => e.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    return normalize(join(dirname(own), specifier)).replace(/\.js$/, '.ts');
  }
  return own;
}

/**
 * `static properties` entries with `state: true` are internal reactive state: Lit creates no attribute
 * for them, so neither should the manifest (the Lit plugin only knows the `@state()` decorator).
 */
function stateProperties() {
  return {
    name: 'ipr-state-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const klass = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      if (!klass) return;
      const properties = node.members.find(
        (m) =>
          ts.isPropertyDeclaration(m) &&
          m.name.getText() === 'properties' &&
          m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
      );
      const object = properties?.initializer;
      if (!object || !ts.isObjectLiteralExpression(object)) return;
      for (const entry of object.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const isState = entry.initializer.properties.some(
          (p) =>
            ts.isPropertyAssignment(p) &&
            p.name.getText() === 'state' &&
            p.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (!isState) continue;
        const field = entry.name.getText();
        klass.attributes = (klass.attributes ?? []).filter((a) => a.fieldName !== field);
        const member = klass.members?.find((m) => m.name === field);
        if (member) delete member.attribute;
      }
    },
  };
}

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
 * attributes and their values), which lit-analyzer also reads: it cannot see attributes declared in
 * a `static properties` field, only in `static get properties()`.
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
    defineElementCalls(),
    stateProperties(),
    literalUnions(['src/index.ts', 'src/entries/chart.ts', 'src/entries/stat-card.ts']),
    htmlCustomData('dist/html-custom-data.json'),
  ],
};
