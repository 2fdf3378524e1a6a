// A monotonic clock in milliseconds for main's and post's timings. `process.hrtime` is part of Node's start-up;
// the global `performance` loads perf_hooks on first use (a few ms on Node 20), which main would
// otherwise pay just before it starts `go env`.

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
