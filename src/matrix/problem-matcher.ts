// Registers the action's problem matchers (matchers/go-ci-guard.json, shipped beside dist/) so that
// cgo and linker failures in later steps become annotations; post removes them again.
import * as core from '@actions/core';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The matcher file, found relative to the bundle (dist/main.js → matchers/). */
export function matcherFile(): string {
  return fileURLToPath(new URL('../matchers/go-ci-guard.json', import.meta.url));
}

/** The owners a matcher file declares. */
export function matcherOwners(file: string): string[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { problemMatcher?: { owner?: unknown }[] };
  return (parsed.problemMatcher ?? []).map((m) => m.owner).filter((o): o is string => typeof o === 'string');
}

/** Registers the matchers; returns their owners for post to remove. */
export function addMatchers(file = matcherFile()): string[] {
  const owners = matcherOwners(file);
  core.info(`::add-matcher::${file}`);
  core.debug(`problem matchers registered: ${owners.join(', ')}`);
  return owners;
}

export function removeMatchers(owners: string[]): void {
  for (const owner of owners) core.info(`::remove-matcher owner=${owner}::`);
}
