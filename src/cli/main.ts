// whale's command line: wiring and exit codes only; the work happens in src/lint, src/image and src/report.
import { Command, CommanderError } from 'commander';
import { UsageError } from '../errors';
import { registerLint } from './lint';
import { registerRules } from './rules';
import { registerImage } from './image';
import { registerCache } from './cache';
import { VERSION } from '../version';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';


async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  if (debug) process.env['WHALE_DEBUG'] = '1';
  const program = new Command('whale')
    .description('Lint Dockerfiles and inspect the images they build')
    .version(VERSION, '-V, --version')
    .option('--debug', 'show stack traces for errors')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .showHelpAfterError('(run `whale --help` for usage)');
  let exitCode = EXIT_OK;
  const setExit = (code: number) => { exitCode = code; };
  registerLint(program, setExit);
  registerRules(program, setExit);
  registerImage(program, setExit);
  registerCache(program, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`whale: ${error.message}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`whale: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT_USAGE;
  }
  return exitCode;
}

let settled = false;
// Node exits when nothing is left to wait for, even if main() never settled (a stream nobody reads any more):
// that must not look like success.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write('whale: internal error: the work stopped before it finished\n');
  process.exitCode = EXIT_USAGE;
});
main(process.argv.slice(2)).then(
  (code) => { settled = true; process.exitCode = code; },
  (error: unknown) => {
    settled = true;
    process.stderr.write(`whale: internal error: ${String(error)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
