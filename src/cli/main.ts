// The `sitrep` command line: one place that dispatches commands and turns errors into messages.
import { parseArgs } from 'node:util';
import { CliError, type CliIo, type Command } from './command.js';
import { formatHelp, parseArgsOptions } from './help.js';

// A command's module is loaded only when that command runs: the store, the server and the HTML
// reader would otherwise cost every cold `sitrep extract` hundreds of milliseconds of loading.
interface Entry { name: string; summary: string; load: () => Promise<Command> }
const commands: Entry[] = [
  { name: 'extract', summary: 'read articles and print places, incidents and claims as JSON', load: async () => (await import('./extract.js')).extractCommand },
  { name: 'ingest', summary: 'read articles into the database and fuse them into incidents', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'watch', summary: 'watch feeds, sitemaps and pages; read every new report into the database as it appears', load: async () => (await import('./watch.js')).watchCommand },
  { name: 'sources', summary: 'list the watched sources: last fetch, status, new items, errors, next poll', load: async () => (await import('./sources.js')).sourcesCommand },
  { name: 'events', summary: 'list the fused incidents, filtered, as a table, JSON, JSONL, CSV or GeoJSON', load: async () => (await import('./events.js')).eventsCommand },
  { name: 'incident', summary: 'show one incident: claims by source, figures, evidence, fusion history', load: async () => (await import('./incident.js')).incidentCommand },
  { name: 'reread', summary: 'read stored articles again with this version of the reader; a person\'s decisions hold', load: async () => (await import('./reread.js')).rereadCommand },
  { name: 'review', summary: 'a person\'s decision on an incident: confirm, reject, set a field, merge, split, note, revert', load: async () => (await import('./review.js')).reviewCommand },
  { name: 'export', summary: 'write the incidents as ACLED or UCDP GED CSV, GeoJSON or JSONL', load: async () => (await import('./export.js')).exportCommand },
  { name: 'enqueue', summary: 'add articles to the PostgreSQL work queue for sitrep worker processes', load: async () => (await import('./enqueue.js')).enqueueCommand },
  { name: 'worker', summary: 'take articles from the PostgreSQL work queue: read, store and fuse them', load: async () => (await import('./worker.js')).workerCommand },
  { name: 'queue', summary: 'the PostgreSQL work queue: counts; list, retry or drop parked articles', load: async () => (await import('./queue.js')).queueCommand },
  { name: 'migrate', summary: 'copy a SQLite store into PostgreSQL', load: async () => (await import('./migrate.js')).migrateCommand },
  { name: 'serve', summary: 'serve the HTTP API and the web app (map, charts, dossiers)', load: async () => (await import('./serve.js')).serveCommand },
];

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
  const entry = commands.find((c) => c.name === name);
  let command: Command | undefined;
  try {
    if (!entry) throw new CliError(`unknown command "${name}"`, 'E_UNKNOWN_COMMAND');
    command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(formatHelp(command));
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: parseArgsOptions(command), allowPositionals: true, strict: true });
    } catch (err) {
      // An unknown option is named with the ones the command takes, as the API names its parameters.
      const unknown = (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec((err as Error).message)?.[1] : undefined;
      const known = Object.keys(parseArgsOptions(command)).map((o) => `--${o}`).join(', ');
      throw new CliError(unknown ? `unknown option ${unknown}; ${command.name} takes ${known}` : (err as Error).message, 'E_USAGE');
    }
    return await command.run(parsed as any, io);
  } catch (err) {
    if (err instanceof CliError) {
      // The usage line helps a command mistyped, not one that ran and failed (a missing incident, a stale version).
      const usage = err.code !== 'E_USAGE' ? '' : command ? `Usage: sitrep ${command.usage[0]}   (sitrep ${command.name} --help for more)\n` : USAGE;
      io.stderr.write(`sitrep: ${err.message} [${err.code}]\n${usage}`);
      return err.exitCode;
    }
    io.stderr.write(`sitrep: internal error: ${(err as Error)?.stack ?? err}\n`);
    return 70;
  }
}
