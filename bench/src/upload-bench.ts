import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import type { Dataset } from './dataset';
import { rssMiB, startGateway } from './gateway';
import { UPLOAD_BYTES, uploadContent } from './upload-content';

export interface UploadResult {
  bytes: number;
  seconds: number;
  mibPerSecond: number;
  rssBeforeMiB: number;
  rssPeakMiB: number;
  rssAfterMiB: number;
  samples: number;
  /** The gateway's received MD5, SHA-1 and size equal what was sent (and what the artifact declares). */
  verified: boolean;
  status: number;
}

const PORT = 4712;

/**
 * The 1 GiB artifact upload: starts the gateway as a child process, streams 1 GiB generated on
 * the fly to `PUT /artifacts/:id/file`, and samples the child's VmRSS every 50 ms before,
 * during and after.
 */
export async function runUploadBench(dataset: Dataset, log: (line: string) => void = () => undefined): Promise<UploadResult> {
  const gateway = await startGateway(dataset.fullPath, PORT);
  try {
    // Let start-up allocation settle, then take the baseline.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssBeforeMiB = rssMiB(gateway.pid);
    let peak = rssBeforeMiB;
    let samples = 0;
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, rssMiB(gateway.pid));
        samples += 1;
      } catch {
        // the child is gone: the request fails below
      }
    }, 50);
    const md5 = createHash('md5');
    const sha1 = createHash('sha1');
    const source = Readable.from(
      (function* () {
        for (const chunk of uploadContent()) {
          md5.update(chunk);
          sha1.update(chunk);
          yield chunk;
        }
      })(),
    );
    const started = process.hrtime.bigint();
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: PORT,
          method: 'PUT',
          path: `/artifacts/${dataset.uploadArtifactId}/file`,
          headers: { authorization: `Bearer ${dataset.adminKey}`, 'content-type': 'application/octet-stream', 'content-length': String(UPLOAD_BYTES) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      source.pipe(req);
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssAfterMiB = rssMiB(gateway.pid);
    const artifact = (JSON.parse(body) as { artifact?: { receivedMd5: string; receivedSha1: string; receivedSizeBytes: number; md5Matches: boolean; sha1Matches: boolean; sizeMatches: boolean } }).artifact;
    const verified =
      status === 200 &&
      !!artifact &&
      artifact.receivedMd5 === md5.digest('hex') &&
      artifact.receivedSha1 === sha1.digest('hex') &&
      artifact.receivedSizeBytes === UPLOAD_BYTES &&
      artifact.md5Matches &&
      artifact.sha1Matches &&
      artifact.sizeMatches;
    if (status !== 200) log(`upload answered ${status}: ${body.slice(0, 300)}`);
    return { bytes: UPLOAD_BYTES, seconds, mibPerSecond: UPLOAD_BYTES / 1048576 / seconds, rssBeforeMiB, rssPeakMiB: peak, rssAfterMiB, samples, verified, status };
  } finally {
    await gateway.stop();
  }
}
