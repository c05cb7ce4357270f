import { defineSchema } from './schema';

// yum(8), dnf(8) and microdnf(8): global options that take a value (the subcommand follows them).
export const yum = defineSchema({
  names: ['yum', 'dnf', 'dnf5', 'microdnf', 'tdnf'],
  valueFlags: [
    '-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '--installroot', '--enablerepo', '--disablerepo',
    '--repo', '--repoid', '-x', '--exclude', '--setopt', '--releasever', '--color', '--downloaddir', '--destdir',
    '--rpmverbosity', '--disableplugin', '--enableplugin', '-R', '--randomwait', '--advisory', '--advisories',
    '--forcearch', '--repofrompath', '--comment', '--bz', '--cve', '--sec-severity', '--secseverity', '--noplugins-except',
  ],
  subcommands: true,
});
