// Paste-a-URL pages (`npm run build`, after the chart images): for every bundled widget (each stat
// card's metric, each chart, the report) in English and Chinese, `dist/embed/<id>.<lang>.html`, a
// page that shows the live widget (its email-safe markup inside the tag for readers without
// scripts) with a title, a description and Open Graph tags; and, when IPR_PUBLIC_BASE gives the
// http(s) address where dist/ is served, `dist/embed/<id>.<lang>.json`, its oEmbed answer (type
// rich, the builder's iframe snippet as its HTML), linked from the page's head so that WordPress's
// Embed block, Ghost's embed card and other oEmbed consumers discover it. oEmbed and Open Graph
// need absolute addresses, so without IPR_PUBLIC_BASE the pages have no oEmbed link, og:url or
// og:image, and the build says so in one line.
//
//   import { writeEmbedPages } from './embed-pages.mjs';
//   writeEmbedPages({ dist, base: 'https://example.org/ipr/dist/' }); // → { pages, oembed }
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const EMBED_LANGS = ['en', 'zh'];
export const PROVIDER = 'IP report widgets';
/** The oEmbed `width`: the column the widgets are drawn for (the frame itself is 100% wide). */
const OEMBED_WIDTH = 600;
/** Where the pages' own markup points for the library's files: always beside dist/embed/. */
const RELATIVE = '../';
/** A stand-in base for the markup writers, which want an absolute address; replaced by RELATIVE. */
const STAND_IN = 'https://ipr-base.invalid/dist/';

const unescape = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const attr = (markup, tag, name) => {
  const found = new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(markup);
  return found ? unescape(found[1]) : undefined;
};

/** Every bundled widget: its file id, its spec without `lang`, and the chart its image shows. */
export function bundledWidgets(lib) {
  const widgets = [
    ...lib.METRIC_IDS.map((metric) => ({ id: metric, spec: { el: 'stat-card', metric } })),
    ...lib.CHART_IDS.map((chart) => ({ id: chart, spec: { el: 'chart', chart }, image: chart })),
    // The report's preview is its first chart, the trend it opens its charts with.
    { id: 'report', spec: { el: 'report' }, image: 'punitive-damages-trend' },
  ];
  const ids = new Set(widgets.map((w) => w.id));
  if (ids.size !== widgets.length) throw new Error('embed pages: two bundled widgets share an id');
  return widgets;
}

/**
 * The page's description: the widget's text without its sources' addresses, whole sentences up to
 * 300 characters, and never the EV award without its caveat.
 */
function description(lib, spec, lang) {
  const text = lib
    .fallbackText(spec, lang)
    .split(/(?:Source: |来源：)/)[0]
    .trim();
  const parts = lang === 'zh' ? text.split(/(?<=。)/) : text.split(/(?<=\.)\s+/);
  const award = lib.TEXT[lang].metric['ev-trade-secret-award'];
  const caveat = lib.EXTRAS[lang].figureNote['ev-trade-secret-award/2025'];
  const kept = [];
  for (const part of parts) {
    if ([...kept, part].join(lang === 'zh' ? '' : ' ').length > 300) break;
    kept.push(part);
  }
  let out = kept.join(lang === 'zh' ? '' : ' ');
  if (out.includes(award) && !out.includes(caveat.replace(/[.。]$/, ''))) {
    out = kept
      .slice(
        0,
        kept.findIndex((p) => p.includes(award)),
      )
      .join(lang === 'zh' ? '' : ' ');
  }
  return out || kept[0] || text.slice(0, 300);
}

/** A `dist/` address as the pages and JSON use it: under `base`, or relative without one. */
function checkedBase(lib, base) {
  if (base === undefined || base === '') return undefined;
  // The snippets' own rule: an absolute http(s) address without user, password, query or fragment.
  return new URL(lib.embedSnippets({ el: 'report' }, base).iframe.match(/src="([^"]+)embed\.html/)[1]).href;
}

function page({ lib, widget, lang, base, files }) {
  const spec = { ...widget.spec, lang };
  const snippets = lib.embedSnippets(spec, base ?? STAND_IN);
  // The frame's accessible name, as a heading: "Cases with punitive damages (2024)".
  const name = attr(snippets.iframe, 'iframe', 'title');
  const title = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const desc = description(lib, spec, lang);
  const own = (file) => (base ? `${base}${file}` : undefined);
  const pageUrl = own(`embed/${files.html}`);
  const markup = lib
    .fallbackHtml(spec, { base: STAND_IN, noscriptImages: true })
    .replaceAll(STAND_IN, RELATIVE);
  const tag = `ipr-${spec.el}`;
  const attrs = lib
    .specAttributes(spec)
    .map(([name, value]) => ` ${name}="${lib.escapeHtml(value)}"`)
    .join('');
  const image = widget.image && {
    url: own(`img/${lib.chartImageName(widget.image, lang, 'light', 2)}`),
    width: lib.CHART_IMAGE.width * 2,
    height: lib.CHART_IMAGE.height * 2,
    alt: attr(lib.fallbackHtml({ el: 'chart', chart: widget.image, lang }, { base: STAND_IN }), 'img', 'alt'),
  };
  const other = EMBED_LANGS.find((l) => l !== lang);
  const e = lib.escapeHtml;
  const meta = (property, content) =>
    content === undefined ? [] : [`<meta property="${property}" content="${e(String(content))}" />`];
  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    // The widget's markup inside the tag is styled inline; scripts and sheets only from here.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html" />`,
    `<title>${e(`${title} · ${PROVIDER}`)}</title>`,
    `<meta name="description" content="${e(desc)}" />`,
    ...(pageUrl ? [`<link rel="canonical" href="${e(pageUrl)}" />`] : []),
    ...meta('og:type', 'website'),
    ...meta('og:site_name', PROVIDER),
    ...meta('og:title', title),
    ...meta('og:description', desc),
    ...meta('og:locale', lang === 'zh' ? 'zh_CN' : 'en_US'),
    ...meta('og:url', pageUrl),
    ...(image?.url
      ? [
          ...meta('og:image', image.url),
          ...meta('og:image:type', 'image/png'),
          ...meta('og:image:width', image.width),
          ...meta('og:image:height', image.height),
          ...meta('og:image:alt', image.alt),
        ]
      : []),
    `<meta name="twitter:card" content="${image?.url ? 'summary_large_image' : 'summary'}" />`,
    ...(base
      ? [
          `<link rel="alternate" type="application/json+oembed" href="${e(own(`embed/${files.json}`))}" title="${e(title)}" />`,
        ]
      : []),
    `<link rel="alternate" hreflang="${other}" href="./${files.other}" />`,
    '<link rel="stylesheet" href="./page.css" />',
    `<script type="module" src="${RELATIVE}ip-report-widgets.js"></script>`,
  ];
  const html = `<!doctype html>
<html lang="${lang}">
  <head>
    ${head.join('\n    ')}
  </head>
  <body>
    <main>
      <${tag}${attrs}>
${markup}
      </${tag}>
      <p class="other-lang"><a href="./${files.other}" hreflang="${other}" lang="${other}">${other === 'zh' ? '中文' : 'English'}</a></p>
    </main>
  </body>
</html>
`;
  const height = Number(attr(snippets.iframe, 'iframe', 'height'));
  const oembed = base && {
    version: '1.0',
    type: 'rich',
    provider_name: PROVIDER,
    provider_url: base,
    title,
    html: oembedHtml(snippets.iframe),
    width: OEMBED_WIDTH,
    height,
    ...(image?.url
      ? { thumbnail_url: image.url, thumbnail_width: image.width, thumbnail_height: image.height }
      : {}),
  };
  return { html, oembed };
}

/**
 * The oEmbed `html`: the iframe snippet with its fallback text in a `<blockquote>` before the frame
 * instead of a paragraph after it, and no `<div>` around them (the frame is a block by its style). For a provider it does not list, WordPress keeps of the html
 * only a blockquote followed by an iframe (wp_filter_oembed_result), and loads wp-embed.js, which
 * sizes the frame from its height messages, only when there is such a blockquote: it shows the
 * blockquote and hides the frame until the frame speaks, so a reader without scripts gets the text
 * and its links, not an empty frame. Elsewhere the resizer hides it as it hides the paragraph.
 */
export function oembedHtml(snippet) {
  const frame = /<iframe\b[\s\S]*?<\/iframe>/.exec(snippet)[0];
  const [, attrs, inner] = /<p( data-ipr-fallback[^>]*)>([\s\S]*?)<\/p>/.exec(snippet);
  const script = /<script\b[\s\S]*?<\/script>/.exec(snippet)[0];
  const quote = `<blockquote${attrs.replace('margin:8px 0 0', 'margin:0 0 8px')}>${inner}</blockquote>`;
  // Nothing before the blockquote: WordPress's pattern takes it only at the very start.
  return `${quote}\n${frame}\n${script}`;
}

const PAGE_CSS = `html { color-scheme: light dark; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
main { box-sizing: border-box; max-width: 760px; margin: 0 auto; padding: 16px; }
.other-lang { margin: 16px 0 0; font-size: 14px; }
`;

/**
 * `embed.html` with `origin` beside every `'self'` of its Content Security Policy. In a frame
 * sandboxed without `allow-same-origin` (WordPress's `sandbox="allow-scripts"`) the page's origin
 * is opaque, and WebKit matches `'self'` against that origin, so nothing of the page's own would
 * load there; Chromium and Firefox match it against the page's address. Naming the origin the
 * files are served from lets WebKit load them too. Idempotent; without `origin`, `'self'` alone.
 */
export function cspWithOrigin(html, origin) {
  if (origin !== undefined && !/^https?:\/\/[\w.-]+(?::\d+)?$/.test(origin)) {
    throw new Error(`not an origin: ${origin}`);
  }
  const self = origin ? `'self' ${origin}` : "'self'";
  return html.replace(/(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/, (_, start, policy) => {
    const named = policy.replace(/'self'(?: https?:\/\/[\w.:-]+)?/g, self);
    return `${start}${named}"`;
  });
}

/**
 * Writes the pages (and, with `base`, the oEmbed JSON) into `out` (`<dist>/embed/`, where the
 * pages' relative addresses point); returns their names and the checked base.
 */
export async function writeEmbedPages({ dist = join(root, 'dist'), base, out = join(dist, 'embed') } = {}) {
  const lib = await import(pathToFileURL(join(dist, 'data.js')).href);
  const publicBase = checkedBase(lib, base);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'page.css'), PAGE_CSS);
  const written = { pages: [], oembed: [], base: publicBase };
  const frame = join(dist, 'embed.html');
  const origin = publicBase && new URL(publicBase).origin;
  writeFileSync(frame, cspWithOrigin(readFileSync(frame, 'utf8'), origin));
  for (const widget of bundledWidgets(lib)) {
    for (const lang of EMBED_LANGS) {
      const other = EMBED_LANGS.find((l) => l !== lang);
      const files = {
        html: `${widget.id}.${lang}.html`,
        json: `${widget.id}.${lang}.json`,
        other: `${widget.id}.${other}.html`,
      };
      const { html, oembed } = page({ lib, widget, lang, base: publicBase, files });
      writeFileSync(join(out, files.html), html);
      written.pages.push(files.html);
      if (oembed) {
        writeFileSync(join(out, files.json), `${JSON.stringify(oembed, null, 2)}\n`);
        written.oembed.push(files.json);
      }
    }
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { pages, oembed, base } = await writeEmbedPages({ base: process.env.IPR_PUBLIC_BASE });
  console.log(
    base
      ? `dist/embed/: ${pages.length} pages and ${oembed.length} oEmbed files for ${base}`
      : `dist/embed/: ${pages.length} pages without oEmbed, og:url or og:image: set IPR_PUBLIC_BASE to the http(s) address of dist/ to add them`,
  );
}
