# Sourced by job-started.sh and job-completed.sh: sets GCG_NODE to a Node.js (20 or later) to run
# dist/hook.js with. In order: GO_CI_GUARD_NODE (set it in the runner's .env), the runner's own
# node (externals/node24, then node20, beside the Runner.Worker that runs this hook), node on PATH.
gcg_find_node() {
  if [ -n "${GO_CI_GUARD_NODE:-}" ]; then
    GCG_NODE=$GO_CI_GUARD_NODE
    return 0
  fi
  local worker=""
  if [ -e "/proc/$PPID/exe" ]; then
    worker=$(readlink "/proc/$PPID/exe" 2>/dev/null || true)
  else
    worker=$(ps -o comm= -p "$PPID" 2>/dev/null || true)
  fi
  if [ -n "$worker" ]; then
    local runner_dir
    runner_dir=$(dirname "$(dirname "$worker")")
    for v in node24 node20; do
      if [ -x "$runner_dir/externals/$v/bin/node" ]; then
        GCG_NODE="$runner_dir/externals/$v/bin/node"
        return 0
      fi
    done
  fi
  GCG_NODE=$(command -v node || true)
  if [ -z "$GCG_NODE" ]; then
    echo "::error::Go CI Guard hook: no Node.js found. Set GO_CI_GUARD_NODE in the runner's .env to a node 20 or later."
    return 1
  fi
}
gcg_find_node
