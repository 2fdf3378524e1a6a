// `npm run demo`: runs examples/cgo-job.yml through the local runner twice, against the local cache
// service — a cold run that saves Go's build cache and a warm one that restores it — and prints each
// job summary. `npm run demo -- --hooks [job.yml]` runs it as a self-hosted runner guarded by the job
// hooks (hooks/*.sh) would: the first run's runner is killed before post, and the second job's start
// removes what it left (the janitor).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CacheService } from './cache-service.js';
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
const args = process.argv.slice(2);
const withHooks = args.includes('--hooks');
const jobFile = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(repo, 'examples', 'cgo-job.yml'));
const job = parseYaml(fs.readFileSync(jobFile, 'utf8')) as { name?: string; steps: JobStep[] };

function show(result: StepResult) {
  const lines = result.stdout.split('\n').filter((l) => l && !l.startsWith('::debug::') && !l.startsWith('::endgroup::'));
  for (const line of lines)
    console.log(`  ${line.replace(/^::group::/, '▸ ').replace(/^::(warning|error|notice)[^:]*::/, (_, l: string) => `${l.toUpperCase()}: `)}`);
  for (const line of result.stderr.split('\n').filter(Boolean)) console.log(`  ${line}`);
  console.log(`  → exit ${result.exitCode}\n`);
}

/** With hooks: job-started, the job, and job-completed — or, for `killed`, the runner killed before post. */
async function runHookedJob(runner: LocalRunner, killed: boolean): Promise<boolean> {
  console.log('▶ Set up runner (job-started hook)');
  const started = (await runner.startJob())!;
  show(started);
  if (started.exitCode !== 0) return false;
  const ok = await runJob(runner, killed);
  if (killed) {
    runner.killRunner();
    console.log('✖ The runner is killed here: no post step, no job-completed hook. The job folder stays behind.\n');
    return ok;
  }
  console.log('▶ Complete runner (job-completed hook)');
  const completed = (await runner.completeJob())!;
  show(completed);
  return ok && completed.exitCode === 0;
}

/** Runs the job's steps, then the post entries (unless `noPost`); true when every step passed. */
async function runJob(runner: LocalRunner, noPost = false): Promise<boolean> {
  let failed = false;
  const posts: string[] = [];
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
  for (const name of noPost ? [] : posts) {
    console.log(`▶ Post ${name}`);
    const result = await runner.post();
    show(result);
    failed ||= result.exitCode !== 0;
  }
  return !failed;
}

// One "machine" folder for both runs: hosted runners check out into the same path every time, and
// Go's cache keys of cgo packages include the package's folder.
const machine = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-demo-'));
const service = await CacheService.start({ dir: path.join(machine, 'cache-service') });
const env = service.env({ workspace: '', runnerTemp: '' });
delete env.GITHUB_WORKSPACE;
delete env.RUNNER_TEMP;
let ok = true;
try {
  for (const run of [1, 2]) {
    const base = path.join(machine, 'runner');
    fs.mkdirSync(base, { recursive: true });
    // With hooks, one root for both jobs outside RUNNER_TEMP (which "Set up job" empties), as the README advises.
    const hooks = withHooks ? { started: 'hooks/job-started.sh', completed: 'hooks/job-completed.sh' } : undefined;
    const runnerEnv = withHooks ? { GO_CI_GUARD_NODE: process.execPath, GO_CI_GUARD_ROOT: path.join(machine, 'guard-root') } : undefined;
    const runner = LocalRunner.create({ actionDir: repo, checkout: repo, job: 'demo', base, env, runId: String(run), hooks, runnerEnv });
    try {
      const what = withHooks
        ? run === 1
          ? 'self-hosted, guarded by the job hooks; the runner is killed before post'
          : "the next job: its start removes the killed job's folder"
        : run === 1
          ? 'cold: nothing cached yet, post saves the build cache'
          : 'warm: main restores the build cache the first run saved';
      console.log(`════════ Run ${run} of ${job.name ?? path.basename(jobFile)} (${what}) ════════\n`);
      ok = (withHooks ? await runHookedJob(runner, run === 1) : await runJob(runner)) && ok;
      if (withHooks && run === 1) continue;
      console.log(`──────── Job summary of run ${run} (GITHUB_STEP_SUMMARY) ────────\n`);
      console.log(runner.summary);
    } finally {
      runner.dispose();
    }
  }
} finally {
  await service.stop();
  fs.rmSync(machine, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
