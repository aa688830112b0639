#!/usr/bin/env node
// Entry point of the `claimledger` command: runs the compiled CLI, (re)building it first when the
// checkout has no build yet or a source file is newer than the build (e.g. after a git pull).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const src = join(root, 'src');
if (existsSync(src) && (!existsSync(cli) || newestMtime(src) > statSync(cli).mtimeMs)) {
  console.error('claimledger: building from src/ …');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
}
// `serve` also serves the console: build it from web/ when it has no build yet or web/ (or the API types
// it is typed against) changed. Vite is a dev dependency, so an installed package ships dist/web instead.
const web = join(root, 'web');
const webIndex = join(root, 'dist', 'web', 'index.html');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (process.argv[2] === 'serve' && existsSync(web) && existsSync(vite)) {
  const built = existsSync(webIndex) ? statSync(webIndex).mtimeMs : 0;
  const schemaTypes = join(root, 'openapi', 'schema.d.ts');
  if (Math.max(newestMtime(web), existsSync(schemaTypes) ? statSync(schemaTypes).mtimeMs : 0) > built) {
    console.error('claimledger: building the console from web/ …');
    execFileSync(process.execPath, [vite, 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
  }
}
const { runCli } = await import(cli);
const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exit(code);
