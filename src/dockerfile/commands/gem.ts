import { defineSchema } from './schema';

// gem(1) (RubyGems 3) options that take a value, global and for install/update/uninstall.
export const gem = defineSchema({
  names: ['gem'],
  valueFlags: [
    '-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '--platform', '--document',
    '-P', '--trust-policy', '-g', '--file', '--build-root', '--target-rbconfig', '--config-file', '--only-plugins',
    '--without', '--with', '-B', '--bulk-threshold',
  ],
  subcommands: true,
});
