// Serves the project folder (demo/ and the built dist/) on http://127.0.0.1:$PORT (default 8000).
// Only this folder, checked by path segments, and not node_modules/. It listens on 127.0.0.1
// unless HOST (or --host <address>) names another interface, such as 0.0.0.0 for every one.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const port = Number(process.env.PORT) || 8000;
const flag = process.argv.indexOf('--host');
const host = (flag > 0 && process.argv[flag + 1]) || process.env.HOST || '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * The file a request path names inside `base`, or `undefined` when it would leave it (a `..`
 * segment, encoded or not, or a sibling folder whose name starts with the same letters), name
 * something in node_modules/, or is not a well-formed path.
 */
export function fileIn(base, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(join(base, decoded));
  const inside = relative(base, file);
  if (isAbsolute(inside) || inside.split(sep).some((s) => s === '..' || s === 'node_modules'))
    return undefined;
  return file;
}

/** Starts the server; `root` (the project folder by default) is what it serves. */
export function serve({ port: p = port, host: h = host, root: base = root, quiet = false } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/demo/' });
      res.end();
      return;
    }
    let file = fileIn(base, url.pathname);
    if (!file) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(p, h, () => {
      const shown = h.includes(':') ? `[${h}]` : h;
      if (!quiet) console.log(`ip-report-widgets demo: http://${shown}:${server.address().port}/demo/`);
      ok(server);
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) serve();
