import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { Dataset } from './dataset';
import { rssMiB, startGateway } from './gateway';
import { UPLOAD_BYTES, uploadContent } from './upload-content';

export interface UploadRun {
  seconds: number;
  mibPerSecond: number;
  rssBeforeMiB: number;
  rssPeakMiB: number;
  rssAfterMiB: number;
  samples: number;
  /** The gateway's received MD5, SHA-1 and size equal what was sent and what the artifact declares. */
  verified: boolean;
  status: number;
}

export interface UploadResult {
  bytes: number;
  /** The first 1 GiB upload into a freshly started gateway, then a second one into the same process. */
  first: UploadRun;
  second: UploadRun;
}

const PORT = 4712;

/**
 * Samples VmRSS of a process every `intervalMs` in a worker thread, so the sampling keeps its
 * pace while this thread is busy generating and hashing the upload.
 */
function rssSampler(pid: number, intervalMs: number): { stop: () => Promise<{ peakMiB: number; samples: number }> } {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { readFileSync } = require('node:fs');
     let peak = 0, samples = 0;
     const sample = () => {
       try {
         const kb = Number(/^VmRSS:\\s+(\\d+)\\s+kB/m.exec(readFileSync('/proc/' + workerData.pid + '/status', 'utf8'))[1]);
         peak = Math.max(peak, kb / 1024);
         samples += 1;
       } catch {}
     };
     sample();
     const timer = setInterval(sample, workerData.intervalMs);
     parentPort.on('message', () => { clearInterval(timer); sample(); parentPort.postMessage({ peakMiB: peak, samples }); });`,
    { eval: true, workerData: { pid, intervalMs } },
  );
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', (result: { peakMiB: number; samples: number }) => {
          void worker.terminate();
          resolve(result);
        });
        worker.postMessage('stop');
      }),
  };
}

async function uploadOnce(pid: number, dataset: Dataset, log: (line: string) => void): Promise<UploadRun> {
  const rssBeforeMiB = rssMiB(pid);
  const sampler = rssSampler(pid, 50);
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
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const { peakMiB, samples } = await sampler.stop();
  const rssAfterMiB = rssMiB(pid);
  let artifact:
    { receivedMd5: string; receivedSha1: string; receivedSizeBytes: number; md5Matches: boolean; sha1Matches: boolean; sizeMatches: boolean } | undefined;
  try {
    artifact = (JSON.parse(body) as { artifact?: typeof artifact }).artifact;
  } catch {
    artifact = undefined;
  }
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
  return {
    seconds,
    mibPerSecond: UPLOAD_BYTES / 1048576 / seconds,
    rssBeforeMiB,
    rssPeakMiB: Math.max(peakMiB, rssBeforeMiB),
    rssAfterMiB,
    samples,
    verified,
    status,
  };
}

/**
 * The 1 GiB artifact upload (the note on issue 10): starts the gateway as a child process,
 * streams 1 GiB generated on the fly to `PUT /artifacts/:id/file`, and samples the child's VmRSS
 * every 50 ms before, during and after; then a second 1 GiB upload into the same process, which
 * tells a one-time growth of the process from memory that grows with the bytes uploaded.
 */
export async function runUploadBench(dataset: Dataset, log: (line: string) => void = () => undefined): Promise<UploadResult> {
  const gateway = await startGateway(dataset.fullPath, PORT);
  try {
    // Let start-up allocation settle before the baseline.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const first = await uploadOnce(gateway.pid, dataset, log);
    log(
      `upload 1: ${first.seconds.toFixed(1)} s, RSS ${first.rssBeforeMiB.toFixed(1)} / ${first.rssPeakMiB.toFixed(1)} / ${first.rssAfterMiB.toFixed(1)} MiB (${first.samples} samples), verified: ${first.verified}`,
    );
    const second = await uploadOnce(gateway.pid, dataset, log);
    log(
      `upload 2: ${second.seconds.toFixed(1)} s, RSS ${second.rssBeforeMiB.toFixed(1)} / ${second.rssPeakMiB.toFixed(1)} / ${second.rssAfterMiB.toFixed(1)} MiB (${second.samples} samples), verified: ${second.verified}`,
    );
    return { bytes: UPLOAD_BYTES, first, second };
  } finally {
    await gateway.stop();
  }
}
