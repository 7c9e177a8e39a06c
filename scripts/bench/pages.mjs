// The pages `npm run bench` loads, written into its temp folder. Widget pages load the built
// library from /dist/; every page loads the probe (/bench/probe.js) first.

const head = (title, wait, extra = '') => `<!doctype html>
<html lang="en" data-wait="${wait}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="/bench/probe.js"></script>
<link rel="stylesheet" href="/bench/page.css">
${extra}
</head>
<body>
`;
const tail = `</body>
</html>
`;
/** `ipr` loads the library from /dist/; `before` from /dist-before/ (`--compare`). */
const library = (variant) =>
  `<script type="module" src="/${variant === 'before' ? 'dist-before' : 'dist'}/ip-report-widgets.js"></script>`;
const widget = (variant) => variant === 'ipr' || variant === 'before';

/** Shared by every page: a plain article page. */
export const pageCss = `body { margin: 0; padding: 16px; font: 17px/1.55 Georgia, serif; color: #222; background: #fafafa; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, 642px); gap: 16px; align-items: start; }
ipr-chart { --ipr-chart-aspect-ratio: 2 / 1; }
.charts > * { width: 642px; }
.box { box-sizing: border-box; padding: 20px; background: #fff; border: 1px solid #d9dde4; border-radius: 12px; }
.bare-plot { position: relative; width: 600px; height: 300px; }
.article { max-width: 700px; margin: 0 auto; }
.lead-charts { display: grid; grid-template-columns: repeat(3, 420px); gap: 16px; justify-content: center; }
.article ipr-chart, .lead-charts > * { width: 420px; }
.article .box, .lead-charts .box { padding: 14px; }
.article .bare-plot, .lead-charts .bare-plot { width: 390px; height: 195px; }
h1 { margin: 0 0 8px; font-size: 30px; line-height: 1.2; }
.lede { margin: 0 0 16px; }
`;

// The static twin of a stat card, written by hand after what <ipr-stat-card> renders: same
// tokens, same boxes, same words, same link.
export const staticCardCss = `.sc { display: block; box-sizing: border-box; max-width: 100%;
  font: 16px/1.45 system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  color: #16191f; text-align: start; letter-spacing: normal; }
.sc *, .sc *::before, .sc *::after { box-sizing: border-box; }
.sc .card { display: flex; flex-direction: column; gap: 0.375em; height: 100%; padding: 1.125em 1.25em 1em;
  background: #fff; border: 1px solid #d9dde4; border-radius: 12px; border-top: 4px solid #1d5bbf; }
.sc p { margin: 0; }
.sc .period { color: #545b68; font-size: 0.8125em; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; }
.sc .value { font-size: 2.5em; font-weight: 700; line-height: 1.1; letter-spacing: -0.02em;
  font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.sc .label { font-size: 1em; font-weight: 500; overflow-wrap: anywhere; }
.sc .change { align-self: flex-start; margin: 0.25em 0 0; padding: 0.125em 0.5em; border-radius: 999px;
  font-size: 0.875em; font-weight: 600; font-variant-numeric: tabular-nums; border: 1px solid currentColor; }
.sc .change.up { color: #12703a; }
.sc .source { margin: auto 0 0; padding-top: 0.625em; border-top: 1px solid #d9dde4; color: #545b68;
  font-size: 0.8125em; overflow-wrap: anywhere; }
.sc a { color: #1d5bbf; }
.sc .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

const SPC =
  'https://www.lextalk.world/post/china-s-2025-work-report-strengthening-intellectual-property-protection';
const CARDS = [
  {
    metric: 'punitive-damages-cases',
    value: 460,
    text: '460',
    label: 'cases with punitive damages',
    change: '+44.2%',
  },
  {
    metric: 'ip-cases-concluded',
    value: 494000,
    text: '494,000',
    label: 'IP cases concluded by the courts',
    change: '+0.9%',
  },
];

const staticCard = (i) => {
  const c = CARDS[i % CARDS.length];
  return `<div class="sc"><div class="card" role="group" aria-labelledby="l${i}">
<p class="period">2024</p>
<p class="value"><data value="${c.value}">${c.text}</data></p>
<p class="label" id="l${i}">${c.label}</p>
<p class="change up"><span aria-hidden="true">▲</span> <span class="sr-only">Up</span> ${c.change} vs 2023</p>
<p class="source">Source: <a href="${SPC}" target="_blank" rel="noopener noreferrer">Supreme People's Court, 2025 Work Report<span class="sr-only"> (opens in a new tab)</span></a> (Mar 8, 2025), via LexTalk World</p>
</div></div>
`;
};
const iprCard = (i) => `<ipr-stat-card metric="${CARDS[i % CARDS.length].metric}"></ipr-stat-card>\n`;

// The formatters a card's text is made with (src/format), each used once: a page's first
// Intl.NumberFormat sets up the browser's number data, which the static twin never needs.
const intlScript = `<script>
new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(494000);
new Intl.NumberFormat('en', { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(0.442);
new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2025-03-08T00:00:00Z'));
</script>`;

/**
 * `n` stat cards, as widgets (`ipr`), as their static twin (`static`), or as the static twin on a
 * page that also formats a number, a change and a date with `Intl` (`intl`).
 */
export function statCardsPage(n, variant) {
  const cards = Array.from({ length: n }, (_, i) => (widget(variant) ? iprCard(i) : staticCard(i))).join('');
  const css = '<link rel="stylesheet" href="/bench/static-card.css">';
  const extra = widget(variant) ? library(variant) : variant === 'intl' ? `${css}\n${intlScript}` : css;
  return `${head(`${n} stat cards (${variant})`, 'cards', extra)}<div class="grid">\n${cards}</div>\n${tail}`;
}

const iprChart = '<ipr-chart chart="prosecutions-trend"></ipr-chart>\n';
const bareChart = '<div class="box"><div class="bare-plot"><canvas></canvas></div></div>\n';
const bareScript = '<script type="module" src="/bench/bare-chart.js"></script>';

/** `n` charts, as widgets (`ipr`) or drawn by bare Chart.js (`bare`), each plot 600×300. */
export function chartsPage(n, variant) {
  const ipr = widget(variant);
  const charts = (ipr ? iprChart : bareChart).repeat(n);
  return `${head(`${n} charts (${variant})`, `${ipr ? 'ready' : 'bare'}:${n}`, ipr ? library(variant) : bareScript)}<div class="charts">\n${charts}</div>\n${tail}`;
}

const PARAGRAPHS = [
  'Courts concluded about as many intellectual-property cases in 2024 as the year before, yet the number of cases in which they awarded punitive damages rose by almost half. The work reports present this as a turn from volume to deterrence.',
  'Prosecutors charged more people with IP crimes, and the reports tie the rise to closer work between the procuratorates, the police and the market regulators. Trademark counterfeiting still makes up most of these cases.',
  'A single award in an electric-vehicle trade-secret dispute reached 640 million yuan. Only the non-monetary part of the judgment has been satisfied: the defendant has declared bankruptcy.',
  'Figures of a different scope circulate as well: totals that count cases handled rather than concluded, or people in cases rather than people charged. They are kept apart here, never mixed into one series.',
];

/** An article of 50 charts, 3 side by side at the top and one after each section below. */
export function articlePage(variant) {
  const ipr = widget(variant);
  const chart = ipr ? iprChart : bareChart;
  let body = `<div class="article"><h1>IP enforcement in China, 2024</h1>\n<p class="lede">${PARAGRAPHS[0]}</p></div>\n`;
  body += `<div class="lead-charts">\n${chart.repeat(3)}</div>\n<div class="article">\n`;
  for (let i = 1; i <= 47; i++) {
    body += `<h2>Section ${i}</h2>\n${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}\n${chart}`;
  }
  body += '</div>\n';
  return `${head(`Article, 50 charts (${variant})`, `${ipr ? 'ready' : 'bare'}:3`, ipr ? library(variant) : bareScript)}${body}${tail}`;
}

/** One `<ipr-report>`, for the bytes and layout-stability figures once the element exists. */
export function reportPage() {
  return `${head('Report', 'cards', library('ipr'))}<ipr-report></ipr-report>\n${tail}`;
}
