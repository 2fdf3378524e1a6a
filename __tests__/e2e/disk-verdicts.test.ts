// Verdicts a user can trust, end to end through the runner harness: sizes at the end measured by
// post and labelled, no chart where nothing moved, no row for a folder the action never made, Go's
// module cache growing outside the job folder, and a leftover process writing after cleanup.
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import type { DiskReport } from '../../src/disk/report.js';
import { SIZES_LEGEND } from '../../src/summary/render.js';
import {
  disposeRunners,
  exists,
  expectOk,
  forceRemove,
  isRoot,
  itWhen,
  moduleProxy,
  newRunner,
  runCleanups,
  tmpfsForTest,
  unprivileged,
  warnings,
} from './support.js';

// Counted as skipped where we are not root (and failed in CI, see itWhen).
const itAsRoot = itWhen(isRoot, 'mounting a tmpfs needs root');

afterEach(() => {
  disposeRunners();
  runCleanups();
});

describe('what the disk summary says', () => {
  itAsRoot('measures each folder at the end itself, says which measure each size is, draws nothing flat, lists no probe folder', async () => {
    const disk = tmpfsForTest(64);
    const runner = newRunner({ runnerTemp: path.join(disk, 'temp') });
    // No sampler: whatever the summary knows of the folders' sizes, post measured itself.
    const main = await runner.main({ 'sample-interval': '0' });
    expectOk(main);
    expectOk(await runner.step('head -c 3145728 /dev/zero > "$TMPDIR/a.bin"\nmkdir -p "$GOCACHE/00" && head -c 1048576 /dev/zero > "$GOCACHE/00/x"'));
    expectOk(await runner.post());
    const summary = runner.summary;
    expect(summary).toContain(
      'Biggest folders in the job folder (space on disk): `tmp` peak 3.00 MiB, at the end 3.00 MiB; `go-build` peak 1.00 MiB, at the end 1.00 MiB.',
    );
    // The same measure as the cleanup table's: what the filesystem got back.
    expect(summary).toContain('| Folder | Files | Freed on disk | Time | Status |');
    expect(summary).toMatch(/\| `tmp` \| 1 \| 3\.00 MiB \|/);
    expect(summary.trimEnd().endsWith(SIZES_LEGEND)).toBe(true);
    // Free space on the job folder's filesystem came back to where it was: no sparkline, no chart.
    expect(summary).toMatch(
      new RegExp(`\\| \`${disk}\` \\| job folder \\| [\\d.]+ MiB \\| [^|]+ \\| [\\d.]+ MiB \\| (steady, within [\\d.]+ (B|KiB)|unchanged) \\|`),
    );
    expect(summary).not.toContain(`title "Free space on ${disk}`);
    // cgo-probe is off by default: main made no probe folder, so there is no row for one.
    expect(summary).not.toContain('cgo-probe');
    const { disk: report } = JSON.parse(fs.readFileSync(main.outputs.report, 'utf8')) as { disk: DiskReport };
    expect(report.growers.find((g) => g.folder === 'tmp')).toEqual({ folder: 'tmp', peak: 3 * 1024 * 1024, end: 3 * 1024 * 1024 });
  });

  it('reports what Go added to its read-only module cache outside the job folder, with the variable that keeps it in the job folder', async () => {
    const runAs = unprivileged();
    const runner = newRunner({ runAs });
    Object.assign(runner.env, { GOPROXY: moduleProxy(path.join(runner.base, 'proxy')), GOSUMDB: 'off' });
    // The default redirect leaves GOMODCACHE alone: Go uses ~/go/pkg/mod.
    expectOk(await runner.main());
    const step = await runner.step(
      [
        'mkdir -p "$TMPDIR/mod" && cd "$TMPDIR/mod"',
        'printf "module m\\n\\ngo 1.19\\n\\nrequire example.com/dep v1.0.0\\n" > go.mod',
        'go mod download example.com/dep',
        'go env GOMODCACHE',
        'stat -c %a "$(go env GOMODCACHE)/example.com/dep@v1.0.0"',
      ].join('\n'),
    );
    expectOk(step);
    const [modCache, mode] = step.stdout.trim().split('\n').slice(-2);
    expect(modCache).toBe(path.join(runner.home, 'go', 'pkg', 'mod'));
    expect(mode).toBe('555');
    const post = await runner.post();
    expectOk(post);
    const size = '[\\d.]+ (KiB|MiB)';
    expect(warnings(post)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Go added ${size} \\(space on disk\\) to its module cache ${modCache} during the job, outside the job folder: it stays after the job, read-only, ` +
            'and grows with every job\\. Add GOMODCACHE to the input redirect \\(cache: true adds it too\\) to keep modules in the job folder\\.$',
        ),
      ),
    ]);
    expect(runner.summary).toContain("**⚠️ Written to Go's module cache outside the job folder** (GOMODCACHE was not redirected), so it outlives the job:");
    expect(runner.summary).toMatch(new RegExp(`- \`${modCache}\` \\+${size} \\(0 B → ${size}\\) · redirect: GOMODCACHE`));
    // Not the job's to remove: it stays, read-only, as Go left it.
    expect(exists(path.join(modCache, 'example.com', 'dep@v1.0.0', 'go.mod'))).toBe(true);
  });
});

describe('a process the job left writing', () => {
  it('says the job folder was written to again after removal, names the process, and does not claim it removed', async () => {
    const runner = newRunner();
    const main = await runner.main();
    expectOk(main);
    const jobDir = main.outputs['job-dir'];
    // Its own session, so the whole loop can be stopped at once; it keeps writing after the step ends.
    const start = await runner.step(
      `setsid nohup bash -c 'while :; do mkdir -p "$TMPDIR" && date >> "$TMPDIR/still-writing"; sleep 0.1; done' >/dev/null 2>&1 &\necho $!`,
    );
    expectOk(start);
    const pid = Number(start.stdout.trim());
    try {
      const post = await runner.post();
      expectOk(post);
      expect(runner.summary).not.toContain('✅ Job folder removed');
      expect(runner.summary).toContain('⚠️ Job folder only partly removed');
      expect(runner.summary).toContain(
        '**⚠️ Written into the job folder again after cleanup removed it** (a process of the job still writes there):\n\n- `tmp`',
      );
      expect(runner.summary).toMatch(new RegExp(`- pid ${pid} \`bash -c while :; do mkdir -p [^\`]+\`: the job folder is in its environment`));
      expect(warnings(post)).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^The job folder was written to again after cleanup removed it: ${jobDir}/tmp\\. ` +
              `Still running from the job and may be writing there: pid ${pid} \\(bash -c while .*\\): the job folder is in its environment\\. ` +
              'Stop it in a job step before the job ends\\. See the job summary\\.$',
          ),
        ),
      );
    } finally {
      process.kill(-pid, 'SIGKILL');
      forceRemove(jobDir);
    }
  });
});
