import { defineSchema } from './schema';

// apk(8) from apk-tools 2.x/3.x, global and `add` options.
export const apk = defineSchema({
  names: ['apk'],
  valueFlags: [
    '-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--cache-dir',
    '--repositories-file', '--keys-dir', '--cache-max-age', '--timeout', '--progress-fd',
  ],
  subcommands: true,
});
