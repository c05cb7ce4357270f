import { defineSchema } from './schema';

// apt-get(8), apt(8), apt-cache(8): options common to all APT tools plus the install options.
export const apt = defineSchema({
  names: ['apt-get', 'apt', 'apt-cache'],
  valueFlags: [
    '-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release',
    '-a', '--host-architecture', '-P', '--build-profiles', '--solver', '--planner',
  ],
  subcommands: true,
});
