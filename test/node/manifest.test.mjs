// dist/custom-elements.json says what the elements do, and the README's tables say what it says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { apiMarkdown, elementsOf, withApi } from '../../scripts/api-docs.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8'));
const elements = elementsOf(manifest);
const card = elements.get('ipr-stat-card');
const chart = elements.get('ipr-chart');
const attribute = (el, name) => el.attributes.find((a) => a.name === name);

describe('custom-elements.json', () => {
  it('names each defined tag with its class', () => {
    assert.equal(card?.name, 'IprStatCard');
    assert.equal(chart?.name, 'IprChart');
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
    );
    for (const tag of ['ipr-stat-card', 'ipr-chart', 'ipr-report']) assert.ok(definitions.includes(tag), tag);
    assert.equal(elements.get('ipr-report')?.name, 'IprReport');
    assert.ok(attribute(elements.get('ipr-report'), 'sections'));
  });

  it('lists the attributes of the `@property` decorators, with their names, fields and types', () => {
    assert.deepEqual(
      card.attributes.map((a) => a.name).sort(),
      [
        'change',
        'hide-change',
        'hide-source',
        'label',
        'lang',
        'metric',
        'notation',
        'period',
        'source-name',
        'source-url',
        'theme',
        'value',
      ].sort(),
    );
    assert.equal(attribute(card, 'hide-change').fieldName, 'hideChange');
    assert.equal(attribute(card, 'hide-change').type.text, 'boolean');
    assert.match(
      attribute(card, 'metric').type.text,
      /^"ip-crime-prosecutions" \| .*"punitive-growth-multiple"/,
    );
    assert.equal(attribute(card, 'theme').type.text, '"auto" | "light" | "dark"');
    assert.equal(attribute(chart, 'chart').type.text.split(' | ').length, 5);
  });

  it('leaves out internal state and properties without an attribute', () => {
    for (const el of [card, chart]) {
      for (const name of ['locale', 'problems', 'tableOpen', 'data']) {
        assert.equal(
          el.attributes.find((a) => a.fieldName === name),
          undefined,
          `${el.tagName} ${name}`,
        );
      }
    }
    const data = chart.members.find((m) => m.name === 'data');
    assert.equal(data.attribute, undefined);
  });

  it('gives every event its detail type, every custom property its default, every part a description', () => {
    for (const el of elements.values()) {
      assert.ok(el.summary, `${el.tagName} has no @summary`);
      for (const e of el.events) assert.ok(e.type?.text && e.description, `${el.tagName} ${e.name}`);
      for (const p of el.cssProperties) assert.ok(p.default && p.description, `${el.tagName} ${p.name}`);
      for (const p of el.cssParts) assert.ok(p.description, `${el.tagName} ::part(${p.name})`);
    }
    assert.equal(card.events.find((e) => e.name === 'ipr-error').type.text, 'CustomEvent<IprErrorDetail>');
    assert.equal(
      chart.events.find((e) => e.name === 'ipr-download').type.text,
      'CustomEvent<IprDownloadDetail>',
    );
  });
});

describe('the README API tables', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');

  it('contain the generated block of each element', () => {
    for (const el of elements.values()) {
      const block = apiMarkdown(el);
      for (const a of el.attributes) assert.ok(block.includes(`| \`${a.name}\``), a.name);
      assert.ok(readme.includes(`<!-- api:${el.tagName} -->`), el.tagName);
    }
  });

  it('are found out of date when the manifest changes', () => {
    const changed = structuredClone(manifest);
    const el = elementsOf(changed).get('ipr-stat-card');
    el.attributes.push({ name: 'brand-new', description: 'Added without updating the README.' });
    assert.notEqual(withApi(readme, changed), withApi(readme, manifest));
  });

  it('cannot go missing: an element without markers is an error', () => {
    const without = readme.replace('<!-- api:ipr-chart -->', '');
    assert.throws(() => withApi(without, manifest), /no <!-- api:ipr-chart -->/);
  });
});
