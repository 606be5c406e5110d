import { Rng } from './rng';

/** Size of the artifact upload (the note: a 1 GiB upload must not raise the gateway's memory by more than a few MiB). */
export const UPLOAD_BYTES = 1024 * 1024 * 1024;
const CHUNK = 1024 * 1024;

let pattern: Buffer | null = null;

/**
 * The upload, generated on the fly: 1 MiB of seeded pseudo-random bytes, each chunk stamped with
 * its index so no two chunks are alike. Same bytes on every run, never held in memory whole.
 */
export function* uploadContent(bytes = UPLOAD_BYTES): Generator<Buffer> {
  if (!pattern) {
    const rng = new Rng(0xa11a);
    pattern = Buffer.alloc(CHUNK);
    for (let i = 0; i < CHUNK; i += 4) pattern.writeUInt32LE(Math.floor(rng.next() * 0x100000000), i);
  }
  for (let offset = 0, index = 0; offset < bytes; offset += CHUNK, index++) {
    const chunk = Buffer.from(pattern.subarray(0, Math.min(CHUNK, bytes - offset)));
    chunk.writeUInt32LE(index, 0);
    yield chunk;
  }
}
