// A command is a plain object: what it is, its options, and what it does. `run` returns the exit code.
import type { ParseArgsConfig } from 'node:util';

export interface Command {
  name: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CliIo): Promise<number>;
}

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** An expected failure at the command line: a message for the user and an exit code. */
export class CliError extends Error {
  constructor(message: string, readonly code: string, readonly exitCode = 2) {
    super(message);
  }
}
