// action.yml as GitHub reads it, checked with GitHub's own parser; dist/ as the sources build it.
import { describe, expect, it } from '@jest/globals';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { toolchainOutputs } from '../../src/matrix/fingerprint.js';
import { actionInputDefaults } from '../../harness/local-runner.js';
import { repoRoot } from './support.js';

const actionYml = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');

function parse(content: string) {
  const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  const template = result.value ? convertActionTemplate(result.context, result.value) : undefined;
  return { errors, template };
}

describe('action.yml', () => {
  it("passes GitHub's parser: node24 with main, post and post-if always()", () => {
    const { errors, template } = parse(actionYml);
    expect(errors).toEqual([]);
    expect(template?.runs).toMatchObject({ using: 'node24', main: 'dist/main.js', post: 'dist/post.js', postIf: 'always()' });
  });

  it('the parser would catch a mistake (so the check above can fail)', () => {
    expect(parse(actionYml.replace('post-if:', 'post_if:')).errors.join('\n')).toMatch(/post_if/);
    expect(parse(actionYml.replace('using: node24', 'using: node99')).errors.length).toBeGreaterThan(0);
  });

  it('every input the code reads is declared, with the documented defaults', () => {
    expect(actionInputDefaults(actionYml)).toEqual({
      root: '',
      redirect: '',
      'fail-on-cleanup-error': 'false',
      'min-free': '',
      'warn-free': '',
      'sample-interval': '5',
      'go-version': '',
      cgo: 'auto',
      libc: 'any',
      'pkg-config': '',
      'cgo-probe': 'false',
      'on-mismatch': 'fail',
      validate: 'true',
      'problem-matcher': 'true',
    });
    const sources = ['src/inputs.ts', 'src/run-post.ts'].map((f) => fs.readFileSync(path.join(repoRoot, f), 'utf8')).join('\n');
    const read = [...sources.matchAll(/read\('([a-z-]+)'\)|getInput\('([a-z-]+)'\)/g)].map((m) => m[1] ?? m[2]);
    expect(read.length).toBeGreaterThanOrEqual(11);
    for (const name of read) expect(Object.keys(actionInputDefaults(actionYml))).toContain(name);
  });

  it('declares every toolchain output main sets', () => {
    const declared = Object.keys((parseYaml(actionYml) as { outputs: Record<string, unknown> }).outputs);
    const facts = { goos: 'linux', goarch: 'amd64', hostOs: 'linux', hostArch: 'amd64', cc: { command: 'gcc', args: [], explicit: false, problems: [] }, flagDirs: [] };
    const set = Object.keys(toolchainOutputs(facts, undefined));
    expect(set).toHaveLength(8);
    for (const name of set) expect(declared).toContain(name);
  });
});

describe('dist/', () => {
  it('is what the sources build (run npm run bundle and commit dist/ when this fails)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-dist-'));
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs'), out], { cwd: repoRoot });
      const built = fs.readdirSync(out).sort();
      expect(fs.readdirSync(path.join(repoRoot, 'dist')).sort()).toEqual(built);
      for (const file of built) {
        const same = fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(repoRoot, 'dist', file)));
        if (!same) throw new Error(`dist/${file} is stale: run npm run bundle and commit dist/`);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
