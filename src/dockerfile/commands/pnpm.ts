import { defineSchema } from './schema';

// pnpm(1) options that take a value (pnpm 9).
export const pnpm = defineSchema({
  names: ['pnpm'],
  valueFlags: [
    '-C', '--dir', '-F', '--filter', '--store-dir', '--virtual-store-dir', '--modules-dir', '--reporter', '--loglevel',
    '--registry', '--network-concurrency', '--child-concurrency', '--workspace-concurrency',
  ],
  subcommands: true,
});
