import { officialName } from '../src/dockerfile/image-ref';
import { defineRule } from '../src/lint/rule';
import { resolveWord } from '../src/lint/queries';

export default defineRule({
  id: 'invalid-base-image-platform',
  aliases: ['InvalidBaseImagePlatform'],
  severity: 'warning',
  category: 'correctness',
  options: {
    platforms: {
      type: 'map',
      default: {},
      description: 'Platforms each base image provides: image name (`python` or `ghcr.io/org/app`) -> comma-separated platforms (`linux/amd64,linux/arm64`).',
    },
  },
  docs: {
    summary: 'FROM --platform asks for a platform the base image does not provide',
    details: `BuildKit reports this when the image it pulled for a stage has another platform than the one the build
asked for. Which platforms an image provides is in its registry manifest, which a static linter does not read:
without configuration the rule is quiet. With the \`platforms\` option listing the platforms of some images,
it flags a \`FROM --platform=<p>\` (value resolved, variables known) naming one of them that lacks \`<p>\`.`,
    why: `An image pulled for the wrong platform runs under emulation or not at all ("exec format error"), and
the build may silently produce an image for another architecture than intended.`,
    bad: `FROM --platform=linux/arm64 mcr.microsoft.com/windows/servercore:ltsc2022
RUN echo hi`,
    good: `FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022
RUN echo hi`,
    exampleOptions: { platforms: { 'mcr.microsoft.com/windows/servercore': 'windows/amd64' } },
    notes: `BuildKit's \`InvalidBaseImagePlatform\` check compares against the pulled image; whale cannot pull, so by
default this rule never reports. \`$BUILDPLATFORM\`/\`$TARGETPLATFORM\` and other unresolved values are not
checked. A platform with a variant (\`linux/arm/v7\`) matches a listed \`linux/arm\`.`,
  },
  check({ file, options, report }) {
    const platforms = options.platforms as Readonly<Record<string, string>>;
    if (Object.keys(platforms).length === 0) return;
    for (const stage of file.stages) {
      const image = stage.image;
      const flag = stage.platform;
      if (!image || image.unresolved || !flag || flag.value === null || !flag.valueRange) continue;
      const wanted = resolveWord(stage.from, flag.value, file.escapeChar);
      if (!wanted) continue;
      const name = image.registry ? `${image.registry}/${image.repository}` : officialName(image.repository);
      const listed = platforms[name] ?? platforms[image.registry ? name : `docker.io/library/${name}`];
      if (listed === undefined) continue;
      const available = listed.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
      const want = wanted.toLowerCase();
      if (available.some((p) => p === want || want.startsWith(p + '/'))) continue;
      report({
        message: `Base image ${image.resolved} does not provide platform "${wanted}" (it provides ${available.join(', ')})`,
        range: flag.valueRange,
      });
    }
  },
});
