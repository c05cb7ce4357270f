// mapDockerfile on histories as both builders write them (texts copied from real builds).
import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse';
import { joinedText, lineOf, mapDockerfile } from '../../src/image/dockerfile-map';
import type { Instruction } from '../../src/dockerfile/model';
import type { HistoryEntry, ImageConfig } from '../../src/image/types';

function config(history: HistoryEntry[]): { config: ImageConfig; layers: number } {
  const layers = history.filter((h) => h.empty_layer !== true).length;
  return { config: { rootfs: { type: 'layers', diff_ids: Array.from({ length: layers }, (_, i) => `sha256:${i}`) }, history }, layers };
}

const lines = (entries: ReadonlyArray<Instruction | null>) => entries.map((e) => (e ? lineOf(e) : null));

describe('mapDockerfile', () => {
  const file = parseDockerfile(['FROM base', 'WORKDIR /app', 'COPY . .', 'ENV A=1', 'RUN make', 'CMD ["app"]', ''].join('\n'), 'Dockerfile');

  test('the classic builder: one entry per instruction after FROM, on top of the base image\'s entries', () => {
    const { config: c, layers } = config([
      { created_by: '', comment: 'Imported from -' },
      { created_by: '/bin/sh -c echo base > /b' },
      { created_by: '/bin/sh -c #(nop) WORKDIR /app' },
      { created_by: '/bin/sh -c #(nop) COPY dir:' + 'a'.repeat(64) + ' in . ' },
      { created_by: '/bin/sh -c #(nop)  ENV A=1', empty_layer: true },
      { created_by: '/bin/sh -c make' },
      { created_by: '/bin/sh -c #(nop)  CMD ["app"]', empty_layer: true },
    ]);
    const mapping = mapDockerfile(c, layers, file)!;
    expect(lines(mapping.entries)).toEqual([null, null, 2, 3, 4, 5, 6]);
    expect(lines(mapping.layers)).toEqual([null, null, 2, 3, 5]);
    expect(mapping).toMatchObject({ baseEntries: 2, baseLayers: 2, matched: 5, expected: 5 });
    expect(lineOf(mapping.from)).toBe(1);
  });

  test('BuildKit: a WORKDIR that made no layer, and exporter padding entries, still line up', () => {
    const { config: c, layers } = config([
      { created_by: '/bin/sh -c #(nop) ADD file:' + 'b'.repeat(64) + ' in / ' },
      { created_by: 'WORKDIR /app', comment: 'buildkit.dockerfile.v0', empty_layer: true },
      { created_by: 'COPY . . # buildkit', comment: 'buildkit.dockerfile.v0' },
      { created_by: 'ENV A=1', comment: 'buildkit.dockerfile.v0', empty_layer: true },
      { created_by: 'RUN /bin/sh -c make # buildkit', comment: 'buildkit.dockerfile.v0' },
      { created_by: 'CMD ["app"]', comment: 'buildkit.dockerfile.v0', empty_layer: true },
    ]);
    const mapping = mapDockerfile(c, layers, file)!;
    expect(lines(mapping.layers)).toEqual([null, 3, 5]);
    expect(mapping.baseLayers).toBe(1);
  });

  test('stages built FROM an earlier stage record that stage\'s instructions first; other stages record nothing', () => {
    const multi = parseDockerfile([
      'FROM golang AS build', 'RUN go build', 'FROM base AS runtime', 'RUN apt-get update', 'FROM runtime', 'COPY --from=build /app /app', '',
    ].join('\n'), 'Dockerfile');
    const { config: c, layers } = config([
      { created_by: '/bin/sh -c #(nop) ADD file:' + 'c'.repeat(64) + ' in / ' },
      { created_by: '/bin/sh -c apt-get update' },
      { created_by: '/bin/sh -c #(nop) COPY dir:' + 'd'.repeat(64) + ' in /app ' },
    ]);
    const mapping = mapDockerfile(c, layers, multi)!;
    expect(lines(mapping.layers)).toEqual([null, 4, 6]);
    expect(lineOf(mapping.from)).toBe(3);
  });

  test('an ONBUILD trigger of the base image records an entry no instruction explains: left unmatched', () => {
    const { config: c, layers } = config([
      { created_by: '/bin/sh -c #(nop) ADD file:' + 'e'.repeat(64) + ' in / ' },
      { created_by: '/bin/sh -c npm install' },
      { created_by: '/bin/sh -c #(nop) WORKDIR /app' },
      { created_by: '/bin/sh -c #(nop) COPY dir:' + 'a'.repeat(64) + ' in . ' },
      { created_by: '/bin/sh -c #(nop)  ENV A=1', empty_layer: true },
      { created_by: '/bin/sh -c make' },
      { created_by: '/bin/sh -c #(nop)  CMD ["app"]', empty_layer: true },
    ]);
    const mapping = mapDockerfile(c, layers, file)!;
    expect(lines(mapping.layers)).toEqual([null, null, 2, 3, 5]);
    expect(mapping.matched).toBe(5);
  });

  test('an image from another Dockerfile matches what it can and says how much', () => {
    const { config: c, layers } = config([
      { created_by: '/bin/sh -c #(nop) ADD file:' + 'e'.repeat(64) + ' in / ' },
      { created_by: '/bin/sh -c make' },
    ]);
    const mapping = mapDockerfile(c, layers, file)!;
    expect(mapping.matched).toBe(1);
    expect(mapping.expected).toBe(5);
  });
});

describe('RUN commands: the recorded text must be the Dockerfile\'s', () => {
  const history = (run: string) => config([
    { created_by: '/bin/sh -c #(nop) ADD file:' + 'e'.repeat(64) + ' in / ' },
    { created_by: `RUN /bin/sh -c ${run} # buildkit`, comment: 'buildkit.dockerfile.v0' },
    { created_by: 'USER 1000', comment: 'buildkit.dockerfile.v0', empty_layer: true },
  ]);

  test('continuations (with blanks after the escape) and comment lines are joined as the builders join them', () => {
    const file = parseDockerfile('FROM base\nRUN apt-get update \\   \n  # the tools\n  && apt-get install -y curl\nUSER 1000\n', 'Dockerfile');
    const { config: c, layers } = history('apt-get update     && apt-get install -y curl');
    expect(mapDockerfile(c, layers, file)!.changedRun).toBeNull();
    expect(joinedText(file, file.instructions[1]!.range)).toBe('RUN apt-get update && apt-get install -y curl');
  });

  test('another command recorded is a changed RUN, also when the Dockerfile\'s text is its end', () => {
    const file = parseDockerfile('FROM base\nRUN pip install flask\nUSER 1000\n', 'Dockerfile');
    const { config: c, layers } = history('cd /app && pip install flask');
    expect(lineOf(mapDockerfile(c, layers, file)!.changedRun!)).toBe(2);
  });

  test('a --target build: of two stages with the same shape, the one whose RUN was recorded', () => {
    const file = parseDockerfile('FROM base AS deps\nRUN pip install x\nUSER 1000\nFROM base AS app\nRUN echo app\nUSER 1000\n', 'Dockerfile');
    const { config: c, layers } = history('pip install x');
    const mapping = mapDockerfile(c, layers, file)!;
    expect(mapping.stage.name).toBe('deps');
    expect(mapping.changedRun).toBeNull();
  });
});
