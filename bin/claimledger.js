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
const { runCli } = await import(cli);
const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exit(code);
