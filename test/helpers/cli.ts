// Runs the sitrep CLI in-process with captured standard streams.
import { PassThrough, Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface Run { code: number; stdout: string; stderr: string }

export async function runCli(args: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { add(String(chunk)); cb(); } });
  const io = {
    stdin: stdin ? Readable.from([Buffer.from(stdin)]) : (() => { const p = new PassThrough(); p.end(); return p; })(),
    stdout: sink((s) => { stdout += s; }),
    stderr: sink((s) => { stderr += s; }),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
