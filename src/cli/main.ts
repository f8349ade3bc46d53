// The `sitrep` command line: one place that dispatches commands and turns errors into messages.
import { parseArgs } from 'node:util';
import { CliError, type CliIo, type Command } from './command.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { eventsCommand } from './events.js';
import { incidentCommand } from './incident.js';
import { exportCommand } from './export.js';
import { serveCommand } from './serve.js';

const commands: Command[] = [extractCommand, ingestCommand, eventsCommand, incidentCommand, exportCommand, serveCommand];

const USAGE = `sitrep — reads news reports of armed-conflict incidents into sourced, geolocated event data.

Usage: sitrep COMMAND [options]   (sitrep COMMAND --help for each)

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}
`;

export async function main(argv: string[], io: CliIo = process): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write('sitrep 0.1.0\n');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new CliError(`unknown command "${name}"`, 'E_UNKNOWN_COMMAND');
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`Usage: ${command.usage}\n`);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new CliError((err as Error).message, 'E_USAGE');
    }
    return await command.run(parsed as any, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`sitrep: ${err.message} [${err.code}]\n${command ? `Usage: ${command.usage.split('\n')[0]}\n` : USAGE}`);
      return err.exitCode;
    }
    io.stderr.write(`sitrep: internal error: ${(err as Error)?.stack ?? err}\n`);
    return 70;
  }
}
