// The removal contenders of bench/run.mjs. Each one that removes gets its own fresh `cp -a` copy of
// the template (then `sync`) on the filesystem under test; only the removal itself is timed, from
// spawn to exit, so the node contenders include node's start-up.
//
//   rm     rm -rf COPY
//   fsrm   @actions/io rmRF in a node child (bench/rmrf-child.mjs): @actions/io 3 runs
//          fs.promises.rm(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 300 })
//   post   the action's post (dist/post.js) with a crafted state whose job folder holds the copy as
//          go-build; once per node (the bench's node, and the action's node24 when there is one)
//   du     du -sb TEMPLATE, the reference for the bytes post reports
//
// Nothing here depends on the cleanup code's internals: only on dist/post.js, its state and the
// summary line `reclaimed **X** in N files in T.`.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { commandFiles, fmtMiB, fmtMs, log, must, projectDir, readRss, run, runnerEnv, tail } from './common.mjs';

const POST_JS = path.join(projectDir, 'dist', 'post.js');
const RSS_HOOK = path.join(projectDir, 'bench', 'rss-hook.mjs');
const RMRF_CHILD = path.join(projectDir, 'bench', 'rmrf-child.mjs');

/** The contenders in their base order; a `post` row per node. */
export function contenderList({ benchNode, actionNode }) {
  const list = [
    { key: 'rm', label: 'rm -rf COPY' },
    { key: 'fsrm', label: `fs.rm (@actions/io rmRF), node ${benchNode.major}`, node: benchNode.path },
    { key: 'post', label: `post, node ${benchNode.major}`, node: benchNode.path, post: true, major: benchNode.major },
  ];
  if (actionNode && actionNode.major !== benchNode.major) {
    list.push({ key: `post${actionNode.major}`, label: `post, node ${actionNode.major}`, node: actionNode.path, post: true, major: actionNode.major });
  }
  list.push({ key: 'du', label: 'du -sb TEMPLATE (reference)' });
  return list;
}

/** Post's log line on how it removed a big tree, and the child process's peak memory (KiB) when it used one. */
export function parseEngine(stdout) {
  const m = /^Removal ran on (.+?)\.$/m.exec(stdout);
  if (!m) return { engine: 'main thread only' };
  const child = /its peak memory ([\d.]+) (MiB|KiB)/.exec(m[1]);
  return { engine: m[1].replace(/ \(its peak memory .*\)$/, ''), childRss: child ? Number(child[1]) * (child[2] === 'MiB' ? 1024 : 1) : undefined };
}

/** The summary's headline `reclaimed **X** in N files in T.`, or undefined when it is missing. */
export function parsePostSummary(summary) {
  const m = /reclaimed \*\*(.+?)\*\* in ([\d,]+) files? in (.+?)\.?\s*$/m.exec(summary);
  if (!m) return undefined;
  return { reclaimedText: m[1], reclaimedBytes: parseFormattedBytes(m[1]), files: Number(m[2].replace(/,/g, '')), internal: m[3] };
}

/** The formatted sizes the summary uses ("1.00 GiB") back to an approximate byte count. */
function parseFormattedBytes(text) {
  const m = /^([\d.]+) ?(B|KiB|MiB|GiB|TiB)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 1024 ** ['B', 'KiB', 'MiB', 'GiB', 'TiB'].indexOf(m[2]);
}

async function freshCopy(template, dest) {
  await must('cp', ['-a', '--', template, dest]);
  await must('sync', []);
}

/**
 * Runs contender c once. ctx: { fsDir (the filesystem under test), template, tag (unique, e.g.
 * "disk-rm-r2"), logDir (for command files and RSS files; off the filesystem under test), home,
 * workspace }. Returns { ms, rss?, duBytes?, post?, problems: string[] }.
 */
export async function runContender(c, ctx) {
  if (c.key === 'du') {
    await must('sync', []);
    const r = await must('du', ['-sb', ctx.template]);
    const duBytes = Number(r.stdout.trim().split(/\s+/)[0]);
    // Post reports the space the filesystem gained (statfs): compare it with the space the tree holds too.
    const held = await must('du', ['-s', '-B1', ctx.template]);
    const duAllocated = Number(held.stdout.trim().split(/\s+/)[0]);
    log(`    du -sb: ${fmtMs(r.ms)} (${duBytes.toLocaleString('en-US')} bytes; du -s -B1: ${duAllocated.toLocaleString('en-US')} bytes on disk)`);
    return { ms: r.ms, duBytes, duAllocated, problems: [] };
  }
  if (c.post) return runPost(c, ctx);

  const copy = path.join(ctx.fsDir, `copy-${ctx.tag}`);
  await freshCopy(ctx.template, copy);
  let r;
  let rss;
  if (c.key === 'rm') {
    r = await run('rm', ['-rf', '--', copy]);
  } else {
    const rssFile = path.join(ctx.logDir, `rss-${ctx.tag}`);
    r = await run(c.node, ['--import', RSS_HOOK, RMRF_CHILD, copy], { env: { ...process.env, BENCH_RSS_FILE: rssFile } });
    rss = readRss(rssFile);
  }
  const problems = [];
  if (r.code !== 0) problems.push(`${c.label} (${ctx.tag}): exit ${r.code ?? r.signal}\n${tail(r.stderr || r.stdout)}`);
  if (fs.existsSync(copy)) problems.push(`${c.label} (${ctx.tag}): ${copy} still exists after it finished`);
  log(`    ${c.label}: ${fmtMs(r.ms)}${rss === undefined ? '' : `, peak RSS ${fmtMiB(rss)}`}`);
  return { ms: r.ms, rss, problems };
}

async function runPost(c, ctx) {
  const { home, workspace } = ctx;
  const root = fs.realpathSync(fs.mkdtempSync(path.join(ctx.fsDir, `post-root-${ctx.tag}-`)));
  const jobDir = fs.mkdtempSync(path.join(root, 'go-ci-guard-bench-'));
  const token = randomUUID();
  const marker = JSON.stringify({ token, pid: process.pid, createdAt: new Date().toISOString() });
  fs.writeFileSync(path.join(jobDir, '.go-ci-guard'), marker, { flag: 'wx', mode: 0o600 });
  await freshCopy(ctx.template, path.join(jobDir, 'go-build'));
  const st = fs.lstatSync(jobDir);
  const state = {
    version: 1,
    jobDir,
    root,
    token,
    dev: st.dev,
    ino: st.ino,
    home,
    workspace,
    platform: process.platform,
    folders: [{ folder: 'go-build', variables: ['GOCACHE'] }],
    previous: {},
    failOnCleanupError: false,
    startedAt: Date.now(),
  };
  const files = commandFiles(path.join(ctx.logDir, `post-cmd-${ctx.tag}`));
  const rssFile = path.join(ctx.logDir, `rss-${ctx.tag}`);
  const env = runnerEnv({
    HOME: home,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: root,
    GOCACHE: path.join(jobDir, 'go-build'), // exported by main for later steps, so post sees it too
    ...files,
    STATE_guard: JSON.stringify(state),
    BENCH_RSS_FILE: rssFile,
  });
  const r = await run(c.node, ['--import', RSS_HOOK, POST_JS], { env, cwd: workspace });
  const rss = readRss(rssFile);

  let summary = '';
  try {
    summary = fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  } catch {
    // reported below as a missing summary line
  }
  const post = { tag: ctx.tag, ms: r.ms, code: r.code, ...parsePostSummary(summary), ...parseEngine(r.stdout) };

  const what = `${c.label} (${ctx.tag})`;
  const problems = [];
  const stillThere = fs.existsSync(jobDir);
  if (r.code !== 0) problems.push(`${what}: exit ${r.code ?? r.signal}`);
  if (stillThere) {
    let left = '';
    try {
      left = fs.readdirSync(jobDir).slice(0, 10).join(', ');
    } catch {
      // unreadable
    }
    problems.push(`${what}: the job folder ${jobDir} still exists after post (entries: ${left || 'none'})`);
  }
  if (post.reclaimedText === undefined) problems.push(`${what}: the summary has no line "reclaimed **X** in N files in T."`);
  if (problems.length) {
    console.log(`    post stdout:\n${tail(r.stdout, 40)}\n    post stderr:\n${tail(r.stderr)}\n    summary:\n${tail(summary, 40)}`);
  }
  for (const line of r.stdout.split('\n').filter((l) => /^::(warning|error)/.test(l))) log(`    post said: ${line}`);
  if (!stillThere) fs.rmdirSync(root);
  log(
    `    ${c.label}: ${fmtMs(r.ms)}, peak RSS ${fmtMiB(rss)}${post.childRss ? ` (its removal child ${fmtMiB(post.childRss)})` : ''}, ${post.engine}, summary: ${post.reclaimedText ?? '?'} in ${post.files ?? '?'} files in ${post.internal ?? '?'}`,
  );
  return { ms: r.ms, rss, post, problems };
}
