// Finds the three browser engines the tests run in: an environment variable, else the usual install
// paths. As root on Debian with one missing, installs its Debian packages with apt-get; otherwise
// says in one line how to get it. `node scripts/find-browsers.mjs` prints what it found.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const onDebian = existsSync('/etc/debian_version');

/** What each engine needs: binaries (env var, candidate paths), Debian packages, a hint when missing. */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    binaries: {
      browser: {
        env: 'CHROME_PATH',
        candidates: [
          '/usr/bin/chromium',
          '/usr/bin/chromium-browser',
          '/usr/bin/google-chrome',
          '/usr/bin/google-chrome-stable',
          '/opt/google/chrome/chrome',
          '/snap/bin/chromium',
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
          '/Applications/Chromium.app/Contents/MacOS/Chromium',
        ],
      },
    },
    packages: ['chromium', 'fonts-noto-cjk'],
    hint: 'install one (Debian: apt-get install chromium) or set CHROME_PATH to its binary',
  },
  firefox: {
    label: 'Firefox',
    binaries: {
      browser: {
        env: 'FIREFOX_PATH',
        candidates: [
          '/usr/bin/firefox-esr',
          '/usr/bin/firefox',
          '/usr/lib/firefox-esr/firefox-esr',
          '/opt/firefox/firefox',
          '/snap/bin/firefox',
          '/Applications/Firefox.app/Contents/MacOS/firefox',
        ],
      },
    },
    packages: ['firefox-esr', 'fonts-noto-cjk'],
    hint: 'install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH to its binary',
  },
  webkit: {
    label: 'WebKit',
    binaries: {
      driver: { env: 'WEBKIT_DRIVER_PATH', candidates: ['/usr/bin/WebKitWebDriver'] },
      browser: {
        env: 'WEBKIT_BROWSER_PATH',
        candidates: [
          '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
          '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
        ],
      },
      xvfb: { env: 'XVFB_PATH', candidates: ['/usr/bin/Xvfb'] },
    },
    packages: ['webkit2gtk-driver', 'xvfb', 'fonts-noto-cjk'],
    hint: 'install WebKitGTK (Debian: apt-get install webkit2gtk-driver xvfb) or set WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH and XVFB_PATH',
  },
};

function locate(engine) {
  const paths = {};
  for (const [role, { env, candidates }] of Object.entries(ENGINES[engine].binaries)) {
    const fromEnv = process.env[env];
    if (fromEnv) {
      if (!existsSync(fromEnv)) throw new Error(`${env} is set to ${fromEnv}, which does not exist.`);
      paths[role] = fromEnv;
    } else {
      const found = candidates.find((p) => existsSync(p));
      if (!found) return undefined;
      paths[role] = found;
    }
  }
  return paths;
}

/**
 * The binaries of one engine (`{ browser }`, for WebKit also `{ driver, xvfb }`). Installs the Debian
 * packages when allowed and possible; throws with one line saying how to get the engine otherwise.
 */
export function findEngine(engine, { install = true } = {}) {
  const spec = ENGINES[engine];
  let paths = locate(engine);
  if (!paths && install && isRoot && onDebian) {
    console.error(
      `No ${spec.label} found: installing Debian packages ${spec.packages.join(', ')} with apt-get …`,
    );
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...spec.packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    paths = locate(engine);
  }
  if (!paths) throw new Error(`No ${spec.label} found: ${spec.hint}.`);
  return paths;
}

/** The Chromium or Chrome binary (kept for the scripts that drive Chromium alone). */
export const findChrome = (options) => findEngine('chromium', options).browser;

/** Flags for headless Chromium here: no sandbox as root, no background network traffic. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** The version string each engine reports (for the README and the test summary). */
export function engineVersion(engine, paths) {
  try {
    if (engine === 'webkit') {
      // MiniBrowser and WebKitWebDriver print no version: ask the package manager that installed them.
      const owner = execFileSync('dpkg', ['-S', paths.driver], { encoding: 'utf8' }).split(':')[0];
      const version = execFileSync('dpkg-query', ['-W', '-f', '${Version}', owner], { encoding: 'utf8' });
      return `WebKitGTK ${version.split('-')[0]}`;
    }
    return execFileSync(paths.browser, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .pop();
  } catch {
    return 'version unknown';
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let missing = 0;
  for (const engine of Object.keys(ENGINES)) {
    try {
      const paths = findEngine(engine, { install: false });
      console.log(
        `${ENGINES[engine].label}: ${Object.values(paths).join(', ')} (${engineVersion(engine, paths)})`,
      );
    } catch (error) {
      missing++;
      console.log(error.message);
    }
  }
  process.exit(missing ? 1 : 0);
}
