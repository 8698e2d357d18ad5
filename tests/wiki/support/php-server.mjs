// Runs PHP's built-in web server for a throwaway wiki: quiet (only PHP's own warnings and errors reach the
// terminal, not one line per request), several workers (a wiki page loads many scripts at once), and the
// wiki's temporary folder removed when the server stops.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { wikiDir } from './ports.mjs';

/** A fresh, empty working folder for the wiki `name` served on `port` (what an earlier run left is removed). */
export function wikiWorkDir(name, port) {
  const dir = wikiDir(name, port);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Serves `docroot` on 127.0.0.1:`port` until this process is told to stop. `ini` are php -d settings,
 * `env` extra environment (MediaWiki reads MW_CONFIG_FILE from it), `workDir` the folder to remove.
 */
export function servePhp({ docroot, port, ini = {}, env = {}, workDir }) {
  const args = ['-d', 'display_errors=stderr', '-d', 'log_errors=0'];
  for (const [key, value] of Object.entries(ini)) args.push('-d', `${key}=${value}`);
  args.push('-S', `127.0.0.1:${port}`, '-t', docroot);
  // In this process's group: Playwright stops a web server by its process group, which includes PHP's
  // forked workers.
  const php = spawn('php', args, {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let pending = '';
  php.stderr.setEncoding('utf8').on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (/PHP (Warning|Fatal|Parse|Notice|Deprecated)|Failed to listen|Address already in use/i.test(line)) {
        console.error(line);
      }
    }
  });
  const stop = () => {
    php.kill('SIGTERM');
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  };
  php.on('exit', (code, signal) => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
    if (signal !== 'SIGTERM') process.exit(code ?? 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stop();
      process.exit(0);
    });
  }
  process.on('exit', stop);
  return php;
}
