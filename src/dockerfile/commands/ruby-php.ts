import { defineSchema } from './schema';

// bundle(1) (Bundler 2) options that take a value.
export const bundle = defineSchema({
  names: ['bundle', 'bundler'],
  valueFlags: ['--gemfile', '--path', '--without', '--with', '-j', '--jobs', '--retry', '--binstubs', '--shebang', '--trust-policy', '--target-rbconfig'],
  subcommands: true,
});

// composer(1) options that take a value.
export const composer = defineSchema({
  names: ['composer', 'composer.phar'],
  valueFlags: ['-d', '--working-dir', '--prefer-install', '--ignore-platform-req'],
  subcommands: true,
});
