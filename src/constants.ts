// Every name the action shares with action.yml, the runner and its own job folder. No imports: any
// module may use it. __tests__/e2e/action-definition.test.ts checks the inputs and outputs against action.yml.

/** Input names, as action.yml declares them. */
export const INPUT = {
  root: 'root',
  minFree: 'min-free',
  warnFree: 'warn-free',
  sampleInterval: 'sample-interval',
  redirect: 'redirect',
  failOnCleanupError: 'fail-on-cleanup-error',
  goVersion: 'go-version',
  cgo: 'cgo',
  libc: 'libc',
  pkgConfig: 'pkg-config',
  cgoProbe: 'cgo-probe',
  cgoPackages: 'cgo-packages',
  onMismatch: 'on-mismatch',
  validate: 'validate',
  problemMatcher: 'problem-matcher',
  cache: 'cache',
  cacheDependencyPath: 'cache-dependency-path',
  cacheKeyPrefix: 'cache-key-prefix',
  cachePaths: 'cache-paths',
  cacheSave: 'cache-save',
  mode: 'mode',
  cellReport: 'cell-report',
  cell: 'cell',
} as const;
export type InputName = (typeof INPUT)[keyof typeof INPUT];

/** Outputs main sets itself. */
export const OUTPUT = {
  jobDir: 'job-dir',
  report: 'report',
  cacheHit: 'cache-hit',
  cacheKey: 'cache-key',
  cacheMatchedKey: 'cache-matched-key',
  cacheRestoredSize: 'cache-restored-size',
  cellsJson: 'cells-json',
  cellsCsv: 'cells-csv',
} as const;

/** What the matrix checks found, as outputs (also the keys of the summary's facts line). */
export const TOOLCHAIN_OUTPUTS = ['go-version', 'cgo-enabled', 'cc', 'cc-version', 'cc-target', 'libc', 'libc-version', 'toolchain-fingerprint'] as const;
export type ToolchainOutputName = (typeof TOOLCHAIN_OUTPUTS)[number];

/**
 * Outputs declared for the folders of well-known variables: the variable in lower case, `_` as `-`
 * (redirect/plan.ts outputNameFor). Any other redirected variable gets an undeclared output of that form.
 */
export const REDIRECT_OUTPUTS = ['xdg-cache-home', 'tmpdir', 'tmp', 'temp', 'gocache', 'gotmpdir', 'gomodcache', 'gopath', 'ccache-dir'] as const;

/** The one state key main saves and post reads (GuardState as JSON). */
export const STATE_KEY = 'guard';

/** Job folders are named `<prefix><run>-<attempt>-<job>-<random>`; post refuses any other name. */
export const JOB_DIR_PREFIX = 'go-ci-guard-';
/**
 * A job folder the janitor is removing is renamed `<REAP_PREFIX><random>` (no other janitor's scan
 * of job folders matches it), beside `<that name><CLAIM_SUFFIX>` naming the claiming job's process.
 */
export const REAP_PREFIX = '.go-ci-guard-reap-';
export const CLAIM_SUFFIX = '.claim';
/** The marker file in the job folder: holds the token that proves the folder is this job's. */
export const MARKER_FILE = '.go-ci-guard';
/** The sampler's files in the job folder. */
export const SAMPLES_FILE = '.go-ci-guard-samples';
export const SAMPLER_CONFIG_FILE = '.go-ci-guard-sampler.json';
export const STOP_FILE = '.go-ci-guard-stop';
export const SAMPLER_PID_FILE = '.go-ci-guard-sampler.pid';
/** The action ids main restored into GOCACHE, one per line: post tells new build results from them. */
export const RESTORED_ACTIONS_FILE = '.go-ci-guard-restored-actions';
/** The cgo probe's folder in the job folder. */
export const PROBE_DIR = 'cgo-probe';
/** The library tests' folder in the job folder (headers compiled and libraries linked with the cell's compiler). */
export const CC_TESTS_DIR = 'cc-tests';
/** Cell report artifacts are named `<prefix><attempt>-<job>-<hash of the cell>`; the report mode downloads every one. */
export const CELL_ARTIFACT_PREFIX = 'go-ci-guard-cell-';
/** Days a cell report artifact is kept: the report job reads it within the same run. */
export const CELL_ARTIFACT_RETENTION_DAYS = 1;
/** The JSON report is `<job folder name><suffix>`, beside the job folder. */
export const REPORT_SUFFIX = '.report.json';
/** The folder made on a root-owned scratch volume (/mnt); it stays as the root for later jobs. */
export const SCRATCH_FOLDER = 'go-ci-guard';
/** Go's build cache marks its last trim in this file (a Unix time); the restore writes a fresh one. */
export const GO_TRIM_FILE = 'trim.txt';

/** Exported by the job-started hook: the job's folder, which a step of the action then uses instead of making one. */
export const JOB_DIR_VAR = 'GO_CI_GUARD_JOB_DIR';

/** Environment variable that forces post's removal engine (`threads` or `lanes`) instead of measuring which fits the disk. */
export const REMOVAL_ENGINE_VAR = 'GO_CI_GUARD_REMOVAL_ENGINE';
