// Decides whether post may delete the job folder. Pure checks first, then checks against the disk.
import { JOB_DIR_PREFIX, REAP_PREFIX } from '../constants.js';
import { checkJobDir, type ExpectedJobDir } from '../lib/job-dir.js';
import { isFilesystemRoot, isWithin, samePath, type PlatformRules } from '../lib/platform.js';
import type { GuardState } from '../state.js';

/** What cleanup needs to know of a job folder: post has it from main's state, the janitor from the folder's marker. */
export type CleanupTarget = Pick<GuardState, 'jobDir' | 'root' | 'token' | 'dev' | 'ino' | 'home' | 'workspace' | 'folders'>;

export interface ProtectedPath {
  label: string;
  path: string;
}

/** Folders post must never delete nor delete around, from saved state and from the environment post sees. */
export function protectedPaths(state: CleanupTarget, env: NodeJS.ProcessEnv, rules: PlatformRules): ProtectedPath[] {
  const candidates: ProtectedPath[] = [
    { label: 'HOME (when main ran)', path: state.home },
    { label: 'the workspace (when main ran)', path: state.workspace },
    { label: 'the root', path: state.root },
    ...rules.homeVars.map((name) => ({ label: `${name} (now)`, path: env[name] ?? '' })),
    { label: 'GITHUB_WORKSPACE (now)', path: env.GITHUB_WORKSPACE ?? '' },
    { label: 'RUNNER_TEMP (now)', path: env.RUNNER_TEMP ?? '' },
  ];
  return candidates.filter((c) => c.path && rules.path.isAbsolute(c.path));
}

/** Reasons not to delete `state.jobDir`, judged on paths alone. Empty means it may go ahead. */
export function refusalReasons(state: CleanupTarget, protect: ProtectedPath[], rules: PlatformRules): string[] {
  const { jobDir, root } = state;
  if (!rules.path.isAbsolute(jobDir) || !rules.path.isAbsolute(root)) return [`job folder ${jobDir} or root ${root} is not an absolute path`];
  if (isFilesystemRoot(jobDir, rules)) return [`${jobDir} is a filesystem root`];
  const reasons: string[] = [];
  if (!isWithin(jobDir, root, rules) || samePath(jobDir, root, rules)) reasons.push(`${jobDir} is not inside the root ${root}`);
  if (!reasons.length && !samePath(rules.path.dirname(rules.path.resolve(jobDir)), root, rules)) {
    reasons.push(`${jobDir} is not directly inside the root ${root}`);
  }
  const name = rules.path.basename(jobDir);
  if (!name.startsWith(JOB_DIR_PREFIX) && !name.startsWith(REAP_PREFIX)) reasons.push(`${jobDir} is not named like a job folder (${JOB_DIR_PREFIX}…)`);
  for (const { label, path } of protect) {
    if (isWithin(path, jobDir, rules)) reasons.push(`${jobDir} is or contains ${label}: ${path}`);
  }
  return reasons;
}

/** Reasons not to delete, judged on the disk: the folder must be the very one main created and marked. */
export function ownershipProblems(state: CleanupTarget, rules: PlatformRules): string[] {
  const identity: Required<ExpectedJobDir> = { token: state.token, dev: state.dev, ino: state.ino };
  return checkJobDir(state.jobDir, identity, rules).map((p) => p.message);
}
