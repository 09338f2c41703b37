/**
 * Collects everything this process writes to stdout and stderr (Strapi's logger
 * included) while still passing it through, so a test can check what was logged.
 */
export function captureOutput() {
  let text = '';
  const originals = { stdout: process.stdout.write, stderr: process.stderr.write };
  for (const stream of [process.stdout, process.stderr] as const) {
    const original = stream.write;
    stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
  }
  return {
    text: () => text,
    restore() {
      process.stdout.write = originals.stdout;
      process.stderr.write = originals.stderr;
    },
  };
}
