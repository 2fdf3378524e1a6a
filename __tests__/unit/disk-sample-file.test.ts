import { describe, expect, it } from '@jest/globals';
import { SLOT_COUNT, SLOT_SIZE, blankFile, blankSlot, decodeSamples, encodeSlot, type SampleRecord } from '../../src/disk/sample-file.js';

const record = (q: number, changes: Partial<SampleRecord> = {}): SampleRecord => ({
  q,
  t: 1_700_000_000_000 + q * 5000,
  f: [50e9 - q, null],
  lo: [49e9, null],
  lt: [1_700_000_001_000, null],
  d: { 'go-build': 1000 * q, tmp: 10 },
  pk: { 'go-build': 1000 * q, tmp: 20 },
  we: 0,
  sc: q,
  ...changes,
});

/** A file of `slots` blank slots with the given records written in place. */
function fileWith(slots: number, at: Record<number, Buffer>): Buffer {
  const buf = blankFile(slots);
  for (const [slot, data] of Object.entries(at)) data.copy(buf, Number(slot) * SLOT_SIZE);
  return buf;
}

/** A size map of `n` entries with long names; entry i has i+1 MiB. */
const bigMap = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`folder-with-a-rather-long-name-${String(i).padStart(3, '0')}`, (i + 1) * 1024 ** 2]));

describe('slots and blank files', () => {
  it('a slot is 1 KiB and a file has 512 of them', () => {
    expect(SLOT_SIZE).toBe(1024);
    expect(SLOT_COUNT).toBe(512);
  });

  it('a blank slot is spaces ending in a newline', () => {
    expect(blankSlot().toString()).toBe(' '.repeat(SLOT_SIZE - 1) + '\n');
  });

  it('a blank file is that many blank slots', () => {
    expect(blankFile().length).toBe(SLOT_COUNT * SLOT_SIZE);
    expect(blankFile(3).equals(Buffer.concat([blankSlot(), blankSlot(), blankSlot()]))).toBe(true);
    expect(decodeSamples(blankFile())).toEqual([]);
  });
});

describe('encodeSlot', () => {
  it('writes exactly one slot: the JSON, blanks, and a final newline', () => {
    const r = record(3, { err: 'size scan: unreadable', end: 'stopped by post' });
    const slot = encodeSlot(r);
    expect(slot.length).toBe(SLOT_SIZE);
    expect(slot[SLOT_SIZE - 1]).toBe(0x0a);
    const text = slot.toString('utf8');
    expect(text.indexOf('\n')).toBe(SLOT_SIZE - 1);
    expect(JSON.parse(text)).toEqual(r);
  });

  it('round-trips non-ASCII text within the slot', () => {
    const r = record(1, { err: 'écriture impossible: 空き容量不足', d: { 'données-✓': 5 } });
    const slot = encodeSlot(r);
    expect(slot.length).toBe(SLOT_SIZE);
    expect(decodeSamples(slot)).toEqual([r]);
  });

  it('trims an oversized record to the biggest folders, and it still parses', () => {
    const d = bigMap(40);
    const r = record(7, { d, pk: { ...d, 'tiny-peak': 1 } });
    expect(JSON.stringify(r).length).toBeGreaterThan(SLOT_SIZE);
    const slot = encodeSlot(r);
    expect(slot.length).toBe(SLOT_SIZE);
    expect(slot[SLOT_SIZE - 1]).toBe(0x0a);
    const [back] = decodeSamples(slot);
    expect(back).toMatchObject({ q: 7, t: r.t, f: r.f, lo: r.lo, lt: r.lt, sc: 7 });
    const kept = Object.keys(back.d ?? {});
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(40);
    // The biggest entries survive: the last `kept.length` of the map, each with its own figure.
    const biggest = Object.entries(d)
      .sort((a, b) => b[1] - a[1])
      .slice(0, kept.length);
    expect(back.d).toEqual(Object.fromEntries(biggest));
    expect(Object.keys(back.pk ?? {})).not.toContain('tiny-peak');
    expect(Math.min(...Object.values(back.pk ?? {}))).toBeGreaterThan(1);
  });

  it('shortens a very long error so the record still fits', () => {
    const r = record(2, { err: 'E'.repeat(5000) });
    const [back] = decodeSamples(encodeSlot(r));
    expect(back.q).toBe(2);
    expect(back.err).toBe('E'.repeat(200));
    expect(back.d).toEqual(r.d);
  });
});

describe('decodeSamples', () => {
  it('reads records from any slots, oldest (lowest q) first', () => {
    const buf = fileWith(6, { 0: encodeSlot(record(4)), 2: encodeSlot(record(1)), 5: encodeSlot(record(9)) });
    expect(decodeSamples(buf).map((r) => r.q)).toEqual([1, 4, 9]);
    expect(decodeSamples(buf)[0]).toEqual(record(1));
  });

  it('skips blank slots and a slot torn mid-write', () => {
    const torn = blankSlot();
    encodeSlot(record(3)).copy(torn, 0, 0, 40);
    const buf = fileWith(4, { 0: encodeSlot(record(1)), 1: torn, 3: encodeSlot(record(5)) });
    expect(decodeSamples(buf).map((r) => r.q)).toEqual([1, 5]);
  });

  it('skips JSON that is not a record', () => {
    const slot = (text: string) => Buffer.from(text.padEnd(SLOT_SIZE - 1) + '\n');
    const buf = fileWith(5, {
      0: slot('{"q":"1","t":1,"f":[]}'),
      1: slot('{"q":2,"f":[]}'),
      2: slot('{"q":3,"t":1,"f":{}}'),
      3: slot('[1,2]'),
      4: encodeSlot(record(8)),
    });
    expect(decodeSamples(buf).map((r) => r.q)).toEqual([8]);
  });

  it('drops a record seen twice (a crash while thinning), keeping the first slot', () => {
    const first = record(4, { sc: 111 });
    const again = record(4, { sc: 222 });
    const buf = fileWith(4, { 0: encodeSlot(record(2)), 1: encodeSlot(first), 2: encodeSlot(again), 3: encodeSlot(record(6)) });
    const out = decodeSamples(buf);
    expect(out.map((r) => r.q)).toEqual([2, 4, 6]);
    expect(out[1].sc).toBe(111);
  });

  it('reads a short final slot (a file cut short)', () => {
    const buf = Buffer.concat([encodeSlot(record(1)), encodeSlot(record(2)).subarray(0, SLOT_SIZE - 1)]);
    expect(decodeSamples(buf).map((r) => r.q)).toEqual([1, 2]);
  });

  it('reads a full file of records', () => {
    const slots: Record<number, Buffer> = {};
    for (let i = 0; i < SLOT_COUNT; i++) slots[i] = encodeSlot(record(SLOT_COUNT - i));
    const out = decodeSamples(fileWith(SLOT_COUNT, slots));
    expect(out).toHaveLength(SLOT_COUNT);
    expect(out[0].q).toBe(1);
    expect(out[SLOT_COUNT - 1].q).toBe(SLOT_COUNT);
  });
});
