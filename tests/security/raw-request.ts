import { request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/**
 * Sends a request exactly as given (any method, header or body, however large) and
 * resolves with the answer, even when the server closes the connection mid-upload
 * after answering (as it does for a body far over the limit).
 */
export function sendRaw(baseUrl: string, { method, path, headers = {}, body }: { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest(`${baseUrl}${path}`, { method, headers: { ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}), ...headers } }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
      });
    });
    // A server that answered and then closed the upload is a normal 413, not a failure.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (body !== undefined) outgoing.write(body);
    outgoing.end();
  });
}
