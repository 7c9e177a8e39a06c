// A private WordPress for tests: Debian's `wordpress` package (6.1) copied into a temp dir with its
// own wp-config.php, its own MariaDB data dir on a unix socket, and its own Apache (mod_php) on a
// free 127.0.0.1 port. Nothing system-wide changes; stop() ends both servers and removes the dir.
//
//   const wp = await startWordPress();   // or null, with the reason printed, when it cannot run
//   wp.url, wp.users.admin.{login, password, appPassword}, await wp.php('echo home_url();'), await wp.stop()
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WP_TREE = '/usr/share/wordpress';
const THEMES = ['twentytwentythree', 'twentytwentyone'];

/** Debian packages the WordPress test needs, each with a file that shows it is installed. */
const PACKAGES = {
  wordpress: () => existsSync(join(WP_TREE, 'wp-load.php')),
  'wordpress-theme-twentytwentythree': () =>
    existsSync(join(WP_TREE, 'wp-content/themes/twentytwentythree/theme.json')),
  'wordpress-theme-twentytwentyone': () =>
    existsSync(join(WP_TREE, 'wp-content/themes/twentytwentyone/style.css')),
  apache2: () => existsSync('/usr/sbin/apache2'),
  'libapache2-mod-php': () => Boolean(modPhp()),
  'php-mysql': () =>
    existsSync('/usr/bin/php') &&
    spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0,
  'mariadb-server': () => Boolean(mariadbd()) && existsSync('/usr/bin/mariadb-install-db'),
};
export const WORDPRESS_PACKAGES = Object.keys(PACKAGES);

function modPhp() {
  const dir = '/usr/lib/apache2/modules';
  if (!existsSync(dir)) return undefined;
  const lib = readdirSync(dir).find((f) => /^libphp[\d.]*\.so$/.test(f));
  return lib && join(dir, lib);
}

const mariadbd = () => ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((p) => existsSync(p));

/**
 * What is missing to run WordPress here. As root on Debian it installs the missing packages with
 * apt-get first (as CI starts from a bare machine); otherwise returns the one line to say.
 */
export function wordpressAvailable({ install = true } = {}) {
  let missing = WORDPRESS_PACKAGES.filter((name) => !PACKAGES[name]());
  if (!missing.length) return { ok: true };
  const isRoot = process.getuid?.() === 0;
  if (install && isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    console.error(`WordPress test: installing Debian packages ${missing.join(' ')} with apt-get …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // Installing apache2 and mariadb-server must not start the system's own servers.
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !existsSync(policy);
    if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
        stdio: 'inherit',
        env,
      });
    } finally {
      if (ownPolicy) rmSync(policy, { force: true });
    }
    missing = WORDPRESS_PACKAGES.filter((name) => !PACKAGES[name]());
    if (!missing.length) return { ok: true };
  }
  return {
    ok: false,
    reason: `WordPress test skipped: needs the Debian packages ${missing.join(' ')} (apt-get install ${missing.join(' ')}).`,
  };
}

/** A port the OS says is free on 127.0.0.1 (or IPR_WP_PORT). */
export function freePort() {
  if (process.env.IPR_WP_PORT) return Promise.resolve(Number(process.env.IPR_WP_PORT));
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, test, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await test()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`WordPress test: ${what} did not come up in ${timeout / 1000} s`);
    await sleep(150);
  }
}

/** Ends a child process and waits for it, escalating to SIGKILL after a few seconds. */
function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const phpString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts WordPress and returns its address, three users (administrator, editor, author) with
 * application passwords, a `php(code)` runner inside WordPress, and `stop()`. Returns null, after
 * printing why, when the packages are missing and cannot be installed.
 */
export async function startWordPress({ log = () => {}, keep = false } = {}) {
  const available = wordpressAvailable();
  if (!available.ok) {
    console.log(available.reason);
    return null;
  }
  const root = mkdtempSync(join(tmpdir(), 'ipr-wp-'));
  // Apache's children run as www-data when started as root, and must reach the tree and socket.
  chmodSync(root, 0o755);
  const isRoot = process.getuid?.() === 0;
  const children = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killNow);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await Promise.all(children.map(stopChild));
    if (!keep) rmSync(root, { recursive: true, force: true });
  };
  const killNow = () => {
    // SIGTERM: Apache's parent then ends its own children (SIGKILL would orphan them).
    for (const child of children) child.kill('SIGTERM');
  };
  const onSignal = () => {
    killNow();
    if (!keep) rmSync(root, { recursive: true, force: true });
    process.exit(130);
  };
  process.on('exit', killNow);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const sock = join(root, 'mysqld.sock');
    const started = Date.now();

    // MariaDB: a data dir of its own, reachable only through its socket.
    const datadir = join(root, 'db');
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...(isRoot ? ['--user=root'] : []),
      ],
      { stdio: 'pipe' },
    );
    const db = spawn(
      mariadbd(),
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${sock}`,
        '--skip-networking',
        `--pid-file=${join(root, 'mysqld.pid')}`,
        `--log-error=${join(root, 'mysqld.err')}`,
        '--innodb-buffer-pool-size=32M',
        ...(isRoot ? ['--user=root'] : []),
      ],
      { stdio: 'ignore' },
    );
    children.push(db);
    const sql = (statements) =>
      execFileSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', statements], {
        stdio: 'pipe',
      });
    await until('MariaDB', () => (sql('SELECT 1'), true));
    const dbPassword = randomBytes(12).toString('hex');
    sql(
      `CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${dbPassword}'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';`,
    );
    log(`MariaDB up after ${Date.now() - started} ms`);

    // WordPress: a copy of Debian's tree (PHP resolves symlinks, so a linked tree would find
    // Debian's wp-config.php again), with the themes and a wp-content of its own.
    const tree = join(root, 'wp');
    cpSync(WP_TREE, tree, { recursive: true, verbatimSymlinks: true });
    rmSync(join(tree, 'wp-config.php'));
    mkdirSync(join(tree, 'wp-content/uploads'), { recursive: true });
    for (const theme of THEMES)
      if (!existsSync(join(tree, 'wp-content/themes', theme))) throw new Error(`theme ${theme} missing`);
    const salt = () => phpString(randomBytes(24).toString('base64'));
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    writeFileSync(
      join(tree, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', ${phpString(dbPassword)});
define('DB_HOST', ${phpString(`localhost:${sock}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((k) => `define('${k}', ${salt()});`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', ${phpString(url)});
define('WP_SITEURL', ${phpString(url)});
// Application passwords without HTTPS.
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', ${phpString(join(root, 'php-debug.log'))});
define('WP_DEBUG_DISPLAY', false);
// No network here but this server: no update checks, no cron loopback requests.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
// Constants a test sets while the server runs (wp.setConfig).
if (is_readable(${phpString(join(root, 'extra-config.php'))})) include ${phpString(join(root, 'extra-config.php'))};
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    if (isRoot) execFileSync('chown', ['-R', 'www-data:www-data', join(tree, 'wp-content')]);

    /** Runs PHP inside WordPress (as the CLI), returning what it prints. */
    const php = (code) => {
      const file = join(root, `run-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require ${phpString(join(tree, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/plugin.php';
${code}
`,
      );
      try {
        return execFileSync('php', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        const log = existsSync(join(root, 'php-debug.log'))
          ? readFileSync(join(root, 'php-debug.log'), 'utf8')
          : '';
        const fatal = log.split('\n').filter((l) => /PHP (Fatal|Parse)/.test(l));
        throw new Error(`WordPress test: PHP failed: ${fatal.join('\n') || error.stderr || error.message}`);
      } finally {
        rmSync(file, { force: true });
      }
    };

    const users = {
      admin: { login: 'admin', role: 'administrator', password: randomBytes(9).toString('hex') },
      editor: { login: 'editor', role: 'editor', password: randomBytes(9).toString('hex') },
      author: { login: 'author', role: 'author', password: randomBytes(9).toString('hex') },
    };
    const installFile = join(root, 'install.php');
    writeFileSync(
      installFile,
      `<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
require ${phpString(join(tree, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('IP report widgets test', 'admin', 'admin@example.invalid', true, '', ${phpString(users.admin.password)});
`,
    );
    execFileSync('php', [installFile], { stdio: 'pipe' });
    const made = JSON.parse(
      php(`
$out = array();
foreach (json_decode(${phpString(JSON.stringify(users))}, true) as $key => $u) {
  $id = username_exists($u['login']);
  if (!$id) $id = wp_insert_user(array('user_login' => $u['login'], 'user_pass' => $u['password'], 'role' => $u['role'], 'user_email' => $u['login'] . '@example.invalid', 'display_name' => ucfirst($key)));
  list($app) = WP_Application_Passwords::create_new_application_password($id, array('name' => 'ipr-test'));
  $out[$key] = array('id' => $id, 'appPassword' => $app);
}
echo wp_json_encode($out);
`),
    );
    for (const key of Object.keys(users)) Object.assign(users[key], made[key]);
    log(`WordPress installed after ${Date.now() - started} ms`);

    // Apache: its own config, ServerRoot and pid file; mod_php needs the prefork MPM.
    const run = join(root, 'run');
    mkdirSync(run);
    const mods = '/usr/lib/apache2/modules';
    const conf = join(root, 'apache.conf');
    writeFileSync(
      conf,
      `ServerRoot ${root}
DefaultRuntimeDir ${run}
PidFile ${run}/apache2.pid
Mutex file:${run} default
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
LoadModule mpm_prefork_module ${mods}/mod_mpm_prefork.so
LoadModule authz_core_module ${mods}/mod_authz_core.so
LoadModule dir_module ${mods}/mod_dir.so
LoadModule mime_module ${mods}/mod_mime.so
LoadModule php_module ${modPhp()}
${isRoot ? 'User www-data\nGroup www-data' : ''}
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
ErrorLog ${root}/apache-error.log
LogLevel warn
TypesConfig /etc/mime.types
DocumentRoot ${tree}
DirectoryIndex index.php index.html
<Directory />
  AllowOverride None
  Require all denied
</Directory>
# Debian's tree links some scripts (underscore, backbone, cropper) from here.
<Directory /usr/share/javascript>
  Require all granted
</Directory>
<Directory ${tree}>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`,
    );
    // A process group of its own: Apache signals its whole group when it stops.
    const apache = spawn('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let apacheErr = '';
    apache.stderr.on('data', (d) => (apacheErr += d));
    children.push(apache);
    await until('Apache', async () => {
      if (apache.exitCode !== null) throw Object.assign(new Error(apacheErr), { fatal: true });
      return (await fetch(`${url}/?rest_route=/`)).ok;
    }).catch((error) => {
      throw new Error(`${error.message}\n${apacheErr}`);
    });
    log(`Apache up after ${Date.now() - started} ms`);

    return {
      url,
      root,
      tree,
      users,
      php,
      /** The PHP notices and warnings WordPress logged so far. */
      debugLog: () =>
        existsSync(join(root, 'php-debug.log')) ? readFileSync(join(root, 'php-debug.log'), 'utf8') : '',
      /** PHP lines (constants such as DISALLOW_UNFILTERED_HTML) that wp-config.php includes from now on; '' for none. */
      setConfig: (code) => writeFileSync(join(root, 'extra-config.php'), `<?php\n${code}\n`),
      /** `fetch` against the REST API as one of the users (application password). */
      rest: async (user, route, { method = 'GET', body } = {}) => {
        const [path, query] = route.split('?');
        const response = await fetch(
          `${url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`,
          {
            method,
            headers: {
              authorization: `Basic ${Buffer.from(`${user.login}:${user.appPassword}`).toString('base64')}`,
              ...(body ? { 'content-type': 'application/json' } : {}),
            },
            body: body ? JSON.stringify(body) : undefined,
          },
        );
        const json = await response.json();
        if (!response.ok)
          throw new Error(`WordPress test: ${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
        return json;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
