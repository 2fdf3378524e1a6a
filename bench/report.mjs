// What bench/run.mjs prints at the end: the cleanup table (filesystems side by side), what post
// reported, the empty job, and the summary with its targets ("met" / "not met"; never the exit code).
import { fmtBytes, fmtInt, fmtMiB, fmtMs, fmtRatio, median, pad, padL } from './common.mjs';

const MiB_KIB = 1024;
const RSS_TARGET_MIB = 80;
const EMPTY_TARGET = 4;
/** Targets per filesystem: post's median over rm -rf's and over fs.rm's. */
const TARGETS = {
  disk: { rm: 0.35, fsrm: 0.6 },
  ext4: { rm: 0.9, fsrm: 0.7 },
  tmpfs: { rm: 1.1 },
};

const med = (fsResult, key) => {
  const ms = fsResult.byKey[key]?.ms ?? [];
  return ms.length ? median(ms) : undefined;
};
const peak = (xs) => (xs.length ? Math.max(...xs) : undefined);
const verdict = (ok) => (ok === undefined ? '' : ok ? 'met' : 'not met');

const COL = 28;
const LABEL = 34;

export function printCleanupTable({ results, contenders, files, rounds }) {
  const fileBytes = results.find((r) => r.fileBytes !== undefined)?.fileBytes;
  const width = LABEL + COL * results.length;
  console.log(
    `\nRemoval of a ${fmtInt(files)}-file GOCACHE-shaped tree (${fmtBytes(fileBytes)} of file data), each on a fresh cp -a copy after sync; median of ${rounds} round(s)`,
  );
  for (const r of results) console.log(`  ${pad(r.name, 11)} ${r.skipped ? `skipped: ${r.skipped}` : r.info}`);
  console.log('-'.repeat(width));
  console.log(pad('', LABEL) + results.map((r) => padL(r.name, COL)).join(''));
  console.log(pad('contender', LABEL) + results.map(() => `${padL('median', 10)}${padL('×rm -rf', 8)}${padL('peak RSS', 10)}`).join(''));
  console.log('-'.repeat(width));
  for (const c of contenders) {
    const cells = results.map((r) => {
      if (r.skipped) return padL('skipped', COL);
      const m = med(r, c.key);
      const ratio = c.key === 'du' ? '' : fmtRatio(m / med(r, 'rm'));
      const rss = r.byKey[c.key].rss;
      return `${padL(fmtMs(m), 10)}${padL(ratio, 8)}${padL(rss.length ? fmtMiB(peak(rss)) : '', 10)}`;
    });
    console.log(pad(c.label, LABEL) + cells.join(''));
  }
  console.log('-'.repeat(width));
  console.log('  (node rows include node start-up; post also checks ownership and writes the summary; du -sb only reads)');
  console.log('  every round, in ms:');
  for (const r of results.filter((x) => !x.skipped)) {
    for (const c of contenders) console.log(`    ${pad(r.name, 11)} ${pad(c.label, LABEL)} ${r.byKey[c.key].ms.map((x) => x.toFixed(0)).join(', ')}`);
  }
}

export function printPostReports({ results, contenders }) {
  console.log('\nWhat post reported (job summary line "reclaimed **X** in N files in T.")');
  for (const r of results.filter((x) => !x.skipped)) {
    for (const c of contenders.filter((x) => x.post)) {
      for (const p of r.byKey[c.key].post) {
        console.log(
          `  ${pad(r.name, 11)} ${pad(p.tag, 24)} reclaimed ${p.reclaimedText ?? '?'} in ${p.files === undefined ? '?' : fmtInt(p.files)} files, its own time ${p.internal ?? '?'} (process ${fmtMs(p.ms)}); ` +
            `removal on ${p.engine}${p.childRss ? `, child peak RSS ${fmtMiB(p.childRss)}` : ''}`,
        );
      }
    }
    console.log(`  ${pad(r.name, 11)} template: ${fmtInt(r.fileBytes)} bytes of file data, du -sb ${r.duBytes === undefined ? '?' : fmtInt(r.duBytes)} bytes`);
  }
}

export function printEmptyJob(empty, reps) {
  if (!empty) {
    console.log('\nEmpty job: not measured (see "Something broke")');
    return;
  }
  const { med: m, runs } = empty;
  console.log(
    `\nEmpty job, every input at its action.yml default (checks on, cgo-probe off, cache off), node ${empty.node.version}, ${empty.goVersion}; median of ${reps}`,
  );
  console.log(`  main ${fmtMs(m.main)} + post ${fmtMs(m.post)}; main+post ${fmtMs(m.pair)}; 2× node -e "" ${fmtMs(m.node2)}; go env -json ${fmtMs(m.goEnv)}`);
  console.log(`  main+post runs:     ${runs.pair.map((x) => x.toFixed(0)).join(', ')} ms`);
  console.log(`  2× node -e "" runs: ${runs.node2.map((x) => x.toFixed(0)).join(', ')} ms`);
  console.log(`  go env -json runs:  ${runs.goEnv.map((x) => x.toFixed(0)).join(', ')} ms`);
}

export function printSummary({ results, contenders, empty, actionNode, files }) {
  const posts = contenders.filter((c) => c.post);
  const rule = '='.repeat(112);
  console.log(`\n${rule}\nSummary (targets are reported, never the exit code)`);
  const row = (what, value, target, ok) => console.log(`  ${pad(what, 46)}${padL(value, 12)}   ${pad(target, 18)}${verdict(ok)}`);

  for (const r of results) {
    const targets = TARGETS[r.kind];
    if (r.skipped) {
      console.log(`  ${r.name}: skipped: ${r.skipped}`);
      continue;
    }
    for (const c of posts) {
      for (const [base, max] of Object.entries(targets)) {
        const ratio = med(r, c.key) / med(r, base);
        const baseLabel = base === 'rm' ? 'rm -rf' : 'fs.rm';
        const ok = Number.isFinite(ratio) ? ratio <= max : undefined;
        row(`${r.name}: ${c.label} / ${baseLabel}`, `${fmtRatio(ratio)}`, `target ≤ ${max.toFixed(2)}×`, ok);
        console.log(`      (${fmtMs(med(r, c.key))} vs ${fmtMs(med(r, base))})`);
      }
    }
  }

  const rssMajors = [...new Set([...posts.map((c) => c.major), 24])];
  for (const major of rssMajors) {
    const c = posts.find((x) => x.major === major);
    if (!c) {
      row(`peak RSS of post, node ${major}`, '–', `target ≤ ${RSS_TARGET_MIB} MiB`, undefined);
      console.log(`      (not measured: Node ${major} not found${actionNode.missing ? ` — ${actionNode.missing}` : ''})`);
      continue;
    }
    const perFs = results.filter((r) => !r.skipped).map((r) => ({ name: r.name, rss: peak(r.byKey[c.key].rss) }));
    const all = peak(perFs.map((x) => x.rss).filter((x) => x !== undefined));
    row(
      `peak RSS of post, node ${major} (max)`,
      fmtMiB(all),
      `target ≤ ${RSS_TARGET_MIB} MiB`,
      all === undefined ? undefined : all <= RSS_TARGET_MIB * MiB_KIB,
    );
    console.log(`      (${perFs.map((x) => `${x.name} ${fmtMiB(x.rss)}`).join(', ')})`);
    // The removal child is a process of its own; its peak is reported beside post's, never hidden.
    const children = results.filter((r) => !r.skipped).flatMap((r) => r.byKey[c.key].post.map((p) => p.childRss).filter((x) => x !== undefined));
    if (children.length)
      console.log(`      removal child process of post, node ${major}: peak RSS ${fmtMiB(peak(children))} (post and it run at the same time)`);
  }

  for (const r of results.filter((x) => !x.skipped)) {
    for (const c of posts) {
      const last = r.byKey[c.key].post.at(-1);
      const rep = last?.reclaimedBytes;
      const diff = (ref) => (rep !== undefined && ref ? ` (${(((rep - ref) / ref) * 100).toFixed(2)}%)` : '');
      console.log(
        `  ${r.name}: reclaimed, ${c.label}: ${last?.reclaimedText ?? '?'} (≈${rep === undefined ? '?' : fmtInt(Math.round(rep))} B) vs on disk (du -s -B1) ` +
          `${r.duAllocated === undefined ? '?' : fmtInt(r.duAllocated)} B${diff(r.duAllocated)}, file data (du -sb) ${r.duBytes === undefined ? '?' : fmtInt(r.duBytes)} B${diff(r.duBytes)}; ` +
          `files ${last?.files === undefined ? '?' : fmtInt(last.files)} of ${fmtInt(files)}`,
      );
    }
  }

  if (empty) {
    const { med: m } = empty;
    const ratio = m.pair / m.node2;
    row(`empty job (node ${empty.node.major}): main+post / 2× node -e ""`, fmtRatio(ratio), `target ≤ ${EMPTY_TARGET}×`, ratio <= EMPTY_TARGET);
    console.log(`      (${fmtMs(m.pair)} vs ${fmtMs(m.node2)})`);
    console.log(
      `  budget: main beyond go env -json             ${padL(fmtMs(m.main - m.goEnv), 12)}   (main ${fmtMs(m.main)} − go env -json ${fmtMs(m.goEnv)})`,
    );
    console.log(`  budget: post beyond a bare node start        ${padL(fmtMs(m.post - m.node), 12)}   (post ${fmtMs(m.post)} − node -e "" ${fmtMs(m.node)})`);
  } else {
    console.log('  empty job: not measured (see "Something broke")');
  }
  console.log(rule);
}
