# Dot-sourced by job-started.ps1 and job-completed.ps1: sets $GcgNode to a Node.js (20 or later) to
# run dist/hook.js with. In order: GO_CI_GUARD_NODE (set it in the runner's .env), the runner's own
# node (externals\node24, then node20, beside the Runner.Worker that runs this hook), node on PATH.
$GcgNode = $env:GO_CI_GUARD_NODE
if (-not $GcgNode) {
  try {
    $parentId = (Get-CimInstance Win32_Process -Filter "ProcessId=$PID").ParentProcessId
    $worker = (Get-Process -Id $parentId).Path
    $runnerDir = Split-Path (Split-Path $worker -Parent) -Parent
    foreach ($v in 'node24', 'node20') {
      $candidate = Join-Path $runnerDir "externals\$v\bin\node.exe"
      if (Test-Path $candidate) { $GcgNode = $candidate; break }
    }
  } catch { }
}
if (-not $GcgNode) { $GcgNode = (Get-Command node -ErrorAction SilentlyContinue).Source }
if (-not $GcgNode) {
  Write-Output "::error::Go CI Guard hook: no Node.js found. Set GO_CI_GUARD_NODE in the runner's .env to a node 20 or later."
  exit 1
}
