// The disk part of the job summary: a sparkline and a chart only where free space moved, and sizes
// that say what they measure.
import { describe, expect, it } from '@jest/globals';
import { freeSpaceMoved, freeSpaceRange, type FilesystemReport } from '../../src/disk/report.js';
import { renderDisk } from '../../src/summary/render-disk.js';
import { fsReport, GiB, MiB, pts, report } from '../fixtures/disk-report.js';

describe('renderDisk: only what moved is drawn; sizes say what they measure', () => {
  const flat = (changes: Partial<FilesystemReport> = {}) =>
    fsReport({ before: 40 * GiB, lowest: 40 * GiB - 512 * 1024, after: 40 * GiB, series: pts(40 * GiB, 40 * GiB - 512 * 1024, 40 * GiB), ...changes });

  it('draws no sparkline and no chart where free space moved less than 1 MiB; says how little', () => {
    const md = renderDisk(report({ filesystems: [flat()] }));
    expect(md).toContain('| `/` | job folder, HOME | 40.0 GiB | 40.0 GiB at 2.00 s | 40.0 GiB | steady, within 512.0 KiB |');
    expect(md).not.toContain('```mermaid');
    expect(md).not.toMatch(/[▁-█]/);
    const still = fsReport({ before: GiB, lowest: GiB, after: GiB, series: pts(GiB, GiB, GiB) });
    expect(renderDisk(report({ filesystems: [still] }))).toContain('| 1.00 GiB | unchanged |');
  });

  it('needs 0.1 % of the filesystem too: 50 MiB on a 100 GiB disk is steady, 150 MiB is drawn', () => {
    const moved = (bytes: number) => fsReport({ lowest: 40 * GiB - bytes, series: pts(40 * GiB, 40 * GiB - bytes, 40 * GiB) });
    expect(freeSpaceMoved(moved(50 * MiB))).toBe(false);
    expect(freeSpaceMoved(moved(150 * MiB))).toBe(true);
    expect(renderDisk(report({ filesystems: [moved(50 * MiB)] }))).not.toContain('```mermaid');
    expect(renderDisk(report({ filesystems: [moved(150 * MiB)] }))).toContain('```mermaid');
    // On a small filesystem 1 MiB is the bar.
    const small = (bytes: number) =>
      fsReport({ total: 64 * MiB, before: 60 * MiB, lowest: 60 * MiB - bytes, series: pts(60 * MiB, 60 * MiB - bytes, 60 * MiB) });
    expect(freeSpaceMoved(small(MiB - 1))).toBe(false);
    expect(freeSpaceMoved(small(MiB))).toBe(true);
  });

  it('says how far free space moved where the sparkline would be one bar height throughout', () => {
    // 370 MiB of 66 GiB: drawn in the chart, but every bar of a line scaled from zero is full.
    const wobble = fsReport({
      before: 66 * GiB,
      lowest: 66 * GiB - 370 * MiB,
      after: 66 * GiB - 200 * MiB,
      series: pts(66 * GiB, 66 * GiB - 370 * MiB, 66 * GiB - 200 * MiB),
    });
    const md = renderDisk(report({ filesystems: [wobble] }));
    expect(md).toContain('| moved, within 370.0 MiB |');
    expect(md).not.toMatch(/[▁-█]/);
    expect(md).toContain('```mermaid');
  });

  it("counts the sampler's running minimum and the reading before the job", () => {
    // The series alone is flat; the lowest reading the sampler kept is 2 MiB below it.
    expect(freeSpaceRange(fsReport({ total: 64 * MiB, before: 60 * MiB, lowest: 58 * MiB, series: pts(60 * MiB, 60 * MiB) }))).toBe(2 * MiB);
    expect(freeSpaceRange(fsReport({ total: 64 * MiB, before: 62 * MiB, lowest: 60 * MiB, series: pts(60 * MiB, 60 * MiB) }))).toBe(2 * MiB);
  });

  it('charts each filesystem that moved, and only those', () => {
    const md = renderDisk(report({ filesystems: [flat({ mount: '/flat' }), fsReport({ mount: '/busy' })] }));
    expect(md).toContain('title "Free space on /busy (GiB)"');
    expect(md).not.toContain('title "Free space on /flat');
  });

  it("names each folder's peak and its size at the end as space on disk; the sampler's last reading only where post had none", () => {
    const growers = [
      { folder: 'tmp', peak: 24 * MiB, end: 0, lastSampled: 24 * MiB },
      { folder: 'go-build', peak: 3 * MiB, end: 3 * MiB, endApproximate: true },
      { folder: 'cache', peak: 2 * MiB, lastSampled: MiB },
      { folder: 'gone', peak: MiB },
    ];
    const md = renderDisk(report({ growers }));
    expect(md).toContain(
      'Biggest folders in the job folder (space on disk): `tmp` peak 24.0 MiB, at the end 0 B; `go-build` peak 3.00 MiB, at the end ≥ 3.00 MiB; `cache` peak 2.00 MiB, last sampled 1.00 MiB; `gone` peak 1.00 MiB.',
    );
  });
});
