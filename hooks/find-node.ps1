# Dot-sourced by job-started.ps1 and job-completed.ps1: sets $GcgNode to the node that runs
# dist/hook.js, or $GcgProblem to why there is none. In order: GO_CI_GUARD_NODE (set it in the
# runner's .env), the runner's own node (externals\node24, then node20, beside the Runner.Worker that
# runs this job), node on PATH. dist/hook.js itself refuses a node older than 20.
$GcgNode = $null
$GcgProblem = $null
if ($env:GO_CI_GUARD_NODE) {
  if (Test-Path -PathType Leaf $env:GO_CI_GUARD_NODE) { $GcgNode = $env:GO_CI_GUARD_NODE }
  else { $GcgProblem = "GO_CI_GUARD_NODE is `"$($env:GO_CI_GUARD_NODE)`", which is not a file: set it to the path of a Node.js 20 or later in the runner's .env" }
} else {
  try {
    $id = $PID
    for ($depth = 0; $depth -lt 12 -and -not $GcgNode; $depth++) {
      $proc = Get-CimInstance Win32_Process -Filter "ProcessId=$id"
      if (-not $proc) { break }
      if ($proc.Name -eq 'Runner.Worker.exe') {
        $runnerDir = Split-Path (Split-Path $proc.ExecutablePath -Parent) -Parent
        foreach ($v in 'node24', 'node20') {
          $candidate = Join-Path $runnerDir "externals\$v\bin\node.exe"
          if (Test-Path $candidate) { $GcgNode = $candidate; break }
        }
        break
      }
      $id = $proc.ParentProcessId
    }
  } catch { }
  if (-not $GcgNode) { $GcgNode = (Get-Command node -ErrorAction SilentlyContinue).Source }
  if (-not $GcgNode) { $GcgProblem = "no Node.js found (neither the runner's externals\node24 or node20 nor node on PATH): set GO_CI_GUARD_NODE in the runner's .env to the path of a Node.js 20 or later" }
}
