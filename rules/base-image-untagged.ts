import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'base-image-untagged',
  aliases: ['DL3006'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'FROM an image without a tag or digest',
    details: `Flags \`FROM\` of an image with neither a tag nor a digest (\`FROM ubuntu\`), at the image reference.
ARG defaults are substituted in the tag: \`ARG V=3.12\` then \`FROM python:$V\` is tagged; a literal image name
behind a variable registry (\`FROM $REGISTRY/ubuntu\`) is checked.`,
    why: `Without a tag Docker pulls \`:latest\`, whatever that is on the day of the build: a new major release of
the distribution or runtime can arrive unannounced and break the build or the application. A tag (better, a
digest) names the base the Dockerfile was written and tested for, and makes builds repeatable.`,
    bad: `FROM ubuntu
RUN echo hello`,
    good: `FROM ubuntu:24.04
RUN echo hello`,
    notes: `Not reported: \`FROM scratch\`, a digest (\`FROM ubuntu@sha256:...\`), a name of an earlier stage, and an
image whose name comes from a variable (\`FROM $BASE_IMAGE\`, \`FROM registry/$IMAGE\`): the build chooses it,
whatever the default, as in hadolint. \`FROM ... :latest\` is \`base-image-latest-tag\` (DL3007).`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const image = stage.image;
      if (!image || image.unresolved || image.tag !== null || image.digest !== null) continue;
      const last = image.raw.split('/').pop() ?? '';
      if (last.includes('$')) continue;
      report({ message: `\`${image.resolved}\` has no tag: pin a version, e.g. \`${image.resolved}:<version>\``, range: image.range });
    }
  },
});
