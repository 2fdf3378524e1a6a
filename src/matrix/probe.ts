// The cgo probe: builds a tiny cgo program inside the job folder with the job's own environment,
// runs it (unless it is a cross build) and reads which libc the binary really links.
import fs from 'node:fs';
import path from 'node:path';
import { PROBE_DIR } from '../constants.js';
import { nowMs } from '../lib/clock.js';
import { execTool } from '../lib/exec.js';
import { platformRules } from '../lib/platform.js';
import { readElfDynamic } from './elf-deps.js';
import { readBinaryFormat, libcFromBinary, type BinaryFormat } from './parse.js';

export const PROBE_OUTPUT = 'cgo probe: 42';

const PROBE_SOURCE = `package main

/*
#include <stdio.h>
static int probe_add(int a, int b) { return a + b; }
*/
import "C"

import "fmt"

func main() { fmt.Println("cgo probe:", int(C.probe_add(40, 2))) }
`;

export interface ProbeBuild {
  ok: boolean;
  ms: number;
  /** The compiler's own output when the build failed. */
  output: string;
  binary?: string;
}

export interface ProbeResult extends ProbeBuild {
  ran: boolean;
  runOutput?: string;
  runOk?: boolean;
  format?: BinaryFormat;
  libc?: ReturnType<typeof libcFromBinary>;
  /** The shared libraries the binary needs (DT_NEEDED): a second libc hides here, not in the interpreter. */
  needed?: string[];
}

/**
 * Writes and builds the probe; starts at once so it overlaps the other checks (`signal` stops it
 * when they find cgo off). Never rejects: it runs unawaited for a while.
 */
export async function buildProbe(
  jobDir: string,
  goPath: string | undefined,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
  platform = process.platform,
): Promise<ProbeBuild> {
  const started = nowMs();
  if (!goPath) return { ok: false, ms: 0, output: 'go is not on PATH' };
  const dir = path.join(jobDir, PROBE_DIR);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module go-ci-guard/cgo-probe\n\ngo 1.18\n');
    fs.writeFileSync(path.join(dir, 'main.go'), PROBE_SOURCE);
  } catch (err) {
    return { ok: false, ms: nowMs() - started, output: `cannot write the probe into ${dir}: ${(err as Error).message}` };
  }
  const binary = path.join(dir, `probe${platformRules(platform).exeSuffix}`);
  // The job's environment decides the compiler and flags; module settings must not send the probe
  // to a proxy or a go.work of the user's (-mod=mod on the command line wins over GOFLAGS).
  // Its own build cache: the job's GOCACHE may be about to be restored (cache: true), and the probe's
  // entries carry the job folder's random name, so no later job could use them.
  const probeEnv = { ...env, GOWORK: 'off', GO111MODULE: 'on', GOPROXY: 'off', GOCACHE: path.join(dir, 'go-build') };
  const result = await execTool(goPath, ['build', '-mod=mod', '-o', binary, '.'], { env: probeEnv, cwd: dir, timeoutMs: 300_000, signal });
  const ms = nowMs() - started;
  if (result.code !== 0) return { ok: false, ms, output: [result.error, result.stdout, result.stderr].filter(Boolean).join('\n').trim() };
  // GOFLAGS=-n, say, "succeeds" without writing anything.
  if (!fs.existsSync(binary)) return { ok: false, ms, output: `go build exited 0 but wrote no ${binary} (GOFLAGS=${env.GOFLAGS ?? ''})` };
  return { ok: true, ms, output: '', binary };
}

/** Runs the built probe (native builds only) and reads its libc from the binary. */
export async function finishProbe(build: ProbeBuild, cross: boolean): Promise<ProbeResult> {
  if (!build.ok || !build.binary) return { ...build, ran: false };
  let format: BinaryFormat;
  let needed: string[] | undefined;
  try {
    const bytes = fs.readFileSync(build.binary);
    format = readBinaryFormat(bytes);
    needed = readElfDynamic((offset, length) => bytes.subarray(offset, offset + length))?.needed;
  } catch (err) {
    return { ...build, ok: false, ran: false, output: `cannot read the built probe: ${(err as Error).message}` };
  }
  const libc = libcFromBinary(format);
  if (cross) return { ...build, ran: false, format, libc, needed };
  const run = await execTool(build.binary, [], { timeoutMs: 30_000 });
  const runOutput = [run.error, run.stdout, run.stderr].filter(Boolean).join('\n').trim();
  return { ...build, ran: true, runOutput, runOk: run.code === 0 && run.stdout.trim() === PROBE_OUTPUT, format, libc, needed };
}
