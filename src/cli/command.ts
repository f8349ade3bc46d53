// A command is a plain object: what it is, its options, and what it does. `run` returns the exit code.
// The options are defined once, with their help: help.ts makes both parseArgs' configuration and the
// `--help` text from them, so an option cannot be accepted and undocumented, or documented and refused.

/** One option: its kind, the placeholder of its value, one line of help, a default. */
export interface OptionDef {
  type: 'string' | 'boolean';
  /** The value's placeholder in the help (string options): `N`, `PATH|URL`, `DATE`. */
  arg?: string;
  help: string;
  /** Shown in the help as "(default …)" and filled in by parseArgs. */
  default?: string | boolean;
  /** The option may be given more than once; its value is then a list. */
  multiple?: boolean;
}

/** Options under one heading of the help ("Options", "Filters (all must hold)"). */
export interface OptionGroup {
  title: string;
  options: Record<string, OptionDef>;
}

export interface Command {
  name: string;
  /** Usage lines, each what follows "sitrep " (the first is repeated under a usage error). */
  usage: string[];
  /** What the command does: paragraphs printed between the usage and the options, as written. */
  about: string;
  options: OptionGroup[];
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
