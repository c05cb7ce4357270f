import { defineSchema } from './schema';

// yarn 1 (classic) and yarn berry global flags that take a value.
export const yarn = defineSchema({
  names: ['yarn'],
  valueFlags: [
    '--cwd', '--cache-folder', '--modules-folder', '--network-timeout', '--mutex', '--registry',
    '--global-folder', '--link-folder', '--preferred-cache-folder', '--network-concurrency', '--use-yarnrc',
  ],
  subcommands: true,
});
