import { defineSchema } from './schema';

// pipenv(1) options that take a value (pipenv 2024).
export const pipenv = defineSchema({
  names: ['pipenv'],
  valueFlags: ['--python', '--pypi-mirror', '-r', '--requirements', '-i', '--index', '--extra-index-url', '--categories'],
  subcommands: true,
});

// poetry(1) options that take a value (poetry 1.8 / 2.x).
export const poetry = defineSchema({
  names: ['poetry'],
  valueFlags: ['-C', '--directory', '-P', '--project', '--with', '--without', '--only', '-E', '--extras'],
  subcommands: true,
});
