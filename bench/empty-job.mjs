// The empty job of bench/run.mjs: main + post with every input at its action.yml default (checks on,
// so main runs `go env -json`; cgo-probe off; cache off) and nothing written into the job folder,
// against bare node starts and `go env -json` alone, all on the same node binary and interleaved.
import fs from 'node:fs';
import path from 'node:path';
import { commandFiles, median, must, parseKeyValueFile, run, runnerEnv, tail } from './common.mjs';

/**
 * Measures `reps` repetitions (after one warm-up) of: main then post; two `node -e ""`; one
 * `go env -json` — in a rotating order. Returns medians and the raw runs; pushes what broke onto problems.
 */
export async function emptyJob({ node, mainJs, postJs, dir, home, workspace, reps, problems }) {
  const runnerTemp = path.join(dir, 'runner-temp');
  fs.mkdirSync(runnerTemp, { recursive: true });
  const baseEnv = runnerEnv({ HOME: home, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp });
  if (baseEnv.INPUT_VALIDATE !== 'true' || baseEnv['INPUT_CGO-PROBE'] !== 'false' || baseEnv.INPUT_CACHE !== 'false') {
    problems.push(
      `empty job: action.yml's defaults changed (validate=${baseEnv.INPUT_VALIDATE}, cgo-probe=${baseEnv['INPUT_CGO-PROBE']}, cache=${baseEnv.INPUT_CACHE}); the budget below assumes true/false/false`,
    );
  }
  const goVersion = (await must('go', ['version'], { env: baseEnv, cwd: workspace })).stdout.trim(); // throws when go is not on PATH

  async function job(i) {
    const mainFiles = commandFiles(path.join(dir, `cmd-${i}-main`));
    const m = await run(node, [mainJs], { env: { ...baseEnv, ...mainFiles }, cwd: workspace });
    const read = (f) => fs.readFileSync(f, 'utf8');
    const saved = parseKeyValueFile(read(mainFiles.GITHUB_STATE));
    const exported = parseKeyValueFile(read(mainFiles.GITHUB_ENV));
    const outputs = parseKeyValueFile(read(mainFiles.GITHUB_OUTPUT));
    if (m.code !== 0 || !saved.guard) {
      throw new Error(`empty job: main exited ${m.code ?? m.signal} and saved ${saved.guard ? 'state' : 'no state'}\n${tail(m.stdout + m.stderr, 30)}`);
    }
    if (!outputs['go-version']) problems.push(`empty job (${i}): main set no go-version output: did the checks run?`);
    const jobDir = outputs['job-dir'] ?? JSON.parse(saved.guard).jobDir;
    const postFiles = commandFiles(path.join(dir, `cmd-${i}-post`));
    // As the runner does: post sees the job environment including what main exported, plus its state.
    const p = await run(node, [postJs], { env: { ...baseEnv, ...exported, ...postFiles, STATE_guard: saved.guard }, cwd: workspace });
    if (p.code !== 0) problems.push(`empty job (${i}): post exited ${p.code ?? p.signal}\n${tail(p.stdout + p.stderr)}`);
    if (fs.existsSync(jobDir)) problems.push(`empty job (${i}): post left the job folder ${jobDir}`);
    return { main: m.ms, post: p.ms };
  }

  const nodeEnv = { ...baseEnv, ...commandFiles(path.join(dir, 'cmd-node')) };
  async function nodeStart() {
    const r = await run(node, ['-e', ''], { env: nodeEnv, cwd: workspace });
    if (r.code !== 0) throw new Error(`node -e "" failed: ${r.stderr}`);
    return r.ms;
  }
  const goEnv = async () => (await must('go', ['env', '-json'], { env: baseEnv, cwd: workspace })).ms;

  const out = { main: [], post: [], pair: [], node: [], node2: [], goEnv: [] };
  const parts = [
    async (i) => {
      const r = await job(i);
      out.main.push(r.main);
      out.post.push(r.post);
      out.pair.push(r.main + r.post);
    },
    async () => {
      const a = await nodeStart();
      const b = await nodeStart();
      out.node.push(a, b);
      out.node2.push(a + b);
    },
    async () => out.goEnv.push(await goEnv()),
  ];
  await job('warmup');
  await nodeStart();
  await goEnv();
  for (let i = 0; i < reps; i++) {
    const order = parts.map((_, k) => parts[(k + i) % parts.length]);
    for (const part of order) await part(i);
  }
  const med = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)]));
  return { med, runs: out, goVersion };
}
