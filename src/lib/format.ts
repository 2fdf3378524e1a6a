// Pure: sizes, durations and counts as the log and the job summary print them.

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  // Step up while the rounded figure would read 1024 or more (1048575 B is 1.00 MiB, not 1024.0 KiB).
  while (unit < units.length - 1 && (unit === 0 ? value : Number(value.toFixed(value < 10 ? 2 : 1))) >= 1024) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

export function formatMs(ms: number): string {
  // Round first, then pick the unit, so 999.6 ms reads 1.00 s and 119.6 s reads 2 min 0 s.
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  if (Math.round(ms / 10) < 6000) return `${(ms / 1000).toFixed(2)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** 1234567 → "1,234,567". Not toLocaleString: loading ICU's data costs post about 7 MiB of memory. */
export function formatCount(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction.slice(0, 3)}` : ''}`;
}
