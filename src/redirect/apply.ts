// Creates the planned subfolders and exports the variables for every later step.
import * as core from '@actions/core';
import fs from 'node:fs/promises';
import type { PlatformRules } from '../platform.js';
import { outputNameFor, type RedirectFolder } from './plan.js';

/** Makes each folder and exports its variables; returns the values they had before. */
export async function applyRedirects(jobDir: string, folders: RedirectFolder[], rules: PlatformRules): Promise<Record<string, string>> {
  const previous: Record<string, string> = {};
  for (const { folder, variables } of folders) {
    const dir = rules.path.join(jobDir, folder);
    await fs.mkdir(dir, { recursive: true });
    for (const variable of variables) {
      const before = process.env[variable];
      if (before !== undefined) previous[variable] = before;
      core.exportVariable(variable, dir);
      core.setOutput(outputNameFor(variable), dir);
      core.debug(`${variable}=${dir}${before === undefined ? '' : ` (was ${before})`}`);
    }
    // `go install` puts binaries in $GOPATH/bin; keep them runnable as they were with ~/go/bin.
    if (variables.includes('GOPATH')) core.addPath(rules.path.join(dir, 'bin'));
  }
  return previous;
}
