import { defineSchema } from './schema';

// curl(1) options that take a value (the common ones; unknown `--long` flags are treated as bare).
export const curl = defineSchema({
  names: ['curl'],
  valueFlags: [
    '-o', '--output', '-H', '--header', '-d', '--data', '--data-binary', '--data-raw', '--data-urlencode',
    '-u', '--user', '-A', '--user-agent', '-X', '--request', '-e', '--referer', '-w', '--write-out',
    '-m', '--max-time', '--connect-timeout', '--retry', '--retry-delay', '--retry-max-time', '-x', '--proxy',
    '-T', '--upload-file', '-F', '--form', '-b', '--cookie', '-c', '--cookie-jar', '--cacert', '--capath',
    '--cert', '-E', '--key', '-r', '--range', '-C', '--continue-at', '-z', '--time-cond', '--limit-rate',
    '--max-filesize', '--output-dir', '--proto', '--proto-redir', '--resolve', '--interface', '-K', '--config',
    '-Y', '--speed-limit', '-y', '--speed-time', '--url', '--ciphers', '--dns-servers',
    '--max-redirs', '--netrc-file', '--pinnedpubkey', '-Q', '--quote', '--unix-socket',
  ],
  subcommands: false,
});
