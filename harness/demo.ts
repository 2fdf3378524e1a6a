// `npm run demo`: runs examples/cgo-job.yml through the local runner twice, against the local cache
// service — a cold run that saves Go's build cache and a warm one that restores it — and prints each
// job summary. `npm run demo -- --hooks [job.yml]` runs it as a self-hosted runner guarded by the job
// hooks (hooks/*.sh) would: the first run's runner is killed before post, and the second job's start
// removes what it left (the janitor). A job file with a `matrix:` (e.g. examples/matrix-job.yml) runs
// once per cell of one workflow run, each cell's post uploading its report, then a report job
// (mode: report) that prints the one summary of all cells.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CacheService } from './cache-service.js';
import { evaluateTemplate, jobContexts } from './expressions.js';
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
const job = parseYaml(fs.readFileSync(jobFile, 'utf8')) as {
  name?: string;
  matrix?: Record<string, (string | number | boolean)[]>;
  env?: Record<string, string>;
  steps: JobStep[];
};
type Matrix = Record<string, string | number | boolean>;
/** The matrix cell the job runs as (its `${{ matrix.* }}` values), when the job file has a matrix. */
let cell: Matrix | undefined;
const evaluate = (runner: LocalRunner, text: string) => (cell ? evaluateTemplate(text, jobContexts(runner.env, cell)) : text);

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
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(runner, String(v))]));
      result = await runner.main(inputs);
      posts.unshift(name);
    } else if (step.run !== undefined) {
      result = await runner.step(evaluate(runner, step.run), name);
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

/** Every combination of the matrix's values, in the order GitHub expands them. */
function cells(matrix: NonNullable<typeof job.matrix>): Matrix[] {
  return Object.entries(matrix).reduce<Matrix[]>((acc, [key, values]) => acc.flatMap((c) => values.map((v) => ({ ...c, [key]: v }))), [{}]);
}

/** The job once per matrix cell in one workflow run, then a report job that gathers the cells' reports. */
async function runMatrix(machine: string, service: CacheService): Promise<boolean> {
  let ok = true;
  const serviceEnv = (backendJob: string) => service.jobEnv({ run: 'run-1', job: backendJob });
  for (const [i, values] of cells(job.matrix!).entries()) {
    cell = values;
    const label = Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    console.log(`════════ ${job.name ?? path.basename(jobFile)}, cell ${label} ════════\n`);
    const env = {
      ...serviceEnv(`cell-${i}`),
      ...Object.fromEntries(Object.entries(job.env ?? {}).map(([k, v]) => [k, evaluateTemplate(String(v), jobContexts({}, values))])),
    };
    fs.mkdirSync(path.join(machine, `cell-${i}`));
    const runner = LocalRunner.create({ actionDir: repo, checkout: repo, job: 'demo', base: path.join(machine, `cell-${i}`), env, runId: '1', matrix: values });
    try {
      ok = (await runJob(runner)) && ok;
    } finally {
      runner.dispose();
    }
  }
  cell = undefined;
  console.log('════════ Report job (needs: the matrix; mode: report) ════════\n');
  fs.mkdirSync(path.join(machine, 'report'));
  const report = LocalRunner.create({ actionDir: repo, job: 'report', base: path.join(machine, 'report'), env: serviceEnv('report'), runId: '1' });
  try {
    const main = await report.main({ mode: 'report' });
    show(main);
    console.log('──────── Job summary of the report job (GITHUB_STEP_SUMMARY) ────────\n');
    console.log(report.summary);
    return ok && main.exitCode === 0;
  } finally {
    report.dispose();
  }
}

// One "machine" folder for both runs: hosted runners check out into the same path every time, and
// Go's cache keys of cgo packages include the package's folder.
const machine = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-demo-'));
const service = await CacheService.start({ dir: path.join(machine, 'cache-service') });
let ok = true;
try {
  if (job.matrix) ok = await runMatrix(machine, service);
  for (const run of job.matrix ? [] : [1, 2]) {
    // Each run its own token: the results service keeps each run's artifacts (the cell reports) apart.
    const env = service.jobEnv({ run: `run-${run}` });
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
