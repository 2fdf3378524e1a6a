// `npm run demo`: runs examples/cgo-job.yml through the local runner and prints the job summary.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { LocalRunner, type StepResult } from './local-runner.js';

interface JobStep {
  name?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
  run?: string;
}

/** The repo: the nearest folder above this file holding action.yml (this runs bundled, as harness/bundle/demo.js). */
function findRepo(dir: string): string {
  if (fs.existsSync(path.join(dir, 'action.yml'))) return dir;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error(`demo: no action.yml above ${fileURLToPath(import.meta.url)}`);
  return findRepo(parent);
}

const repo = findRepo(path.dirname(fileURLToPath(import.meta.url)));
const jobFile = path.resolve(process.argv[2] ?? path.join(repo, 'examples', 'cgo-job.yml'));
const job = parseYaml(fs.readFileSync(jobFile, 'utf8')) as { name?: string; steps: JobStep[] };

function show(result: StepResult) {
  const lines = result.stdout.split('\n').filter((l) => l && !l.startsWith('::debug::') && !l.startsWith('::endgroup::'));
  for (const line of lines)
    console.log(`  ${line.replace(/^::group::/, '▸ ').replace(/^::(warning|error|notice)[^:]*::/, (_, l: string) => `${l.toUpperCase()}: `)}`);
  for (const line of result.stderr.split('\n').filter(Boolean)) console.log(`  ${line}`);
  console.log(`  → exit ${result.exitCode}\n`);
}

const runner = LocalRunner.create({ actionDir: repo, checkout: repo, job: 'demo' });
let failed = false;
const posts: string[] = [];
try {
  console.log(`Job: ${job.name ?? path.basename(jobFile)} (runner files in ${runner.base})\n`);
  for (const step of job.steps) {
    const name = step.name ?? step.uses ?? 'run';
    console.log(`▶ ${name}${step.uses ? ' (main)' : ''}`);
    if (failed) {
      console.log('  skipped: an earlier step failed\n');
      continue;
    }
    let result: StepResult;
    if (step.uses === './') {
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
      result = await runner.main(inputs);
      posts.unshift(name);
    } else if (step.run !== undefined) {
      result = await runner.step(step.run, name);
    } else {
      throw new Error(`demo: step ${name} uses ${step.uses}; only 'uses: ./' and 'run:' steps are supported`);
    }
    show(result);
    failed = result.exitCode !== 0;
  }
  // Post entries run at the end of the job, in reverse order, whatever happened (post-if: always()).
  for (const name of posts) {
    console.log(`▶ Post ${name}`);
    const result = await runner.post();
    show(result);
    failed ||= result.exitCode !== 0;
  }
  console.log('──────── Job summary (GITHUB_STEP_SUMMARY) ────────\n');
  console.log(runner.summary);
} finally {
  runner.dispose();
}
process.exitCode = failed ? 1 : 0;
