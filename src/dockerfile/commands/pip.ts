import { defineSchema } from './schema';

// pip's general options and `pip install` options (pip 24), plus flags removed from older pips that still
// appear in Dockerfiles (`--download-cache`).
export const pip = defineSchema({
  names: ['pip', 'pip2', 'pip3', 'pip3.8', 'pip3.9', 'pip3.10', 'pip3.11', 'pip3.12', 'pip3.13'],
  valueFlags: [
    '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--prefix', '--root',
    '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--cache-dir', '--src',
    '--upgrade-strategy', '--platform', '--python-version', '--implementation', '--abi', '--only-binary',
    '--no-binary', '--progress-bar', '--trusted-host', '--log', '--log-file', '--proxy', '--retries',
    '--timeout', '--exists-action', '--cert', '--client-cert', '--global-option', '--install-option',
    '--config-settings', '-C', '--root-user-action', '--report', '--download-cache', '--python', '-d',
    '--dest', '--use-feature', '--use-deprecated', '--keyring-provider', '--build-option', '--python-version',
    // Removed options that took a value.
    '--mirrors', '--allow-external', '--allow-unverified', '--allow-insecure', '--download',
  ],
  subcommands: true,
});
