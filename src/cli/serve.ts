// sitrep serve: the HTTP API and the web app over a store, on 127.0.0.1 unless told otherwise.
import { CliError, type Command } from './command.js';
import { DB_OPTION, shownDb, openForCli, parseIntOption } from './options.js';
import { createApp } from '../server/app.js';
import { untilStopped } from './lifetime.js';
import { storeBackend } from '../server/store-backend.js';
import { allowedHosts } from '../server/guard.js';
import { listen } from '../server/listen.js';
import { ThreadReader } from '../server/reader.js';
import { basemapProblem } from '../server/basemap-file.js';
import { resolve } from 'node:path';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const serveCommand: Command = {
  name: 'serve',
  usage: ['serve [--port N] [--host ADDR] [--allowed-host NAME]... [--db PATH] [--token TOKEN] [--basemap FILE.pmtiles]'],
  about: `Serves the API (/api/..., described at /api/openapi.json) and the web app at http://HOST:PORT/.
Binds to 127.0.0.1 by default. Bound to any other address it needs a token (--token or
$SITREP_TOKEN), and every POST must then send "Authorization: Bearer TOKEN"; with a token given on
127.0.0.1 as well, POSTs need it there too. Stops on Ctrl-C, SIGTERM or SIGHUP, and when the process
that started it exits (npx, a wrapper script), so the port is never left held by an orphan; run it
under a service manager (see docs/deployment.md) to keep it serving on its own.

It answers only requests whose Host is one of its names (against DNS rebinding): localhost, 127.0.0.1
and [::1], the --host address (every address of this machine when it is 0.0.0.0 or ::), and each
--allowed-host NAME (a DNS name it is reached by, e.g. behind a reverse proxy that keeps the Host).
Writes from a browser page of another origin are refused (Origin / Sec-Fetch-Site).

Articles are read in worker threads, each within a time budget (E_TIMEOUT past it); a client may have
8 reading requests in progress (429 past that), the server 16 holding 64 MiB of bodies (503 past that).

The web map draws offline layers it carries (countries, admin-1 areas, rivers, towns from the
gazetteer). --basemap FILE.pmtiles adds a vector basemap of your own (a Protomaps PMTiles archive, e.g.
an extract of the area you follow), served by this server at /basemap.pmtiles: nothing is fetched
from another site.`,
  options: [{
    title: 'Options',
    options: {
      port: { type: 'string', arg: 'N', help: 'port (0 picks a free one)', default: '8377' },
      host: { type: 'string', arg: 'ADDR', help: 'address to bind', default: '127.0.0.1' },
      'allowed-host': { type: 'string', arg: 'NAME', help: 'another host name to answer to (repeat it, or separate names by commas)', multiple: true },
      token: { type: 'string', arg: 'TOKEN', help: 'bearer token for POST requests (default $SITREP_TOKEN)' },
      'read-threads': { type: 'string', arg: 'N', help: 'threads reading articles (default 2)' },
      'read-budget': { type: 'string', arg: 'S', help: 'seconds one article may take to read (default 5)' },
      basemap: { type: 'string', arg: 'FILE', help: 'a vector basemap (PMTiles) for the web map, served from this server' },
      ...DB_OPTION,
    },
  }],
  async run({ values, positionals }, io) {
    if (positionals.length) throw new CliError(`serve takes no arguments (got "${positionals[0]}")`, 'E_USAGE');
    const port = Number(values.port);
    if (!/^\d{1,5}$/.test(String(values.port)) || port > 65535) throw new CliError(`--port must be 0 to 65535, got "${values.port}"`, 'E_USAGE');
    const host = String(values.host);
    const token = (values.token as string | undefined) ?? (process.env.SITREP_TOKEN || null);
    if (token !== null && token.length < 8) throw new CliError('the token must be at least 8 characters', 'E_USAGE');
    if (!LOOPBACK.has(host) && !token) {
      throw new CliError(`binding to ${host} exposes the API beyond this machine: give a token (--token or SITREP_TOKEN)`, 'E_NO_TOKEN');
    }
    const extra = ((values['allowed-host'] as string[] | undefined) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    let hosts: string[];
    try {
      hosts = allowedHosts(host, extra);
    } catch (err) {
      throw new CliError(`--allowed-host: ${(err as Error).message}`, 'E_USAGE');
    }
    const threads = parseIntOption(values['read-threads'], '--read-threads', 1) ?? 2;
    if (threads > 64) throw new CliError('--read-threads takes at most 64', 'E_USAGE');
    const budget = values['read-budget'] === undefined ? 5 : Number(values['read-budget']);
    if (!Number.isFinite(budget) || budget <= 0 || budget > 3600) throw new CliError(`--read-budget must be seconds > 0, got "${values['read-budget']}"`, 'E_USAGE');
    const basemap = values.basemap === undefined ? null : resolve(String(values.basemap));
    if (basemap !== null) {
      const problem = await basemapProblem(basemap);
      if (problem) throw new CliError(`--basemap ${values.basemap}: ${problem}`, 'E_USAGE');
    }
    const store = await openForCli(values, false);
    const reader = new ThreadReader({ threads, budgetMs: Math.round(budget * 1000) });
    const app = createApp({ backend: storeBackend(store), token, allowedHosts: hosts, reader, basemap });
    const server = await listen(app, { port, hostname: host }).catch(async (err) => {
      await reader.close();
      await store.close();
      throw new CliError(`cannot listen on ${host}:${port}: ${(err as NodeJS.ErrnoException).code ?? err}`, 'E_LISTEN', 1);
    });
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    const shown = host.includes(':') ? `[${host}]` : host;
    io.stdout.write(`sitrep: serving http://${shown}:${actual}/ (database ${shownDb(values)}${token ? ', POST needs the token' : ''}); Ctrl-C stops\n`);
    await untilStopped();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as any).closeAllConnections?.(); // idle keep-alive sockets would hold close() open
    });
    await reader.close();
    await store.close();
    io.stdout.write('sitrep: stopped\n');
    return 0;
  },
};
