// action.yml as GitHub reads it, checked with GitHub's own parser; dist/ as the sources build it.
import { describe, expect, it } from '@jest/globals';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { INPUT, OUTPUT, REDIRECT_OUTPUTS, TOOLCHAIN_OUTPUTS } from '../../src/constants.js';
import { toolchainOutputs } from '../../src/matrix/fingerprint.js';
import { DEFAULT_VARIABLES, outputNameFor } from '../../src/redirect/plan.js';
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

  it('declares the documented inputs with their defaults', () => {
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
      'cgo-packages': '',
      mode: 'job',
      'cell-report': 'true',
      // Evaluated by the runner with the job's contexts (see the local runner's jobContexts).
      cell: '${{ toJSON(matrix) }}',
      'on-mismatch': 'fail',
      validate: 'true',
      'problem-matcher': 'true',
      cache: 'false',
      'cache-dependency-path': '**/go.sum',
      'cache-key-prefix': 'go-ci-guard',
      'cache-paths': 'gocache',
      'cache-save': 'on-change',
    });
  });

  it('declares exactly the inputs in src/constants.ts', () => {
    expect(Object.keys(actionInputDefaults(actionYml)).sort()).toEqual(Object.values(INPUT).sort());
  });

  it('declares exactly the outputs in src/constants.ts', () => {
    const declared = Object.keys((parseYaml(actionYml) as { outputs: Record<string, unknown> }).outputs);
    expect([...declared].sort()).toEqual([...Object.values(OUTPUT), ...REDIRECT_OUTPUTS, ...TOOLCHAIN_OUTPUTS].sort());
  });

  it('the constants name the outputs main sets: the toolchain, and each default redirect', () => {
    const facts = {
      goos: 'linux',
      goarch: 'amd64',
      hostOs: 'linux',
      hostArch: 'amd64',
      cc: { command: 'gcc', args: [], explicit: false, problems: [] },
      flagDirs: [],
    };
    expect(Object.keys(toolchainOutputs(facts, undefined)).sort()).toEqual([...TOOLCHAIN_OUTPUTS].sort());
    for (const variable of DEFAULT_VARIABLES) expect(REDIRECT_OUTPUTS).toContain(outputNameFor(variable));
  });
});

describe('committed bundles', () => {
  it('are what the sources build (run npm run bundle and commit dist/ and harness/bundle/ when this fails)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-dist-'));
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs'), path.join(out, 'dist'), path.join(out, 'demo')], { cwd: repoRoot });
      for (const [built, committed] of [
        [path.join(out, 'dist'), 'dist'],
        [path.join(out, 'demo'), 'harness/bundle'],
      ]) {
        const files = fs.readdirSync(built).sort();
        expect(fs.readdirSync(path.join(repoRoot, committed)).sort()).toEqual(files);
        for (const file of files) {
          const same = fs.readFileSync(path.join(built, file)).equals(fs.readFileSync(path.join(repoRoot, committed, file)));
          if (!same) throw new Error(`${committed}/${file} is stale: run npm run bundle and commit ${committed}/`);
        }
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
