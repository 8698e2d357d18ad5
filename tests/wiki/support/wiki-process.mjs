// Runs a wiki's own server (gitit, fossil, TiddlyWiki) as a child of this process until Playwright stops
// it: its output kept quiet unless it fails, and the wiki's temporary folder removed when it stops.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Starts `command args`; exits with it if it dies, stops it (and removes `workDir`) when told to stop. */
export function runWikiServer(command, args, { workDir, env = {} }) {
  const child = spawn(command, args, {
    cwd: workDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
  const cleanUp = () => rmSync(workDir, { recursive: true, force: true });
  child.on('exit', (code, signal) => {
    cleanUp();
    if (signal !== 'SIGTERM') {
      console.error(`${command} stopped (${signal ?? code}): ${errors}`);
      process.exit(code ?? 1);
    }
  });
  const stop = () => {
    child.kill('SIGTERM');
    cleanUp();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stop();
      process.exit(0);
    });
  }
  process.on('exit', stop);
  return child;
}
