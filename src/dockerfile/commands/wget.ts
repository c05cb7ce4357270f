import { defineSchema } from './schema';

// GNU wget(1) and BusyBox wget options that take a value.
export const wget = defineSchema({
  names: ['wget'],
  valueFlags: [
    '-O', '--output-document', '-o', '--output-file', '-a', '--append-output', '-P', '--directory-prefix',
    '-t', '--tries', '-T', '--timeout', '-U', '--user-agent', '--header', '--user', '--password',
    '--post-data', '--post-file', '-e', '--execute', '-i', '--input-file', '-B', '--base', '--progress',
    '-w', '--wait', '--limit-rate', '-Q', '--quota', '--ca-certificate', '--ca-directory', '--certificate',
    '--private-key', '-l', '--level', '-A', '--accept', '-R', '--reject', '-D', '--domains', '-Y',
  ],
  subcommands: false,
});
