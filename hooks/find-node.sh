# Sourced by job-started.sh and job-completed.sh: sets GCG_NODE to the node that runs dist/hook.js,
# or GCG_PROBLEM to why there is none. In order: GO_CI_GUARD_NODE (set it in the runner's .env), the
# runner's own node (externals/node24, then node20, beside the Runner.Worker that runs this job),
# node on PATH. dist/hook.js itself refuses a node older than 20.

# The Runner.Worker above this shell: its executable's path (Linux /proc, else ps).
gcg_worker_exe() {
  local pid=$PPID depth=0 name line rest
  while [ "$pid" -gt 1 ] && [ "$depth" -lt 12 ]; do
    if [ -r "/proc/$pid/stat" ]; then
      # "pid (name) state ppid …": the name may hold spaces and parentheses; shell builtins only.
      read -r line <"/proc/$pid/stat" || return 1
      name=${line#*\(}
      name=${name%\)*}
      if [ "$name" = Runner.Worker ]; then
        readlink "/proc/$pid/exe"
        return 0
      fi
      rest=${line##*\) }
      pid=${rest#* }
      pid=${pid%% *}
    else
      name=$(ps -o comm= -p "$pid" 2>/dev/null) || return 1
      case "$name" in
        */Runner.Worker | Runner.Worker)
          echo "$name"
          return 0
          ;;
      esac
      pid=$(ps -o ppid= -p "$pid" 2>/dev/null | tr -d ' ') || return 1
    fi
    depth=$((depth + 1))
  done
  return 1
}

gcg_find_node() {
  GCG_NODE=""
  GCG_PROBLEM=""
  if [ -n "${GO_CI_GUARD_NODE:-}" ]; then
    if [ -f "$GO_CI_GUARD_NODE" ] && [ -x "$GO_CI_GUARD_NODE" ]; then
      GCG_NODE=$GO_CI_GUARD_NODE
    else
      GCG_PROBLEM="GO_CI_GUARD_NODE is \"$GO_CI_GUARD_NODE\", which is not an executable file: set it to the path of a Node.js 20 or later in the runner's .env"
    fi
    return 0
  fi
  local worker runner_dir v
  if worker=$(gcg_worker_exe) && [ -n "$worker" ]; then
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
    GCG_PROBLEM="no Node.js found (neither the runner's externals/node24 or node20 nor node on PATH): set GO_CI_GUARD_NODE in the runner's .env to the path of a Node.js 20 or later"
  fi
}
gcg_find_node
