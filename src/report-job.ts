// mode: report — main of a job that needs the matrix: downloads every cell's report of this run and
// writes one summary (a row per cell, failed first), the table as JSON and CSV, and their paths as
// outputs. It makes no job folder and runs no checks; post has nothing to do after it.
import * as core from '@actions/core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CELL_ARTIFACT_PREFIX, OUTPUT } from './constants.js';
import { errorMessage } from './lib/errors.js';
import { renderCellTable } from './summary/render-cells.js';
import { loadArtifactSteps } from './cells/artifact-loader.js';
import type { CellReport } from './cells/cell-report.js';
import { cellTableCsv, cellTableJson } from './cells/export.js';
import { isUnreadable, parseCellReport, type UnreadableReport } from './cells/parse-report.js';
import { buildCellTable } from './cells/table.js';
import { artifactServiceAvailable } from './cells/artifact-service.js';

/** The one JSON file in each downloaded artifact, parsed; what cannot be read says why. */
function readDownloads(downloads: { name: string; dir?: string; error?: string }[]): { reports: CellReport[]; unreadable: UnreadableReport[] } {
  const reports: CellReport[] = [];
  const unreadable: UnreadableReport[] = [];
  for (const d of downloads) {
    try {
      readOne(d, reports, unreadable);
    } catch (err) {
      unreadable.push({ name: d.name, reason: `not read: ${errorMessage(err)}` });
    }
  }
  return { reports, unreadable };
}

function readOne(d: { name: string; dir?: string; error?: string }, reports: CellReport[], unreadable: UnreadableReport[]): void {
  if (!d.dir) {
    unreadable.push({ name: d.name, reason: `not downloaded: ${d.error ?? 'unknown error'}` });
    return;
  }
  const files = fs.readdirSync(d.dir).filter((f) => f.endsWith('.json'));
  if (files.length !== 1) {
    unreadable.push({ name: d.name, reason: `holds ${files.length} JSON files, expected one` });
    return;
  }
  const parsed = parseCellReport(fs.readFileSync(path.join(d.dir, files[0]), 'utf8'), d.name);
  if (isUnreadable(parsed)) unreadable.push(parsed);
  else reports.push(parsed);
}

export async function runReport(env: NodeJS.ProcessEnv, artifactClient: URL): Promise<void> {
  if (!artifactServiceAvailable(env)) {
    core.warning('mode: report found no artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL): it gathers the cells of a run on GitHub.');
    await core.summary.addRaw('### Go CI Guard: matrix report\n\nNo artifact service: nothing to gather.\n').write();
    return;
  }
  const temp = env.RUNNER_TEMP || os.tmpdir();
  const downloads = fs.mkdtempSync(path.join(temp, '.gcg-cells-'));
  try {
    const table = await core.group('Gathering the cell reports of this run', async () => {
      const steps = await loadArtifactSteps(artifactClient);
      const found = await steps.downloadReports(CELL_ARTIFACT_PREFIX, downloads);
      core.info(`${found.length} cell report(s) found.`);
      const { reports, unreadable } = readDownloads(found);
      for (const u of unreadable) core.warning(`Cell report ${u.name} not read: ${u.reason}`);
      return buildCellTable(reports, unreadable);
    });
    const out = fs.mkdtempSync(path.join(temp, 'gcg-cells-'));
    const json = path.join(out, 'cells.json');
    const csv = path.join(out, 'cells.csv');
    fs.writeFileSync(json, cellTableJson(table));
    fs.writeFileSync(csv, cellTableCsv(table));
    core.setOutput(OUTPUT.cellsJson, json);
    core.setOutput(OUTPUT.cellsCsv, csv);
    core.info(`${table.counts.cells} cell(s): ${table.counts.failed} failed, ${table.counts.warned} warned, ${table.counts.ok} ok. Table: ${json}, ${csv}`);
    if (!table.counts.cells) {
      core.warning(`No cell reports in this run: the matrix job needs cell-report: true (the default) and Go CI Guard as a step, and this job needs: it.`);
    }
    await core.summary.addRaw(`### Go CI Guard: matrix report\n\n${renderCellTable(table)}\n`).write();
  } catch (err) {
    core.warning(`The matrix report is incomplete: ${errorMessage(err)}`);
  } finally {
    fs.rmSync(downloads, { recursive: true, force: true });
  }
}
