// The self-hosted runner's hooks and the janitor (issue 12), each against a baseline in the same run:
// 1. an empty job guarded by the hooks (hooks/job-started.sh + job-completed.sh, as the runner runs
//    them: `bash -e`) against main+post with the same settings, and against two bare `node` starts;
// 2. the janitor: how much longer main takes when it removes the folder a killed job left (its
//    GOCACHE a GOCACHE-shaped tree, after `sync`) than main with nothing to remove, against `rm -rf`
//    of an identical copy. Knobs: HOOK_REPS (default 7), JANITOR_FILES (20000), ROUNDS (3).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildGoCacheTree,
  commandFiles,
  findActionNode,
  fmtBytes,
  fmtMs,
  fmtRatio,
  intFromEnv,
  log,
  median,
  must,
  parseKeyValueFile,
  projectDir,
  run,
  runnerEnv,
  tail,
} from './common.mjs';

const reps = intFromEnv('HOOK_REPS', 7, 1);
const files = intFromEnv('JANITOR_FILES', 20000, 100);
const rounds = intFromEnv('ROUNDS', 3, 1);
const found = findActionNode();
const node = found.missing ? process.execPath : found.path;
const mainJs = path.join(projectDir, 'dist', 'main.js');
const postJs = path.join(projectDir, 'dist', 'post.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-hooks-'));
const problems = [];
let seq = 0;

function places(name) {
  const dir = path.join(scratch, name);
  const p = { home: path.join(dir, 'home'), workspace: path.join(dir, 'ws'), runnerTemp: path.join(dir, 'temp'), root: path.join(dir, 'root') };
  for (const d of Object.values(p)) fs.mkdirSync(d, { recursive: true });
  return p;
}

/** main then post, as the runner runs them; returns their times and main's log. */
async function actionPair(env, workspace) {
  const mf = commandFiles(path.join(scratch, 'cmd', `m${seq++}`));
  const m = await run(node, [mainJs], { env: { ...env, ...mf }, cwd: workspace });
  const state = parseKeyValueFile(fs.readFileSync(mf.GITHUB_STATE, 'utf8')).guard;
  if (m.code !== 0 || !state) throw new Error(`main failed\n${tail(m.stdout + m.stderr)}`);
  const exported = parseKeyValueFile(fs.readFileSync(mf.GITHUB_ENV, 'utf8'));
  const pf = commandFiles(path.join(scratch, 'cmd', `p${seq++}`));
  const p = await run(node, [postJs], { env: { ...env, ...exported, ...pf, STATE_guard: state }, cwd: workspace });
  if (p.code !== 0) problems.push(`post exited ${p.code}\n${tail(p.stdout + p.stderr)}`);
  return { main: m.ms, post: p.ms, log: m.stdout };
}

async function hookPair(env, workspace) {
  const tracking = { RUNNER_TRACKING_ID: `github_bench_${seq++}` };
  const hook = async (which) => {
    const r = await run('bash', ['-e', path.join(projectDir, 'hooks', `job-${which}.sh`)], {
      env: { ...env, ...tracking, ...commandFiles(path.join(scratch, 'cmd', `h${seq++}`)) },
      cwd: workspace,
    });
    if (r.code !== 0) throw new Error(`job-${which} failed\n${tail(r.stdout + r.stderr)}`);
    return r.ms;
  };
  return { started: await hook('started'), completed: await hook('completed') };
}

async function emptyJobs() {
  const p = places('empty');
  const base = { ...runnerEnv({ HOME: p.home, GITHUB_WORKSPACE: p.workspace, RUNNER_TEMP: p.runnerTemp }), INPUT_VALIDATE: 'false' };
  const hookEnv = { ...base, GO_CI_GUARD_NODE: node };
  for (const k of Object.keys(hookEnv)) if (k.startsWith('INPUT_')) delete hookEnv[k];
  const out = { hooks: [], started: [], completed: [], action: [], node2: [] };
  const parts = [
    async () => {
      const h = await hookPair(hookEnv, p.workspace);
      out.started.push(h.started);
      out.completed.push(h.completed);
      out.hooks.push(h.started + h.completed);
    },
    async () => {
      const a = await actionPair(base, p.workspace);
      out.action.push(a.main + a.post);
    },
    async () => out.node2.push((await must(node, ['-e', ''])).ms + (await must(node, ['-e', ''])).ms),
  ];
  for (const part of parts) await part(); // warm-up
  for (const k of Object.keys(out)) out[k] = [];
  for (let i = 0; i < reps; i++) for (let k = 0; k < parts.length; k++) await parts[(k + i) % parts.length]();
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)]));
}

/** A job folder whose job is over: main run under a shell that then exits (the shell is its job process). */
async function leftover(env, p, template) {
  const mf = commandFiles(path.join(scratch, 'cmd', `k${seq++}`));
  const r = await run('sh', ['-c', `"${node}" "${mainJs}"; true`], {
    env: { ...env, ...mf, INPUT_ROOT: p.root, 'INPUT_SAMPLE-INTERVAL': '0' },
    cwd: p.workspace,
  });
  const jobDir = parseKeyValueFile(fs.readFileSync(mf.GITHUB_OUTPUT, 'utf8'))['job-dir'];
  if (r.code !== 0 || !jobDir) throw new Error(`the killed job's main failed\n${tail(r.stdout + r.stderr)}`);
  await must('cp', ['-a', template, path.join(jobDir, 'go-build', 'tree')]);
  return jobDir;
}

async function janitor() {
  const p = places('janitor');
  const env = { ...runnerEnv({ HOME: p.home, GITHUB_WORKSPACE: p.workspace, RUNNER_TEMP: p.runnerTemp }), INPUT_VALIDATE: 'false', INPUT_ROOT: p.root };
  const template = path.join(scratch, 'template');
  log(`janitor: building a ${files}-file GOCACHE-shaped tree`);
  const bytes = await buildGoCacheTree(template, { files, minSize: 2000, spread: 16000 });
  const out = { reap: [], plain: [], rm: [] };
  for (let i = 0; i < rounds; i++) {
    const dir = await leftover(env, p, template);
    const copy = path.join(scratch, `copy-${i}`);
    await must('cp', ['-a', template, copy]);
    await must('sync', []);
    const steps = [
      async () => {
        const a = await actionPair(env, p.workspace);
        if (fs.existsSync(dir)) problems.push(`janitor round ${i}: the leftover ${dir} is still there`);
        const m = /removed, ([\d,]+) files/.exec(a.log);
        if (!m) problems.push(`janitor round ${i}: main's log names no removed folder\n${tail(a.log)}`);
        out.reap.push(a.main);
      },
      async () => out.plain.push((await actionPair(env, p.workspace)).main),
      async () => out.rm.push((await must('rm', ['-rf', copy])).ms),
    ];
    // rm -rf first or last in turn; main with nothing to remove always after the one that removes it.
    for (const k of i % 2 ? [2, 0, 1] : [0, 1, 2]) await steps[k]();
  }
  return { bytes, ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)])) };
}

try {
  log(`hooks bench on ${node} (${found.missing ? `not Node 24: ${found.missing}` : found.from}), ${reps} reps`);
  const e = await emptyJobs();
  const j = await janitor();
  console.log('\nEmpty job (validate: false, sample-interval 5, nothing written), medians:');
  console.log(
    `  hooks: job-started ${fmtMs(e.started)} + job-completed ${fmtMs(e.completed)} = ${fmtMs(e.hooks)}  (${fmtRatio(e.hooks / e.node2)} of 2× node -e "" at ${fmtMs(e.node2)})`,
  );
  console.log(`  action: main + post = ${fmtMs(e.action)}  (${fmtRatio(e.action / e.node2)}); hooks / action = ${fmtRatio(e.hooks / e.action)}`);
  console.log(`\nJanitor: a killed job's folder with ${files.toLocaleString('en-US')} files (${fmtBytes(j.bytes)}), after sync, medians of ${rounds}:`);
  console.log(`  main that removes it ${fmtMs(j.reap)} − main with nothing to remove ${fmtMs(j.plain)} = ${fmtMs(j.reap - j.plain)}`);
  console.log(`  rm -rf of an identical copy ${fmtMs(j.rm)}: janitor / rm -rf = ${fmtRatio((j.reap - j.plain) / j.rm)}`);
  if (problems.length) console.log(`\nProblems:\n${problems.map((x) => `- ${x}`).join('\n')}`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
