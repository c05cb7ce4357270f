import { defineSchema } from './schema';

// zypper(8): global options and the common command options that take a value.
export const zypper = defineSchema({
  names: ['zypper'],
  valueFlags: [
    '-c', '--config', '-R', '--root', '--installroot', '-D', '--reposd-dir', '-C', '--cache-dir', '--raw-cache-dir',
    '--solv-cache-dir', '--pkg-cache-dir', '-p', '--plus-repo', '--plus-content', '-r', '--repo', '--from',
    '-t', '--type', '--userdata', '--download',
  ],
  subcommands: true,
});
