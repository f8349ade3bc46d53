// sitrep serve: the HTTP API and the web app over a store, on 127.0.0.1 unless told otherwise.
import { serve } from '@hono/node-server';
import { CliError, type Command } from './command.js';
import { DB_OPTION, shownDb, openForCli } from './options.js';
import { createApp } from '../server/app.js';
import { untilStopped } from './lifetime.js';
import { storeBackend } from '../server/store-backend.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const serveCommand: Command = {
  name: 'serve',
  usage: ['serve [--port N] [--host ADDR] [--db PATH] [--token TOKEN]'],
  about: `Serves the API (/api/..., described at /api/openapi.json) and the web app at http://HOST:PORT/.
Binds to 127.0.0.1 by default. Bound to any other address it needs a token (--token or
$SITREP_TOKEN), and every POST must then send "Authorization: Bearer TOKEN"; with a token given on
127.0.0.1 as well, POSTs need it there too. Stops on Ctrl-C, SIGTERM or SIGHUP, and when the process
that started it exits (npx, a wrapper script), so the port is never left held by an orphan; run it
under a service manager (see docs/deployment.md) to keep it serving on its own.`,
  options: [{
    title: 'Options',
    options: {
      port: { type: 'string', arg: 'N', help: 'port (0 picks a free one)', default: '8377' },
      host: { type: 'string', arg: 'ADDR', help: 'address to bind', default: '127.0.0.1' },
      token: { type: 'string', arg: 'TOKEN', help: 'bearer token for POST requests (default $SITREP_TOKEN)' },
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
    const store = await openForCli(values, false);
    const app = createApp({ backend: storeBackend(store), token });
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
      s.once('error', reject);
    }).catch(async (err) => {
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
    await store.close();
    io.stdout.write('sitrep: stopped\n');
    return 0;
  },
};
