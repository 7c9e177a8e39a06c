// The WordPress test (`npm run test:wordpress`, part of `npm test`): a real WordPress 6.1 (Debian's
// package, Apache + mod_php + MariaDB, see wordpress-server.mjs), the built plugin zip installed
// through Plugins → Add New → Upload, posts published through the REST API by an administrator,
// an editor and an author in each way an author pastes a widget, then each post opened in headless
// Chromium as a reader: what the reader sees is asserted, and the RSS feed. IPR_WP_SHOTS=dir also
// saves screenshots (light and dark theme, 1280 and 390 px) there.
import { existsSync, mkdirSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-browsers.mjs';
import { writeEmbedPages } from './embed-pages.mjs';
import { startWordPress } from './wordpress-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const zip = join(root, 'dist/ip-report-widgets-wordpress.zip');
const shots = process.env.IPR_WP_SHOTS;
const started = Date.now();
const results = [];

function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
}

if (!existsSync(zip)) {
  console.error('WordPress test: dist/ip-report-widgets-wordpress.zip is missing: run npm run build first.');
  process.exit(1);
}

const wp = await startWordPress({ log: (line) => console.log(`  WordPress: ${line}`) });
if (!wp) {
  console.log('WordPress: skipped');
  process.exit(0);
}

let browser;
try {
  await run();
} catch (error) {
  check('the test ran to its end', false, error.stack);
} finally {
  await browser?.close();
  await wp.stop();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`WordPress test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`WordPress: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

async function run() {
  const lib = await import(join(root, 'dist/data.js'));
  // "your-host": the library's dist/ served by the same Apache, where the builder's snippets point.
  cpSync(join(root, 'dist'), join(wp.tree, 'ipr/dist'), { recursive: true });
  const base = `${wp.url}/ipr/dist/`;
  // The paste-a-URL pages as a build with IPR_PUBLIC_BASE=<that address> writes them. Same host and
  // port as WordPress, so its wp_safe_remote_get accepts the address as is (no filter needed).
  await writeEmbedPages({ dist: join(wp.tree, 'ipr/dist'), base });
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });

  await installPlugin();
  const active = wp.php("echo is_plugin_active('ip-report-widgets/ip-report-widgets.php') ? 'yes' : 'no';");
  check(
    'the plugin zip installs through Plugins → Add New → Upload and activates',
    active.trim() === 'yes',
    active,
  );

  const card = { el: 'stat-card', metric: 'punitive-damages-cases' };
  const chart = { el: 'chart', chart: 'growth-comparison' };
  const snippets = (spec) => lib.embedSnippets(spec, base);
  const csvChart =
    '[ipr_chart title="Our IP cases" unit="cases" source-name="Example LLP" source-url="https://example.com/cases"]\nYear, Won, Lost\n\n2023, 12, 3\n2024, 18, 2\n[/ipr_chart]';
  const jsonChart =
    '[ipr_chart]\n{"title": "Our IP cases", "labels": ["2023", "2024"],\n\n"series": [{"label": "Won", "values": [12, 18]}], "source": {"name": "Example LLP"}}\n[/ipr_chart]';
  const block = (name, inner) => `<!-- wp:${name} -->\n${inner}\n<!-- /wp:${name} -->`;

  /**
   * Each paste path: its content, and what a reader should see per role ('widget' = the drawn
   * widget; 'fallback' = the fallback text, no widget).
   */
  const paths = {
    'shortcodes, classic content (wpautop)': {
      content: `Intro paragraph.\n\n[ipr_stat_card metric="punitive-damages-cases"]\n\n[ipr_chart chart="growth-comparison"]\n\n${csvChart}\n\n${jsonChart}`,
      widgets: 4,
      expect: () => 'widget',
    },
    'shortcodes, Shortcode block': {
      content: [
        block('paragraph', '<p>Intro paragraph.</p>'),
        block('shortcode', '[ipr_stat_card metric="punitive-damages-cases" notation="compact"]'),
        block('shortcode', '[ipr_report sections="headline stats"]'),
      ].join('\n\n'),
      widgets: 2,
      expect: () => 'widget',
    },
    'IP report widget block': {
      content: [
        '<!-- wp:ip-report-widgets/widget {"kind":"stat-card","metric":"ip-cases-concluded"} /-->',
        '<!-- wp:ip-report-widgets/widget {"kind":"chart","chart":"prosecutions-trend"} /-->',
      ].join('\n\n'),
      widgets: 2,
      expect: () => 'widget',
    },
    'ES-module snippet, Custom HTML block': {
      content: block(
        'html',
        `${snippets(card).module}\n${snippets(chart).module.replace(/^<script[^>]*><\/script>\n/, '')}`,
      ),
      widgets: 2,
      expect: () => 'widget',
    },
    'classic-script snippet, classic content': {
      content: `Intro paragraph.\n\n${snippets(card).classic}`,
      widgets: 1,
      expect: () => 'widget',
    },
    'tags only, Custom HTML block': {
      content: block('html', snippets(card).module.replace(/^<script[^>]*><\/script>\n/, '')),
      widgets: 1,
      expect: () => 'widget',
    },
    'iframe snippet, Custom HTML block': {
      content: block('html', snippets(card).iframe),
      widgets: 0,
      iframe: true,
      expect: (role) => (role === 'author' ? 'fallback' : 'iframe'),
    },
    "own chart's JSON in tags, Custom HTML block": {
      content: block(
        'html',
        '<ipr-chart><script type="application/json">{"title": "Our IP cases", "labels": ["2023", "2024"], "series": [{"label": "Won", "values": [12, 18]}]}</script><p>Our IP cases won: 12 in 2023, 18 in 2024.</p></ipr-chart>',
      ),
      widgets: 1,
      expect: (role) => (role === 'author' ? 'author-fallback' : 'widget'),
    },
  };

  const posts = [];
  for (const role of ['admin', 'editor', 'author']) {
    for (const [path, def] of Object.entries(paths)) {
      const post = await wp.rest(wp.users[role], '/wp/v2/posts', {
        method: 'POST',
        body: { title: `${role}: ${path}`, content: def.content, status: 'publish' },
      });
      posts.push({ role, path, def, id: post.id, link: post.link });
    }
  }
  // A host that sets DISALLOW_UNFILTERED_HTML: the administrator's scripts are stripped too.
  wp.setConfig("define('DISALLOW_UNFILTERED_HTML', true);");
  const locked = await wp.rest(wp.users.admin, '/wp/v2/posts', {
    method: 'POST',
    // No long unbreakable word in the title: themes print it in their next/previous-post links.
    body: {
      title: 'admin, unfiltered HTML disallowed: ES-module snippet',
      content: paths['ES-module snippet, Custom HTML block'].content,
      status: 'publish',
    },
  });
  wp.setConfig('');
  posts.push({
    role: 'admin (DISALLOW_UNFILTERED_HTML)',
    path: 'ES-module snippet, Custom HTML block',
    def: { ...paths['ES-module snippet, Custom HTML block'], expect: () => 'widget', strippedScript: true },
    id: locked.id,
    link: locked.link,
  });
  const lockedRaw = await wp.rest(wp.users.admin, `/wp/v2/posts/${locked.id}?context=edit`);
  check(
    'with DISALLOW_UNFILTERED_HTML the administrator’s <script> is stripped, the tags kept',
    !/<script/.test(lockedRaw.content.raw) && /<ipr-stat-card/.test(lockedRaw.content.raw),
    lockedRaw.content.raw.slice(0, 200),
  );

  const bad = await wp.rest(wp.users.author, '/wp/v2/posts', {
    method: 'POST',
    body: {
      title: 'author: bad shortcode attributes',
      content:
        '[ipr_stat_card metric="no-such-metric"]Our own words about the figure.[/ipr_stat_card]\n\n[ipr_chart chart="prosecutions-trend" theme="neon" lang="&lt;b&gt;"]\n\n[ipr_stat_card value="abc" label="x"]\n\n[ipr_chart]\nYear, Cases\n2024, many\n[/ipr_chart]\n\n[ipr_report sections="nope"]\n\n[ipr_stat_card metric="punitive-damages-cases" period="1999"]\n\n[ipr_chart]{"labels": "x"}[/ipr_chart]\n\n[ipr_chart]{not json[/ipr_chart]\n\n[ipr_stat_card value="5" label="cases" change="lots" source-url="javascript:alert(1)"]',
      status: 'publish',
    },
  });

  const themes = [
    { name: 'Twenty Twenty-Three', slug: 'twentytwentythree', column: '.wp-block-post-content' },
    { name: 'Twenty Twenty-One', slug: 'twentytwentyone', column: '.entry-content' },
  ];
  // Every role × path on the first theme at 1280 px; on the second, the author's posts and the
  // locked administrator's; narrow and dark, the author's shortcodes and pasted tags (all of it
  // with IPR_WP_SHOTS, for the screenshots).
  const authorPosts = posts.filter((p) => p.role !== 'admin' && p.role !== 'editor');
  const sample = posts.filter((p) => p.role === 'author' && /^(shortcodes, classic|tags only)/.test(p.path));
  for (const [n, theme] of themes.entries()) {
    setTheme(theme.slug, 'light');
    await each(shots || n === 0 ? posts : authorPosts, (post) => readerCheck(post, theme, 'light', 1280));
    await each(shots ? posts : sample, (post) => readerCheck(post, theme, 'light', 390));
    setTheme(theme.slug, 'dark');
    await each(shots ? posts : sample, (post) => readerCheck(post, theme, 'dark', 1280));
    await each(shots ? posts : sample, (post) => readerCheck(post, theme, 'dark', 390));
    setTheme(theme.slug, 'light');
  }

  console.log('  What a reader saw (Twenty Twenty-Three / Twenty Twenty-One):');
  for (const post of posts) {
    console.log(`    ${post.role} · ${post.path}: ${Object.values(post.seen ?? {}).join(' / ')}`);
  }
  await blockEditorCheck();
  await badInputCheck(bad);
  await feedCheck();
  // After the feed check: these posts would push the author's older ones out of the feed.
  await pastedUrlChecks(base);
  // WordPress 6.1 on PHP 8.2 logs deprecations of its own; anything else, or anything of ours, fails.
  const log = wp
    .debugLog()
    .split('\n')
    .filter((l) => l.includes('ip-report-widgets') || /PHP (Warning|Notice|Fatal|Parse)/.test(l));
  check('no PHP notice, warning or error was logged', log.length === 0, log.slice(0, 5).join('\n'));
}

/** Runs `task` on every item, three at a time. */
async function each(items, task) {
  const queue = [...items];
  await Promise.all(
    [1, 2, 3].map(async () => {
      while (queue.length) await task(queue.shift());
    }),
  );
}

async function installPlugin() {
  const page = await browser.newPage();
  try {
    await login(page, wp.users.admin);
    await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'domcontentloaded' });
    const input = await page.waitForSelector('input#pluginzip');
    await input.uploadFile(zip);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 60_000 }),
      page.click('#install-plugin-submit'),
    ]);
    const activate = await page.waitForSelector('a.button-primary[href*="action=activate"]', {
      timeout: 30_000,
    });
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), activate.click()]);
  } finally {
    await page.close();
  }
}

async function login(page, user) {
  // On a loaded machine typing can start before the form is ready: try again until WordPress
  // leaves the login page.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${wp.url}/wp-login.php`, { waitUntil: 'load' });
    await page.$eval('#user_login', (e) => (e.value = ''));
    await page.type('#user_login', user.login);
    await page.type('#user_pass', user.password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
    if (!page.url().includes('wp-login.php')) return;
    if (attempt === 3) throw new Error(`could not log in as ${user.login}`);
  }
}

/** Activates a theme in its light look or its dark one (TT3: the Pitch style; TT1: dark mode). */
function setTheme(slug, look) {
  wp.php(`
wp_set_current_user(1);
switch_theme('${slug}');
if ('${slug}' === 'twentytwentyone') {
  set_theme_mod('respect_user_color_preference', ${look === 'dark' ? 'true' : 'false'});
}
if ('${slug}' === 'twentytwentythree') {
  $theme = wp_get_theme();
  $post = WP_Theme_JSON_Resolver::get_user_data_from_wp_global_styles($theme, true);
  $config = array('version' => 2, 'isGlobalStylesUserThemeJSON' => true);
  if ('${look}' === 'dark') {
    $pitch = json_decode(file_get_contents(get_theme_file_path('styles/pitch.json')), true);
    $config['settings'] = $pitch['settings'] ?? array();
    $config['styles'] = $pitch['styles'] ?? array();
  }
  wp_update_post(wp_slash(array('ID' => $post['ID'], 'post_content' => wp_json_encode($config))));
}
`);
}

/** Opens a post as a reader (logged out) and asserts what shows. */
async function readerCheck(post, theme, look, width) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: look === 'dark' ? 'dark' : 'light' },
  ]);
  const label = `${theme.name} ${look} ${width}px, ${post.role} · ${post.path}`;
  try {
    await page.goto(post.link, { waitUntil: 'load' });
    const want = post.def.expect(post.role.split(' ')[0]);
    // Scroll through, so that charts come near the viewport and draw.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 60));
      }
      window.scrollTo(0, 0);
    });
    const seen = await page
      .waitForFunction(
        (n, want) => {
          const widgets = [...document.querySelectorAll('ipr-stat-card, ipr-chart, ipr-report')];
          if (want === 'fallback') return true;
          if (want === 'iframe') {
            // Until the resizer has sized the (lazy) frame and hidden the text beside it.
            document.querySelector('iframe')?.scrollIntoView({ block: 'center' });
            return [...document.querySelectorAll('[data-ipr-fallback]')].every(
              (e) => e.getBoundingClientRect().height === 0,
            );
          }
          if (widgets.length < n) return false;
          return widgets.every((w) => {
            if (!customElements.get(w.localName) || !w.shadowRoot?.textContent.trim()) return false;
            if (w.shadowRoot.querySelector('[part~="error"], [part~="fallback"]')) return true;
            if (w.localName === 'ipr-report') return true;
            if (w.localName === 'ipr-chart' && !w.chartInstance) {
              // Charts draw when they come near the viewport.
              w.scrollIntoView({ block: 'center' });
              return false;
            }
            return /Source|来源/.test(w.shadowRoot.textContent);
          });
        },
        { timeout: 45_000, polling: 250 },
        post.def.widgets,
        want,
      )
      .then(() => true)
      .catch(() => false);
    const report = await page.evaluate((column) => {
      const col = document.querySelector(column);
      const colBox = col?.getBoundingClientRect();
      const widgets = [...document.querySelectorAll('ipr-stat-card, ipr-chart, ipr-report')].map((w) => {
        const box = w.getBoundingClientRect();
        const top = w.shadowRoot?.firstElementChild;
        return {
          tag: w.localName,
          defined: Boolean(customElements.get(w.localName)),
          shadow: (w.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
          error: Boolean(w.shadowRoot?.querySelector('[part~="error"]')),
          fallback: Boolean(w.shadowRoot?.querySelector('[part~="fallback"]')),
          inColumn: colBox ? box.left >= colBox.left - 1 && box.right <= colBox.right + 1 : false,
          width: box.width,
          colour: top ? getComputedStyle(top).color : '',
        };
      });
      const text = (col?.innerText ?? '').replace(/\s+/g, ' ');
      return {
        widgets,
        text,
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        iframes: [...(col?.querySelectorAll('iframe') ?? [])].map((f) => f.getBoundingClientRect().height),
        framesInColumn: [...(col?.querySelectorAll('iframe') ?? [])].every((f) => {
          const box = f.getBoundingClientRect();
          return colBox && box.left >= colBox.left - 1 && box.right <= colBox.right + 1 && box.width > 150;
        }),
        // The text the iframe snippet puts beside its frame: shown, and how many links it kept.
        fallbacks: [...(col?.querySelectorAll('[data-ipr-fallback]') ?? [])].map((e) => ({
          shown: e.getBoundingClientRect().height > 0,
          links: e.querySelectorAll('a[href^="http"]').length,
        })),
        background: getComputedStyle(document.body).backgroundColor,
        // Fallback text the plugin printed that ended up outside its widget's tag.
        stray: [...document.querySelectorAll('.ipr-fallback')].filter(
          (e) => !e.closest('ipr-stat-card, ipr-chart, ipr-report'),
        ).length,
      };
    }, theme.column);
    const light = (rgb) => {
      const [r, g, b] = rgb.match(/\d+/g).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128;
    };
    post.seen ??= {};
    if (want === 'widget') {
      const drawn = report.widgets.filter((w) => w.defined && !w.error && !w.fallback);
      check(
        `${label}: ${post.def.widgets} widget(s) drawn`,
        seen && drawn.length === post.def.widgets,
        JSON.stringify(report.widgets.map((w) => [w.tag, w.defined, w.error, w.shadow.slice(0, 80)])),
      );
      check(`${label}: no fallback text outside a widget`, report.stray === 0, `${report.stray} stray`);
      check(
        `${label}: widgets inside the text column`,
        report.widgets.length > 0 && report.widgets.every((w) => w.inColumn && w.width > 150),
        JSON.stringify(report.widgets.map((w) => [w.tag, w.inColumn, w.width])),
      );
      if (look === 'dark') {
        check(
          `${label}: widgets dark on the dark style`,
          report.widgets.every((w) => light(w.colour)),
          `${report.background} ${report.widgets.map((w) => w.colour)}`,
        );
      }
      post.seen[theme.slug] = drawn.map((w) => w.tag).join(', ');
    } else if (want === 'author-fallback') {
      const fb = report.widgets.filter((w) => w.fallback);
      check(
        `${label}: the author's text with the notice, no developer message`,
        fb.length === 1 &&
          !report.text.includes('Give a chart id') &&
          report.text.includes('Our IP cases won'),
        JSON.stringify(report.widgets),
      );
      post.seen[theme.slug] = 'notice + the author’s text';
    } else if (want === 'fallback') {
      check(
        `${label}: the fallback text, no iframe`,
        report.iframes.length === 0 && report.text.includes('460 cases with punitive damages'),
        report.text.slice(0, 200),
      );
      if (post.def.iframe) {
        // The iframe snippet's text beside the frame: kept by kses with its links.
        check(
          `${label}: the text beside the stripped frame, with its source and figure links`,
          report.fallbacks.length === 1 && report.fallbacks[0].shown && report.fallbacks[0].links >= 2,
          JSON.stringify(report.fallbacks),
        );
      }
      post.seen[theme.slug] = 'fallback text';
    } else if (want === 'iframe') {
      check(
        `${label}: the iframe, in the text column`,
        report.iframes.length === 1 && report.iframes[0] > 100 && report.framesInColumn,
        JSON.stringify(report.iframes),
      );
      // The resizer sized the frame (shown at its widget's height, not the 280 of the attribute)
      // and hid the text beside it.
      check(
        `${label}: the frame sized by the resizer and the text beside it hidden`,
        report.iframes[0] !== 280 && report.fallbacks.length === 1 && !report.fallbacks[0].shown,
        JSON.stringify([report.iframes, report.fallbacks]),
      );
      post.seen[theme.slug] = 'iframe';
    }
    check(
      `${label}: no sideways scroll`,
      report.scrollWidth <= report.innerWidth,
      `${report.scrollWidth} > ${report.innerWidth}`,
    );
    check(`${label}: no console error`, errors.length === 0, errors.join('\n'));
    if (shots) {
      mkdirSync(shots, { recursive: true });
      const file =
        `${theme.slug}-${look}-${width}-${post.role.replace(/\W+/g, '_')}-${post.path.replace(/\W+/g, '_')}.png`.toLowerCase();
      await page.screenshot({ path: join(shots, file), fullPage: true });
    }
  } finally {
    await context.close();
  }
}

/**
 * Paste-a-URL: an author's post whose content is the address of an embed page, in an Embed block
 * and alone on a line of classic content. WordPress's own discovery (WP_oEmbed::discover, the
 * page's <link rel="alternate" type="application/json+oembed">) makes it an embed; as for every
 * provider it does not list, wp_filter_oembed_result keeps only the iframe and gives it
 * sandbox="allow-scripts" and a secret, and wp-embed.js sizes it from the frame's height messages
 * (200 to 1,000 px). The reader sees the widget drawn in that frame, at its height.
 */
async function pastedUrlChecks(base) {
  const cases = [
    {
      name: 'a chart’s page in an Embed block',
      url: `${base}embed/growth-comparison.en.html`,
      content: (url) =>
        `<!-- wp:embed {"url":"${url}","type":"rich"} -->\n<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`,
      tag: 'ipr-chart',
      text: 'Year-on-year growth in 2024',
    },
    {
      name: 'a Chinese stat card’s page alone on a line of classic content',
      url: `${base}embed/punitive-damages-cases.zh.html`,
      content: (url) => `我们的数据：\n\n${url}\n\n以上。`,
      tag: 'ipr-stat-card',
      text: '适用惩罚性赔偿案件',
    },
  ];
  setTheme('twentytwentythree', 'light');
  for (const c of cases) {
    const post = await wp.rest(wp.users.author, '/wp/v2/posts', {
      method: 'POST',
      body: { title: `author: pasted URL, ${c.name}`, content: c.content(c.url), status: 'publish' },
    });
    const label = `pasted URL, ${c.name}`;
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(post.link, { waitUntil: 'load', timeout: 60_000 });
      const handle = await page.$('.wp-block-post-content iframe.wp-embedded-content');
      const attrs = handle
        ? await handle.evaluate((f) => ({
            sandbox: f.getAttribute('sandbox'),
            src: f.getAttribute('src'),
            secret: f.dataset.secret,
            title: f.title,
          }))
        : undefined;
      check(
        `${label}: WordPress discovered it and made a sandboxed frame of embed.html with a secret`,
        Boolean(attrs) &&
          attrs.sandbox === 'allow-scripts' &&
          attrs.src.startsWith(`${base}embed.html?`) &&
          attrs.src.endsWith(`#?secret=${attrs.secret}`),
        JSON.stringify(attrs) +
          (await page.$eval('.wp-block-post-content', (e) => e.innerHTML.slice(0, 400))),
      );
      if (!handle) continue;
      await handle.evaluate((f) => f.scrollIntoView({ block: 'center' }));
      const frame = await handle.contentFrame();
      const drawn = await frame
        .waitForFunction(
          (tag, text) => {
            const el = document.querySelector(tag);
            return Boolean(customElements.get(tag) && el?.shadowRoot?.textContent.includes(text));
          },
          { timeout: 45_000, polling: 250 },
          c.tag,
          c.text,
        )
        .then(
          () => true,
          () => false,
        );
      check(`${label}: the frame shows the widget drawn`, drawn);
      // wp-embed.js sets the frame's height attribute from the frame's message, kept to 200 … 1,000.
      const sized = await page
        .waitForFunction(
          (f) => {
            const h = Number(f.getAttribute('height'));
            const inner = Math.ceil(f.contentDocument?.body.getBoundingClientRect().height ?? NaN);
            // An opaque frame: its document is not the page's to read, so the frame tells.
            return h >= 200 && h <= 1000 && !f.hasAttribute('style') && (Number.isNaN(inner) || inner === h);
          },
          { timeout: 20_000, polling: 250 },
          handle,
        )
        .then(
          () => true,
          () => false,
        );
      const height = await handle.evaluate((f) => [
        f.getAttribute('height'),
        f.getBoundingClientRect().height,
      ]);
      const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const host = await page.evaluate(() => ({
        wpEmbed: Boolean(window.wp?.receiveEmbedMessage),
        quotes: [...document.querySelectorAll('blockquote.wp-embedded-content')].map((q) =>
          q.outerHTML.slice(0, 120),
        ),
        html: document.querySelector('.wp-block-post-content').innerHTML.slice(0, 900),
      }));
      check(
        `${label}: wp-embed.js sized the frame to its widget (${height[0]} px for ${inner} px)`,
        sized && Math.abs(Number(height[0]) - Math.min(Math.max(inner, 200), 1000)) <= 1,
        JSON.stringify({ height, inner, host }),
      );
      const box = await page.evaluate((f) => {
        const col = document.querySelector('.wp-block-post-content').getBoundingClientRect();
        const b = f.getBoundingClientRect();
        return { inColumn: b.left >= col.left - 1 && b.right <= col.right + 1, width: b.width };
      }, handle);
      check(
        `${label}: the frame inside the text column`,
        box.inColumn && box.width > 300,
        JSON.stringify(box),
      );
      check(`${label}: no console error`, errors.length === 0, errors.join('\n'));
      if (shots) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: join(shots, `pasted-url-${c.tag}.png`), fullPage: true });
      }
    } finally {
      await context.close();
    }
  }
}

/** The block in the block editor: an author inserts it and the preview draws the widget. */
async function blockEditorCheck() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await login(page, wp.users.author);
    // The block editor is the heaviest page here: on a loaded machine it takes a while.
    await page.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('ip-report-widgets/widget'), {
      timeout: 120_000,
    });
    await page.evaluate(() =>
      window.wp.data.dispatch('core/block-editor').insertBlocks(
        window.wp.blocks.createBlock('ip-report-widgets/widget', {
          kind: 'stat-card',
          metric: 'ip-cases-concluded',
        }),
      ),
    );
    const drawn = await page
      .waitForFunction(
        () => {
          const card = document.querySelector('ipr-stat-card');
          return card?.shadowRoot && /494,000/.test(card.shadowRoot.textContent);
        },
        { timeout: 30_000 },
      )
      .then(
        () => true,
        () => false,
      );
    check('the block: an author inserts it in the block editor and its preview draws the card', drawn);
    if (shots) await page.screenshot({ path: join(shots, 'block-editor-author.png') });
  } catch (error) {
    check(
      'the block: an author inserts it in the block editor and its preview draws the card',
      false,
      String(error),
    );
  } finally {
    await context.close();
  }
}

/** Bad attributes: editors see short notes, readers the plain fallback; no PHP notice. */
async function badInputCheck(post) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.goto(post.link, { waitUntil: 'load' });
    const reader = await page.evaluate(() => ({
      notes: document.querySelectorAll('.ipr-editor-note').length,
      text: document.body.innerText,
      widgets: [...document.querySelectorAll('ipr-stat-card, ipr-chart, ipr-report')].map((w) => w.localName),
    }));
    check('bad shortcode attributes: readers see no notes', reader.notes === 0, String(reader.notes));
    check(
      'bad shortcode attributes: readers get the text between the tags as the fallback',
      reader.text.includes('Our own words about the figure.'),
    );
    check(
      'bad shortcode attributes: a bad theme or lang is left out and the chart still shows',
      reader.widgets.includes('ipr-chart'),
      reader.widgets.join(),
    );
    await login(page, wp.users.author);
    await page.goto(post.link, { waitUntil: 'load' });
    const notes = await page.$$eval('.ipr-editor-note', (els) => els.map((e) => e.textContent));
    check(
      'bad shortcode attributes: the post’s author sees one short note per problem',
      notes.length === 11 && notes.every((n) => n.length < 300),
      JSON.stringify(notes),
    );
    if (shots) await page.screenshot({ path: join(shots, 'bad-input-as-author.png'), fullPage: true });
  } finally {
    await context.close();
  }
}

async function feedCheck() {
  const feed = await (await fetch(`${wp.url}/?feed=rss2&author=${wp.users.author.id}`)).text();
  const items = feed.split('<item>').slice(1);
  const item = items.find((i) => i.includes('author: shortcodes, classic content'));
  check(
    'RSS: the shortcode post carries the figures and the author chart’s text',
    Boolean(item) &&
      item.includes('>460<') &&
      item.includes('cases with punitive damages') &&
      item.includes('Our IP cases'),
    item?.slice(0, 400),
  );
  // A bundled chart comes as the email-safe markup: its static image and source links.
  const images = [...(item ?? '').matchAll(/<img src="([^"]+)"[^>]*alt="([^"]+)"/g)];
  const links = [...(item ?? '').matchAll(/<a href="(https?:[^"]+)"/g)];
  check(
    'RSS: a bundled chart shows its image with alt text',
    images.length === 1,
    images.map((m) => m[1]),
  );
  for (const [, src] of images) {
    const res = await fetch(src.replace(/&#0?38;|&amp;/g, '&'));
    check(
      `RSS: the chart image ${src.split('/').pop()} is served`,
      res.ok &&
        res.headers.get('content-type') === 'image/png' &&
        (await res.arrayBuffer()).byteLength > 10_000,
      `${res.status} ${res.headers.get('content-type')}`,
    );
  }
  check('RSS: the figures’ sources are links', links.length >= 2, links.length);
  check(
    'RSS: no raw shortcode, no widget tag, no script in a shortcode post',
    Boolean(item) && !/\[ipr_|<ipr-|&lt;ipr-|<script|&lt;script/.test(item),
    item?.slice(0, 400),
  );
}
