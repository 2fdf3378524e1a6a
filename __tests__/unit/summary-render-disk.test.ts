import { describe, expect, it } from '@jest/globals';
import { chart, downsample, renderDisk, sparkline } from '../../src/summary/render-disk.js';
import { fsReport, GiB, MiB, pts, report } from '../fixtures/disk-report.js';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('downsample', () => {
  it('returns a short series as it is', () => {
    const s = pts(3, 2, 1);
    expect(downsample(s, 3)).toBe(s);
  });

  it("keeps each bucket's lowest reading, so a dip survives", () => {
    const s = pts(10, 10, 10, 1, 10, 10, 10, 10, 10, 10);
    const out = downsample(s, 5);
    expect(out).toHaveLength(5);
    expect(out.map((p) => p.free)).toEqual([10, 1, 10, 10, 10]);
    expect(out[1]).toBe(s[3]);
  });

  it('keeps the last reading (after cleanup) a point of its own, not lost in the low before it', () => {
    const s = pts(...Array.from({ length: 25 }, (_, i) => (i < 7 ? 16 : 0)), 16);
    const out = downsample(s, 24);
    expect(out).toHaveLength(24);
    expect(out.map((p) => p.free).slice(-2)).toEqual([0, 16]);
    expect(sparkline(s)).toMatch(/▁█$/);
  });

  it('covers the whole series in order', () => {
    const s = pts(...Array.from({ length: 100 }, (_, i) => 100 - i));
    const out = downsample(s, 7);
    expect(out).toHaveLength(7);
    expect(out.at(-1)).toBe(s[99]);
    expect(out.map((p) => p.t)).toEqual([...out.map((p) => p.t)].sort((a, b) => a - b));
  });
});

describe('sparkline', () => {
  it('is empty under two points', () => {
    expect(sparkline([])).toBe('');
    expect(sparkline(pts(5))).toBe('');
  });

  it('is flat for a flat series, and for a small wobble on a roomy disk (scaled from zero)', () => {
    expect(sparkline(pts(7, 7, 7, 7))).toBe('████');
    expect(sparkline(pts(100 * GiB, 99 * GiB, 100 * GiB))).toBe('███');
  });

  it('ends in the lowest bar for a disk that fills up', () => {
    expect(sparkline(pts(70, 60, 50, 40, 30, 20, 10, 0))).toBe('█▇▆▅▄▃▂▁');
  });

  it('all lowest bars when nothing is free', () => {
    expect(sparkline(pts(0, 0, 0))).toBe('▁▁▁');
  });

  it('is at most `width` bars', () => {
    expect([...sparkline(pts(...Array.from({ length: 100 }, () => 1)), 24)]).toHaveLength(24);
  });
});

describe('chart', () => {
  it('is undefined under three points', () => {
    expect(chart(fsReport({ series: pts(1, 2) }))).toBeUndefined();
    expect(chart(fsReport({ series: [] }))).toBeUndefined();
  });

  it('is a Mermaid xychart in GiB and seconds', () => {
    expect(chart(fsReport())).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Free space on / (GiB)"',
        '  x-axis "seconds since main" 0 --> 3',
        '  y-axis "GiB free" 0 --> 44',
        '  line [40, 35, 30, 38]',
        '```',
      ].join('\n'),
    );
  });

  it('uses MiB for a small disk, and replaces double quotes in the mount', () => {
    const c = chart(fsReport({ mount: '/mnt/"x"', series: pts(512 * MiB, 256 * MiB, 0) })) as string;
    expect(c).toContain(`title "Free space on /mnt/'x' (MiB)"`);
    expect(c).toContain('y-axis "MiB free" 0 --> 563.2');
    expect(c).toContain('line [512, 256, 0]');
  });

  it('counts minutes for a long job, and draws the downsampled minimums', () => {
    // 20 minutes of a slowly filling disk with one dip to 1 GiB: each bucket's minimum is its last point.
    const series = Array.from({ length: 401 }, (_, i) => ({ t: i * 3000, free: i === 123 ? 1 * GiB : (20 - i / 1000) * GiB }));
    const c = chart(fsReport({ series })) as string;
    expect(c).toContain('x-axis "minutes since main" 0 --> 20\n');
    expect(c).toContain('y-axis "GiB free" 0 --> 21.99\n'); // 10 % above the highest drawn value
    const line = /line \[(.*)\]/.exec(c)?.[1].split(', ').map(Number) ?? [];
    expect(line).toHaveLength(40);
    expect(line.indexOf(1)).toBe(12);
    expect(line.filter((v) => v === 1)).toHaveLength(1);
    expect(line.filter((v) => v > 19.5 && v < 20)).toHaveLength(39);
    expect(line.at(-1)).toBe(19.6);
  });
});

describe('renderDisk: nothing to worry about', () => {
  it('folds into a single <details> with the lowest free space in its summary', () => {
    const md = renderDisk(report());
    expect(md.startsWith('<details><summary>💽 Disk: lowest free 30.0 GiB on <code>/</code></summary>\n\n')).toBe(true);
    expect(md.endsWith('\n\n</details>')).toBe(true);
    expect(count(md, '<details>')).toBe(1);
    expect(md).toContain('| `/` | job folder, HOME | 40.0 GiB | 30.0 GiB at 2.00 s | 38.0 GiB |');
    expect(md).toContain('Sampled every 5.00 s: 12 records, 3 folder-size scans.');
    expect(md).toContain('```mermaid');
    expect(md).not.toContain('**💽 Disk**');
  });

  it('names the biggest folder of the job folder in the summary, escaped', () => {
    const md = renderDisk(report({ growers: [{ folder: 'a<b>', peak: 5 * GiB, end: 1 * GiB }] }));
    expect(md).toContain('</code>, biggest in the job folder: a&lt;b&gt; 5.00 GiB</summary>');
  });

  it('escapes HTML in the mount name in the <summary>', () => {
    const md = renderDisk(report({ filesystems: [fsReport({ mount: '/mnt/<img src=x onerror=alert(1)>&' })] }));
    const summary = /<summary>(.*?)<\/summary>/.exec(md)?.[1] ?? '';
    expect(summary).toContain('<code>/mnt/&lt;img src=x onerror=alert(1)&gt;&amp;</code>');
    expect(summary).not.toContain('<img');
  });

  it('picks the filesystem with the lowest free space, and copes with none', () => {
    const md = renderDisk(report({ filesystems: [fsReport(), fsReport({ mount: '/mnt', lowest: 2 * GiB })] }));
    expect(md).toContain('lowest free 2.00 GiB on <code>/mnt</code>');
    expect(renderDisk(report({ filesystems: [] }))).toContain('<summary>💽 Disk: no filesystem measured</summary>');
  });

  it('says when there was no sampler', () => {
    expect(renderDisk(report({ sampler: { records: 0, writeErrors: 0, sizeScans: 0 } }))).toContain(
      'No samples during the job (sample-interval: 0, or the sampler did not start).',
    );
  });
});

describe('renderDisk: something to report', () => {
  const expanded = (md: string) => {
    expect(md.startsWith('**💽 Disk**: lowest free 30.0 GiB on `/`')).toBe(true);
    expect(md).toContain('<details><summary>Free space over the job</summary>');
    expect(count(md, '<details>')).toBe(1);
  };

  it('lists a threshold crossed when main ran', () => {
    const md = renderDisk(
      report({
        verdicts: [
          { mount: '/', status: 'fail', needed: 50 * GiB, threshold: '50GiB' },
          { mount: '/mnt', status: 'warn', needed: GiB, threshold: '1GiB' },
        ],
      }),
    );
    expanded(md);
    expect(md).toContain('- ❌ `/` was below min-free 50GiB (50.0 GiB) when main ran\n- ⚠️ `/mnt` was below warn-free 1GiB (1.00 GiB) when main ran');
  });

  it("lists what leaked into HOME's cache, with hints", () => {
    const leak = {
      kind: 'home-cache' as const,
      path: '/home/r/.cache/go-build',
      tool: 'go-build',
      before: 0,
      after: 3 * GiB,
      added: 3 * GiB,
      approximate: true,
      hint: 'redirect: GOCACHE',
    };
    const md = renderDisk(report({ leaks: [leak] }));
    expanded(md);
    expect(md).toContain("**⚠️ Written to HOME's cache despite XDG_CACHE_HOME pointing into the job folder**");
    expect(md).toContain('- `/home/r/.cache/go-build` +≥ 3.00 GiB (0 B → 3.00 GiB) · redirect: GOCACHE');
    expect(renderDisk(report({ leaks: [leak], xdgRedirected: false }))).toContain('(XDG_CACHE_HOME was not redirected)');
  });

  it('names the home cache as the OS that measured it does: %LOCALAPPDATA% on Windows, without XDG_CACHE_HOME', () => {
    const leak = {
      kind: 'home-cache' as const,
      path: 'C:\\Users\\r\\AppData\\Local\\sometool',
      tool: 'sometool',
      before: 0,
      after: 3 * MiB,
      added: 3 * MiB,
      approximate: false,
    };
    const md = renderDisk(report({ leaks: [leak], homeCache: { homeCacheLabel: '%LOCALAPPDATA%', toolsReadXdgCache: false } }));
    expect(md).toContain('**⚠️ Written to %LOCALAPPDATA%**, so it outlives the job:');
    expect(md).not.toContain('XDG_CACHE_HOME');
  });

  it('lists held deleted files with their processes and the total', () => {
    const held = [
      {
        path: '/tmp/vm.img',
        bytes: 2 * GiB,
        holders: [
          { pid: 41, command: 'qemu-system-x86_64' },
          { pid: 42, command: 'qemu' },
        ],
        inJobDir: false,
      },
      { path: '/tmp/log', bytes: 1 * GiB, holders: [{ pid: 7, command: 'server' }], inJobDir: true },
    ];
    const md = renderDisk(report({ held }));
    expanded(md);
    expect(md).toContain('**⚠️ Space held by deleted files: 3.00 GiB**');
    expect(md).toContain('| 41, 42 | `qemu-system-x86_64` | `/tmp/vm.img` | 2.00 GiB |');
  });

  it('shows the biggest consumers only next to something to report', () => {
    const consumers = [{ path: '/tmp', bytes: 5 * GiB, complete: false, label: 'system temp folder' }];
    expect(renderDisk(report({ consumers }))).not.toContain('Biggest consumers');
    const md = renderDisk(report({ consumers, verdicts: [{ mount: '/', status: 'warn', needed: GiB, threshold: '1GiB' }] }));
    expect(md).toContain('| Folder | Where | On disk |\n|---|---|--:|\n| `/tmp` | system temp folder | ≥ 5.00 GiB |');
  });

  it("lists growth of Go's module cache apart from HOME's cache, with the variable that moves it", () => {
    const mod = {
      kind: 'module-cache' as const,
      path: '/home/r/go/pkg/mod',
      tool: 'go-mod',
      before: MiB,
      after: 5 * MiB,
      added: 4 * MiB,
      approximate: false,
      hint: 'redirect: GOMODCACHE',
    };
    const md = renderDisk(report({ leaks: [mod] }));
    expanded(md);
    expect(md).toContain(
      "**⚠️ Written to Go's module cache outside the job folder** (GOMODCACHE was not redirected), so it outlives the job:\n\n- `/home/r/go/pkg/mod` +4.00 MiB (1.00 MiB → 5.00 MiB) · redirect: GOMODCACHE",
    );
    expect(md).not.toContain("HOME's cache");
  });

  it('keeps details in the fold: root choice, held-scan notes, problems', () => {
    const md = renderDisk(
      report({
        heldDenied: 4,
        problems: ['a|b'],
        rootChoice: { path: '/mnt', reason: 'most free', considered: [] },
        leaks: [{ kind: 'home-cache', path: '/c/x', tool: 'x', before: 0, after: MiB, added: MiB, approximate: false }],
      }),
    );
    const fold = md.slice(md.indexOf('<details>'));
    expect(fold).toContain('Held deleted files: 4 processes of other users could not be inspected (not permitted).');
    expect(renderDisk(report({ heldUnavailable: '/proc is unreadable (EACCES)' }))).toContain(
      'Held deleted files were not checked: /proc is unreadable (EACCES).',
    );
    expect(fold).toContain('Root (auto): `/mnt`, most free.');
    expect(fold).toContain('Notes:\n\n- a\\|b');
  });
});
