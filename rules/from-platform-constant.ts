import { expand } from '../src/dockerfile/variables';
import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'from-platform-constant',
  aliases: ['DL3029', 'FromPlatformFlagConstDisallowed'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: '`FROM --platform` with a constant value',
    details: `Flags \`FROM --platform=linux/amd64 ...\`: a platform written as a constant rather than taken from a
build argument such as \`$BUILDPLATFORM\` or \`$TARGETPLATFORM\`.`,
    why: `A constant platform pins the stage to one architecture whatever \`docker build --platform\` asks for:
multi-platform builds silently produce amd64 binaries in an arm64 image, and on other machines the stage
runs under emulation. Leave the platform to the build, or derive it from \`$BUILDPLATFORM\` for
cross-compiling stages.`,
    bad: `FROM --platform=linux/amd64 golang:1.23 AS build
RUN go build -o /app .`,
    good: `FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .`,
    notes: `Not reported, as in BuildKit: a stage whose name contains the platform's operating system or
architecture (\`FROM --platform=linux/arm64 alpine AS build-arm64\`), which shows the pin is deliberate. A value
with a variable is never reported.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const flag = stage.platform;
      if (!flag || flag.value === null) continue;
      const expansion = expand(flag.value, () => undefined, file.escapeChar);
      if (expansion.references.length > 0) continue;
      const value = expansion.value.trim().toLowerCase();
      if (value === '') continue;
      const [os, arch] = value.split('/');
      if (stage.name && [os, arch].some((part) => part && stage.name!.includes(part))) continue;
      report({
        message: `FROM --platform flag should not use a constant value ("${expansion.value.trim()}")`,
        range: flag.range,
      });
    }
  },
});
