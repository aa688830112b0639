#!/usr/bin/env node
// Entry point of the `claimledger` command: runs the compiled CLI, building it first in a fresh checkout.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('claimledger: building (first run in this checkout)…');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
}
const { runCli } = await import(cli);
const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exit(code);
