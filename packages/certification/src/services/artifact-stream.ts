import { createHash } from 'node:crypto';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StreamDigest {
  md5: string;
  sha1: string;
  sizeBytes: number;
}

/**
 * CERT-14: hashes a stream with MD5 and SHA1 and counts its bytes, chunk by chunk.
 * Nothing is buffered beyond the stream's own high-water marks: `pipeline` pauses the
 * source while the sink is busy (backpressure). Bytes go to `sink` when given (a file),
 * otherwise they are dropped once hashed.
 */
export async function digestStream(source: NodeJS.ReadableStream, sink?: Writable): Promise<StreamDigest> {
  const md5 = createHash('md5');
  const sha1 = createHash('sha1');
  let sizeBytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      md5.update(bytes);
      sha1.update(bytes);
      sizeBytes += bytes.length;
      done(null, sink ? bytes : undefined);
    },
  });
  const drain = sink ?? new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(source, meter, drain);
  return { md5: md5.digest('hex'), sha1: sha1.digest('hex'), sizeBytes };
}
