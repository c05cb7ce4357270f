import { defineSchema } from './schema';

// shadow-utils useradd(8)/groupadd(8)/usermod(8), and adduser/addgroup (Debian and BusyBox variants).
export const useradd = defineSchema({
  names: ['useradd', 'usermod'],
  valueFlags: [
    '-b', '--base-dir', '-c', '--comment', '-d', '--home-dir', '--home', '-e', '--expiredate', '-f', '--inactive',
    '-g', '--gid', '-G', '--groups', '-k', '--skel', '-K', '--key', '-p', '--password', '-s', '--shell',
    '-u', '--uid', '-R', '--root', '-P', '--prefix', '-Z', '--selinux-user', '--btrfs-subvolume-home',
  ],
  subcommands: false,
});

export const groupadd = defineSchema({
  names: ['groupadd', 'groupmod'],
  valueFlags: ['-g', '--gid', '-K', '--key', '-p', '--password', '-R', '--root', '-P', '--prefix', '-U', '--users'],
  subcommands: false,
});

export const adduser = defineSchema({
  names: ['adduser', 'addgroup'],
  valueFlags: [
    '-h', '-g', '-s', '-G', '-u', '-k', '--home', '--shell', '--uid', '--gid', '--gecos', '--ingroup',
    '--firstuid', '--lastuid', '--firstgid', '--lastgid', '--conf', '--comment', '--add-extra-groups',
  ],
  subcommands: false,
});
