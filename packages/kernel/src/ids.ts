import { randomFillSync } from 'node:crypto';

/**
 * Time-ordered UUIDs (version 7): unique across processes and sortable by creation,
 * so keyset pagination on `id` lists rows in the order they were made.
 * The timestamp here only orders ids; domain time always comes from the clock.
 */
let lastMs = 0;
let sequence = 0;

// Random bytes drawn 4 KiB at a time: one call into the generator per 227 ids, not two per id
// (every request is given an id).
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomSlice(length: number): Buffer {
  if (poolOffset + length > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const slice = pool.subarray(poolOffset, poolOffset + length);
  poolOffset += length;
  return slice;
}

export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) ms = ++lastMs;
  } else {
    sequence = randomSlice(2).readUInt16BE(0) & 0x7ff;
  }
  lastMs = ms;
  // Written over in place: these pool bytes are used once, until the next refill.
  const bytes = randomSlice(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
