import { defineSchema } from './schema';

// aptitude(8) command-line options that take a value.
export const aptitude = defineSchema({
  names: ['aptitude'],
  valueFlags: [
    '-o', '-t', '--target-release', '--default-release', '-F', '--display-format', '-O', '--sort', '-w', '--width',
    '-S', '--group-by', '--log-file', '--log-level', '--add-user-tag', '--add-user-tag-to', '--remove-user-tag',
    '--remove-user-tag-from',
  ],
  subcommands: true,
});
