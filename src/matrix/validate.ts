// Applies the matrix checks in main: gathers facts (with the probe building alongside), judges them,
// logs them, annotates problems and sets the toolchain outputs.
import * as core from '@actions/core';
import { nowMs } from '../lib/clock.js';
import { errorMessage } from '../lib/errors.js';
import { findExecutable } from '../lib/exec.js';
import { buildLibc, describeLibc, evaluateCell } from './evaluate.js';
import { describeCell, type CellExpectations } from './expectations.js';
import { gatherFacts } from './facts.js';
import { listCgoPackages } from './cgo-packages.js';
import { gatherLibraryFacts } from './library-facts.js';
import { emptyToolchainOutputs, toolchainOutputs, type ToolchainOutputs } from './fingerprint.js';
import { CHECK_ICON, type Check, type MatrixReport } from './report.js';
import { buildProbe, finishProbe, type ProbeResult } from './probe.js';

/** A report for checks that could not run at all: one failed check naming the fault. */
function faultReport(cell: CellExpectations, err: unknown, ms: number): MatrixReport {
  const check: Check = {
    id: 'checks',
    title: 'Matrix checks',
    status: 'fail',
    expected: 'the checks run',
    found: `stopped by an unexpected error: ${errorMessage(err)}`,
    fix: 'on-mismatch: warn lets the job go on; please report this error',
  };
  return { cell: describeCell(cell), onMismatch: cell.onMismatch, checks: [check], outputs: emptyToolchainOutputs(), ms: Math.round(ms) };
}

/** Gathers and judges; no logging, no outputs. Never rejects. */
export async function examineCell(
  cell: CellExpectations,
  jobDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ report: MatrixReport; probe?: ProbeResult }> {
  const started = nowMs();
  // The probe's build is the slow part: start it first so it overlaps every other check.
  const stopProbe = new AbortController();
  const goPath = findExecutable('go', env);
  const build = cell.probe && env.CGO_ENABLED !== '0' ? buildProbe(jobDir, goPath, env, stopProbe.signal) : undefined;
  // go list may load many packages: it runs beside go env.
  const listing =
    cell.validate && cell.cgoPackages.length && goPath && env.CGO_ENABLED !== '0' ? listCgoPackages(goPath, cell.cgoPackages, env, process.cwd()) : undefined;
  try {
    const facts = await gatherFacts(cell, env);
    const cross = facts.goos !== facts.hostOs || facts.goarch !== facts.hostArch;
    const finishing = async (): Promise<ProbeResult | undefined> => {
      if (build && facts.cgoEnabled) return finishProbe(await build, cross);
      if (build) {
        stopProbe.abort(); // cgo is off: the build cannot succeed
        await build;
      }
      return undefined;
    };
    // The library tests are checks: not run for the cache key's facts alone (validate: false).
    const testing = async () => (cell.validate ? gatherLibraryFacts(cell, facts, await listing, jobDir, env, process.cwd()) : undefined);
    const [probe, libraries] = await Promise.all([finishing(), testing()]);
    const checks = evaluateCell(cell, facts, probe, libraries);
    const libc = buildLibc(facts, facts.cgoEnabled === true, probe);
    const report: MatrixReport = {
      cell: describeCell(cell),
      onMismatch: cell.onMismatch,
      checks,
      outputs: toolchainOutputs(facts, libc),
      hostLibc: facts.hostLibc ? describeLibc(facts.hostLibc) : undefined,
      probeOutput: probe && !probe.ok ? clip(probe.output, 4000) : undefined,
      ms: Math.round(nowMs() - started),
    };
    return { report, probe };
  } catch (err) {
    stopProbe.abort();
    await Promise.all([build, listing]);
    return { report: faultReport(cell, err, nowMs() - started) };
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}\n… (clipped; the step log has it all)` : text;
}

function oneLine(check: Check): string {
  const found = check.found.split('\n')[0];
  return `${check.title}: expected ${check.expected}, found ${found}${check.fix ? `. Fix: ${check.fix}` : ''}`;
}

/** Logs the checks, annotates each problem and sets the outputs; returns the failed checks. */
export async function validateCell(cell: CellExpectations, jobDir: string): Promise<{ report: MatrixReport; failed: Check[] }> {
  const { report, probe } = await core.group(`Checking the matrix cell ${describeCell(cell)}`, async () => {
    const result = await examineCell(cell, jobDir);
    for (const check of result.report.checks) core.info(`${CHECK_ICON[check.status]} ${oneLine(check)}`);
    if (result.probe && !result.probe.ok) core.info(`cgo probe build output:\n${result.probe.output}`);
    core.info(`Toolchain fingerprint: ${result.report.outputs['toolchain-fingerprint']} (checked in ${result.report.ms} ms)`);
    return result;
  });
  for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value);
  const failed = report.checks.filter((c) => c.status === 'fail');
  for (const check of report.checks) {
    const title = `Matrix cell ${report.cell}: ${check.title}`;
    if (check.status === 'fail' && cell.onMismatch === 'fail') core.error(oneLine(check), { title });
    else if (check.status === 'fail' || check.status === 'warn') core.warning(oneLine(check), { title });
  }
  if (probe) core.debug(`cgo probe: built in ${Math.round(probe.ms)} ms, ok=${probe.ok}`);
  return { report, failed };
}

/** The toolchain facts alone, gathered quietly: the cache key needs them when validation is off. */
export async function toolchainFacts(jobDir: string): Promise<ToolchainOutputs> {
  const noExpectations: CellExpectations = {
    validate: false,
    cgo: 'auto',
    libc: { family: 'any' },
    pkgConfig: [],
    probe: false,
    cgoPackages: [],
    onMismatch: 'warn',
  };
  return (await examineCell(noExpectations, jobDir)).report.outputs;
}
