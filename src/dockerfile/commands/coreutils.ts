import { defineSchema } from './schema';

// GNU coreutils that follow getopt (combined short flags such as `rm -rf`).
export const coreutils = defineSchema({
  names: ['rm', 'cp', 'mv', 'mkdir', 'ln', 'chmod', 'chown', 'chgrp', 'touch', 'cat', 'ls', 'install'],
  valueFlags: ['-t', '--target-directory', '-m', '--mode', '-S', '--suffix'],
  subcommands: false,
});

export const sed = defineSchema({
  names: ['sed'],
  valueFlags: ['-e', '--expression', '-f', '--file', '-l', '--line-length'],
  subcommands: false,
});

export const grep = defineSchema({
  names: ['grep', 'egrep', 'fgrep'],
  valueFlags: ['-e', '--regexp', '-f', '--file', '-m', '--max-count', '-A', '-B', '-C', '--include', '--exclude', '--exclude-dir'],
  subcommands: false,
});

export const xargs = defineSchema({
  names: ['xargs'],
  valueFlags: ['-I', '-n', '--max-args', '-P', '--max-procs', '-d', '--delimiter', '-E', '-L', '-s', '-a', '--arg-file'],
  subcommands: false,
});

// GNU tar and BusyBox tar.
export const tar = defineSchema({
  names: ['tar'],
  valueFlags: ['-f', '--file', '-C', '--directory', '-T', '--files-from', '-X', '--exclude-from', '--exclude', '--strip-components', '--owner', '--group', '--mode', '-I', '--use-compress-program', '--transform', '--xform', '-b', '--blocking-factor'],
  subcommands: false,
});
