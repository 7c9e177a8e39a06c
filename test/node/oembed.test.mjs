// Paste-a-URL pages (scripts/embed-pages.mjs): discovery as WordPress's WP_oEmbed::discover() does
// it, over HTTP: fetch the pasted page, read the <link type="application/json+oembed"> of its
// head, fetch that address with WordPress's query (format, url, maxwidth, maxheight), and check
// what the oEmbed spec requires of a rich answer and what WordPress reads; the Open Graph tags;
// and the pages the build wrote without IPR_PUBLIC_BASE. Runs after `npm run build`.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundledWidgets, EMBED_LANGS, writeEmbedPages } from '../../scripts/embed-pages.mjs';
import { serve } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const lib = await import(join(dist, 'data.js'));
const widgets = bundledWidgets(lib);

const decode = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');

/** The attributes of a tag's inner text, as WordPress's shortcode_parse_atts reads `name="value"`. */
function attributes(inner) {
  return Object.fromEntries(
    [...inner.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k.toLowerCase(), v]),
  );
}

/** What WordPress's discover() finds: the JSON oEmbed address in the page's head, or undefined. */
function discover(html) {
  const end = html.toLowerCase().indexOf('</head>');
  const head = end > 0 ? html.slice(0, end) : html;
  for (const [, inner] of head.matchAll(/<link([^<>]+?)\/?>/gi)) {
    const a = attributes(inner);
    if (a.type === 'application/json+oembed' && a.href) return decode(a.href);
  }
  return undefined;
}

/** The `content` of each `<meta property|name>` of the head. */
function metas(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  const out = {};
  for (const [, inner] of head.matchAll(/<meta([^<>]+?)\/?>/gi)) {
    const a = attributes(inner);
    const key = a.property ?? a.name;
    if (key) out[key] = decode(a.content ?? '');
  }
  return out;
}

function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const award = (lang) => lib.TEXT[lang].metric['ev-trade-secret-award'];
const caveat = (lang) => lib.EXTRAS[lang].figureNote['ev-trade-secret-award/2025'].replace(/[.。]$/, '');

describe('paste-a-URL pages with IPR_PUBLIC_BASE, discovered as WordPress discovers them', () => {
  let dir;
  let server;
  let base;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipr-oembed-'));
    cpSync(dist, join(dir, 'dist'), { recursive: true });
    server = await serve({ port: 0, root: dir, quiet: true });
    base = `http://127.0.0.1:${server.address().port}/dist/`;
    const written = await writeEmbedPages({ dist: join(dir, 'dist'), base });
    assert.equal(written.pages.length, widgets.length * EMBED_LANGS.length);
    assert.equal(written.oembed.length, written.pages.length);
  });
  after(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const widget of widgets) {
    for (const lang of EMBED_LANGS) {
      const name = `${widget.id}.${lang}`;
      it(`${name}: page → head link → oEmbed JSON with the fields the spec and WordPress need`, async () => {
        const pageUrl = `${base}embed/${name}.html`;
        const res = await fetch(pageUrl);
        assert.equal(res.status, 200);
        const html = await res.text();
        // WordPress reads at most 150 KB, and only the head.
        assert.ok(html.indexOf('</head>') < 150 * 1024);
        const href = discover(html);
        assert.ok(href, 'no application/json+oembed link in the head');
        assert.equal(href, `${base}embed/${name}.json`);
        const query = new URLSearchParams({
          maxwidth: '600',
          maxheight: '1000',
          url: pageUrl,
          format: 'json',
        });
        const answer = await fetch(`${href}?${query}`);
        assert.equal(answer.status, 200);
        const data = JSON.parse(await answer.text());
        assert.equal(data.version, '1.0');
        assert.equal(data.type, 'rich');
        for (const field of ['width', 'height']) {
          assert.ok(Number.isInteger(data[field]) && data[field] > 0, `${field}: ${data[field]}`);
        }
        assert.equal(typeof data.title, 'string');
        assert.ok(data.title.length > 3);
        assert.equal(data.provider_name, 'IP report widgets');
        assert.equal(data.provider_url, base);
        // The html is the builder's iframe snippet for this widget in this language, its text in a
        // blockquote before the frame (what WordPress keeps: a blockquote, then the iframe).
        const snippet = lib.embedSnippets({ ...widget.spec, lang }, base).iframe;
        const frameTag = /<iframe\b[\s\S]*?<\/iframe>/.exec(snippet)[0];
        const text = /<p data-ipr-fallback[^>]*>([\s\S]*?)<\/p>/.exec(snippet)[1];
        // At the very start: WordPress's pattern finds the blockquote nowhere else.
        assert.match(data.html, /^<blockquote data-ipr-fallback[^>]*>[\s\S]*<\/blockquote>\n<iframe/);
        assert.ok(data.html.includes(frameTag));
        assert.ok(data.html.includes(`>${text}</blockquote>`));
        assert.match(
          data.html,
          /<\/iframe>\n<script src="[^"]+ip-report-widgets-resizer\.js" defer><\/script>$/,
        );
        if (text.includes(award(lang))) assert.ok(text.includes(caveat(lang)));
        const src = decode(/<iframe[^>]*\ssrc="([^"]+)"/.exec(data.html)[1]);
        assert.ok(src.startsWith(`${base}embed.html?`), src);
        assert.equal(new URL(src).searchParams.get('lang'), lang);
        // What WordPress keeps of it (wp_filter_oembed_result: the iframe alone) is a frame of it.
        assert.match(data.html, /<iframe [^>]*width="100%" height="\d+"/);

        const og = metas(html);
        assert.equal(og['og:title'], data.title);
        assert.ok(og['og:description'].length > 20 && og['og:description'].length <= 300);
        assert.equal(og.description, og['og:description']);
        assert.doesNotMatch(og.description, /https?:/);
        assert.equal(og['og:url'], pageUrl);
        if (og.description.includes(award(lang)))
          assert.ok(og.description.includes(caveat(lang)), og.description);
        if (widget.image) {
          assert.ok(data.thumbnail_url.startsWith(`${base}img/`), data.thumbnail_url);
          assert.equal(og['og:image'], data.thumbnail_url);
          const png = await fetch(data.thumbnail_url);
          assert.equal(png.headers.get('content-type'), 'image/png');
          const size = pngSize(Buffer.from(await png.arrayBuffer()));
          assert.deepEqual([size.width, size.height], [data.thumbnail_width, data.thumbnail_height]);
          assert.ok(data.thumbnail_url.includes(`.${lang}.`));
        } else {
          // A stat card has no image of its own: no thumbnail rather than another widget's.
          assert.equal(data.thumbnail_url, undefined);
          assert.equal(og['og:image'], undefined);
        }
      });
    }
  }

  it('refuses a base that is not an http(s) address', async () => {
    await assert.rejects(
      writeEmbedPages({ dist: join(dir, 'dist'), base: 'javascript:alert(1)//', out: join(dir, 'x') }),
      /base must be the http\(s\) address/,
    );
  });
});

describe('the pages the build wrote into dist/embed/', () => {
  const files = existsSync(join(dist, 'embed')) ? readdirSync(join(dist, 'embed')) : [];
  it('one per bundled widget and language, each showing that widget with its markup inside', () => {
    for (const widget of widgets) {
      for (const lang of EMBED_LANGS) {
        const file = `${widget.id}.${lang}.html`;
        assert.ok(files.includes(file), `${file} missing`);
        const html = readFileSync(join(dist, 'embed', file), 'utf8');
        assert.match(html, new RegExp(`<html lang="${lang}">`));
        assert.match(html, /<title>[^<]{4,}<\/title>/);
        const tag = `ipr-${widget.spec.el}`;
        const inner = html.slice(html.indexOf(`<${tag}`), html.indexOf(`</${tag}>`));
        assert.ok(inner.includes('style="'), `${file}: no fallback markup in the tag`);
        if (inner.includes(award(lang)))
          assert.ok(inner.includes(caveat(lang)), `${file}: award without caveat`);
        // Every address of its own is relative, and names a file the build wrote.
        for (const [, ref] of html.matchAll(/(?:src|href)="(\.{1,2}\/[^"]+)"/g)) {
          assert.ok(existsSync(join(dist, 'embed', ref)), `${file}: ${ref} does not exist`);
        }
        const og = metas(html);
        assert.ok(og['og:title'] && og['og:description'], `${file}: no og:title/og:description`);
        // Built without IPR_PUBLIC_BASE (as here, unless it was set): no absolute address to give.
        if (!discover(html)) {
          assert.equal(og['og:url'], undefined);
          assert.equal(og['og:image'], undefined);
        }
      }
    }
  });
});
