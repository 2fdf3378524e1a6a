// Registers the action's problem matchers (matchers/go-ci-guard.json, shipped beside dist/) so that
// cgo and linker failures in later steps become annotations; post removes them again.
import * as core from '@actions/core';
import fs from 'node:fs';
import { errorMessage } from '../lib/errors.js';

/** The owners a matcher file declares. */
export function matcherOwners(file: string): string[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { problemMatcher?: { owner?: unknown }[] };
  return (parsed.problemMatcher ?? []).map((m) => m.owner).filter((o): o is string => typeof o === 'string');
}

/** Registers the matchers; returns their owners for post to remove. */
export function addMatchers(file: string): string[] {
  const owners = matcherOwners(file);
  core.info(`::add-matcher::${file}`);
  core.debug(`problem matchers registered: ${owners.join(', ')}`);
  return owners;
}

export function removeMatchers(owners: string[]): void {
  for (const owner of owners) core.info(`::remove-matcher owner=${owner}::`);
}

/** Post: removes the matchers main registered; without usable state, every owner `file` declares. Never throws. */
export function unregisterMatchers(owners: string[] | undefined, file: string): void {
  try {
    removeMatchers(owners ?? matcherOwners(file));
  } catch (err) {
    core.debug(`problem matchers not removed: ${errorMessage(err)}`);
  }
}
