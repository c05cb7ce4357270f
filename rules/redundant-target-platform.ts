import { unquote } from '../src/dockerfile/variables';
import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'redundant-target-platform',
  aliases: ['DL3065', 'RedundantTargetPlatform'],
  severity: 'warning',
  category: 'style',
  docs: {
    summary: '`FROM --platform=$TARGETPLATFORM` is redundant',
    details: `Flags \`FROM --platform=$TARGETPLATFORM\` (or \`\${TARGETPLATFORM}\`) when \`TARGETPLATFORM\` is Docker's
built-in build argument.`,
    why: `Docker already builds every stage for the target platform: the flag changes nothing and suggests to a
reader that it does.`,
    bad: `FROM --platform=$TARGETPLATFORM alpine:3.20
RUN apk add --no-cache curl`,
    good: `FROM alpine:3.20
RUN apk add --no-cache curl`,
    notes: `Not reported when a global \`ARG TARGETPLATFORM=...\` gives it a default of its own, nor for other
values such as \`$BUILDPLATFORM\`.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const flag = stage.platform;
      if (!flag || flag.value === null) continue;
      const value = unquote(flag.value.trim(), file.escapeChar);
      if (value !== '$TARGETPLATFORM' && value !== '${TARGETPLATFORM}') continue;
      const variable = stage.from.scope.get('TARGETPLATFORM');
      if (variable && variable.value !== null) continue;
      report({
        message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
        range: flag.range,
      });
    }
  },
});
