import type { IncomingMessage } from 'node:http';

export type LimitedBody = { fits: true; body: Buffer } | { fits: false; drained: boolean };

// A body a little over the limit is read to its end and dropped, so the client reads a
// clean 413 instead of a reset connection; a much larger one is not worth reading.
const DRAIN_AT_MOST_BYTES = 1024 * 1024;

/** Reads a request body of at most `limit` bytes without ever holding more than that in memory. */
export function readLimitedBody(request: IncomingMessage, limit: number): Promise<LimitedBody> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    const drained = declared <= DRAIN_AT_MOST_BYTES;
    if (!drained) return Promise.resolve({ fits: false, drained });
    return drain(request, DRAIN_AT_MOST_BYTES).then((complete) => ({ fits: false, drained: complete }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      cleanup();
      chunks.length = 0;
      drain(request, DRAIN_AT_MOST_BYTES - size).then((complete) => resolve({ fits: false, drained: complete }), reject);
    };
    const onEnd = () => {
      cleanup();
      resolve({ fits: true, body: Buffer.concat(chunks) });
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

/** Discards the rest of a body; false when more than `budget` bytes were still coming. */
function drain(request: IncomingMessage, budget: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let left = budget;
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      left -= chunk.length;
      if (left >= 0) return;
      cleanup();
      request.pause();
      resolve(false);
    };
    const onEnd = () => {
      cleanup();
      resolve(true);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.resume();
  });
}
