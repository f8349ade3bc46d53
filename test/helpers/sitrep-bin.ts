// The sitrep CLI from sources (no build needed), for tests that run it as a child process.
import { main } from '../../src/cli/main.js';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
