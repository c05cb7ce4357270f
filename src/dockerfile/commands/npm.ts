import { defineSchema } from './schema';

// npm(1) config flags that take a value (npm 10).
export const npm = defineSchema({
  names: ['npm'],
  valueFlags: [
    '--prefix', '-w', '--workspace', '--registry', '--cache', '--loglevel', '--tag', '--omit', '--include',
    '--userconfig', '--globalconfig', '--install-strategy', '--only', '--auth-type', '--otp', '--scope',
    '-C', '--fetch-retries', '--fetch-timeout', '--maxsockets', '--proxy', '--https-proxy',
  ],
  subcommands: true,
});
