import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'base-image-latest-tag',
  aliases: ['DL3007'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'FROM an image tagged `:latest` without a digest',
    details: `Flags \`FROM image:latest\` without a digest, at the image reference. The tag is read as written,
like hadolint: \`ARG TAG=latest\` then \`FROM node:$TAG\` is not reported (the tag is the build's choice).`,
    why: `\`latest\` moves: it points at whatever was pushed last, so the same Dockerfile builds a different image
from one week to the next, and nobody can tell which base a running image had. Name the version you tested
(\`node:22.11-slim\`) or pin the digest.`,
    bad: `FROM node:latest
CMD ["node", "server.js"]`,
    good: `FROM node:22-slim
CMD ["node", "server.js"]`,
    notes: `Not reported: \`:latest@sha256:...\` (the digest fixes the image), a tag from a variable, even one
whose ARG default is \`latest\` (hadolint reads the tag as written, and \`--build-arg\` usually sets it). An image without any tag is \`base-image-untagged\` (DL3006).`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const image = stage.image;
      // The tag as written: `:latest` at the end of the reference (a digest would follow it).
      if (!image || !/:latest$/.test(image.raw)) continue;
      report({ message: `\`${image.raw}\` uses the moving \`latest\` tag: pin a version or a digest`, range: image.range });
    }
  },
});
