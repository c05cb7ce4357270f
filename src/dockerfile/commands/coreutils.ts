import { defineSchema } from './schema';

// GNU coreutils that follow getopt (combined short flags such as `rm -rf`), each with its own value flags:
// the same letter takes a value in one program and not in another (`cp -t DIR`, `ls -t`).
export const rm = defineSchema({ names: ['rm', 'rmdir', 'cat', 'ls', 'chgrp'], valueFlags: [], subcommands: false });

export const copy = defineSchema({
  names: ['cp', 'mv', 'ln'],
  valueFlags: ['-t', '--target-directory', '-S', '--suffix'],
  subcommands: false,
});

export const mkdir = defineSchema({ names: ['mkdir'], valueFlags: ['-m', '--mode'], subcommands: false });

export const chmod = defineSchema({ names: ['chmod', 'chown'], valueFlags: ['--reference'], subcommands: false });

export const touch = defineSchema({ names: ['touch'], valueFlags: ['-d', '--date', '-r', '--reference', '-t'], subcommands: false });

export const install = defineSchema({
  names: ['install'],
  valueFlags: ['-m', '--mode', '-o', '--owner', '-g', '--group', '-t', '--target-directory', '-S', '--suffix'],
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
