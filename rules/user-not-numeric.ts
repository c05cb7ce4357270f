import type { Dockerfile, Instruction } from '../src/dockerfile/model';
import { expand, scopeLookup } from '../src/dockerfile/variables';
import { rootStage } from '../src/lint/queries';
import { defineRule } from '../src/lint/rule';

const WINDOWS_IMAGE_WORDS = ['windows', 'nanoserver', 'servercore', 'ltsc20'];

/** Windows images name their users (`ContainerUser`): the file's escape is a backtick, or the base image is Windows. */
function onWindows(file: Dockerfile, inst: Instruction): boolean {
  if (!file.posixShell) return true;
  const image = inst.stage ? rootStage(inst.stage).image : null;
  const name = (image?.resolved ?? '').toLowerCase();
  return WINDOWS_IMAGE_WORDS.some((word) => name.includes(word));
}

export default defineRule({
  id: 'user-not-numeric',
  aliases: ['DL3066'],
  severity: 'info',
  category: 'security',
  docs: {
    summary: 'USER names a user rather than a numeric UID',
    details: `Flags \`USER app\` and \`USER app:app\`: a user given by name rather than by numeric UID. ARG and ENV
values are resolved; only the user part (before \`:\`) is checked. ONBUILD triggers too.`,
    why: `Kubernetes' \`runAsNonRoot\` cannot tell whether a named user is root without the image's
\`/etc/passwd\`, so it refuses to start the pod ("image has non-numeric user, cannot verify user is
non-root"). A numeric UID is also what file ownership and volume permissions are decided on.`,
    bad: `FROM alpine:3.20
RUN adduser -D -u 10001 app
USER app`,
    good: `FROM alpine:3.20
RUN adduser -D -u 10001 app
USER 10001:10001`,
    notes: `Not reported: a user that comes from an ARG (\`USER $UID\`: the build decides), a variable without a
value, \`root\` (whether root runs the container is \`runs-as-root\`'s business, and a mid-file \`USER root\` for
installing is common), and Windows images (a backtick escape, a non-POSIX SHELL, or a
base image whose name says windows/nanoserver/servercore/ltsc20..: users there are names, \`ContainerUser\`).`,
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== 'USER' || inst.args.length === 0 || !inst.argsRange) continue;
      if (onWindows(file, inst)) continue;
      const word = inst.args[0]!;
      const expansion = expand(word.value, scopeLookup(inst.scope), file.escapeChar);
      if (expansion.unresolved.length > 0) continue;
      if (expansion.references.some((ref) => inst.scope.get(ref.name)?.kind !== 'env')) continue;
      const user = expansion.value.split(':')[0]!.trim();
      if (user === '' || /^\d+$/.test(user) || user === 'root') continue;
      report({
        message: `USER ${expansion.value} is not numeric: use a numeric UID (e.g. USER 10001) so that runAsNonRoot can verify it`,
        range: inst.argsRange,
      });
    }
  },
});
