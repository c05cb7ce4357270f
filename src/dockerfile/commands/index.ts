// The registry of command option schemas, looked up by program name.
import type { CommandSchema } from './schema';
import { apt } from './apt';
import { apk } from './apk';
import { pip } from './pip';
import { npm } from './npm';
import { yarn } from './yarn';
import { curl } from './curl';
import { wget } from './wget';
import { adduser, groupadd, useradd } from './useradd';
import { yum } from './yum';
import { zypper } from './zypper';
import { go } from './go';
import { aptitude } from './aptitude';
import { gem } from './gem';
import { pnpm } from './pnpm';
import { pipenv, poetry } from './python-tools';
import { bundle, composer } from './ruby-php';
import { chmod, copy, grep, install, mkdir, rm, sed, tar, touch, xargs } from './coreutils';

export type { CommandSchema } from './schema';

const ALL: readonly CommandSchema[] = [aptitude, gem, apt, apk, pip, npm, yarn, curl, wget, useradd, groupadd, adduser, yum, zypper, pnpm, pipenv, poetry, bundle, composer,
  rm, copy, mkdir, chmod, touch, install, sed, grep, xargs, tar, go];

const BY_NAME = new Map<string, CommandSchema>();
for (const schema of ALL) for (const name of schema.names) BY_NAME.set(name, schema);

export function schemaFor(name: string): CommandSchema | undefined {
  return BY_NAME.get(name);
}
