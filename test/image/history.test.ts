import { describe, expect, it } from 'vitest';
import { layerHistory, mapHistory, parseCreatedBy } from '../../src/image/history';
import type { HistoryEntry, ImageConfig } from '../../src/image/types';

const config = (history: HistoryEntry[], layers: number): ImageConfig => ({
  rootfs: { type: 'layers', diff_ids: Array.from({ length: layers }, (_, i) => `sha256:${i}`) },
  history,
});

describe('created_by -> instruction', () => {
  const cases: Array<[builder: string, createdBy: string, instruction: string | null, keyword: string | null, buildArgs?: Record<string, string>]> = [
    // classic builder (docker build without BuildKit), from `docker history --no-trunc`
    ['classic', '/bin/sh -c #(nop) ADD file:d7fa3c26651f9204a5629287a1a9a6e7dc6a0bc6eb499e82c433c0c8f67ff46b in / ', 'ADD file:d7fa3c26651f9204a5629287a1a9a6e7dc6a0bc6eb499e82c433c0c8f67ff46b in /', 'ADD'],
    ['classic', '/bin/sh -c #(nop)  CMD ["sh"]', 'CMD ["sh"]', 'CMD'],
    ['classic', '/bin/sh -c #(nop) COPY dir:4a3b0e6c2c in /app ', 'COPY dir:4a3b0e6c2c in /app', 'COPY'],
    ['classic', '/bin/sh -c #(nop) COPY file:9d2b3e5f in /usr/local/bin/ ', 'COPY file:9d2b3e5f in /usr/local/bin/', 'COPY'],
    ['classic', '/bin/sh -c #(nop) WORKDIR /app', 'WORKDIR /app', 'WORKDIR'],
    ['classic', '/bin/sh -c #(nop)  ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ENV'],
    ['classic', '/bin/sh -c #(nop)  LABEL maintainer=ops@example.com', 'LABEL maintainer=ops@example.com', 'LABEL'],
    ['classic', '/bin/sh -c #(nop)  EXPOSE 8080', 'EXPOSE 8080', 'EXPOSE'],
    ['classic', '/bin/sh -c #(nop)  ARG VERSION=1.0', 'ARG VERSION=1.0', 'ARG'],
    ['classic', '/bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*', 'RUN'],
    ['classic', '|2 A=1 B=2 /bin/sh -c make', 'RUN make', 'RUN', { A: '1', B: '2' }],
    ['classic', '|1 MSG=hello world /bin/sh -c echo "$MSG"', 'RUN echo "$MSG"', 'RUN', { MSG: 'hello world' }],
    ['classic', '|0 /bin/sh -c true', 'RUN true', 'RUN', {}],
    ['classic exec form', 'apt-get update', 'RUN apt-get update', 'RUN'],
    ['classic exec form', '|1 VERSION=1.2 apt-get install foo=1.2', 'RUN apt-get install foo=1.2', 'RUN', { VERSION: '1.2' }],
    ['classic exec form', 'env FOO=1 make', 'RUN env FOO=1 make', 'RUN'],
    ['classic after SHELL', '/bin/bash -o pipefail -c curl -fsSL https://example.com/install.sh | sh', 'RUN curl -fsSL https://example.com/install.sh | sh', 'RUN'],
    ['classic after SHELL', '/bin/bash -o pipefail -c #(nop)  CMD ["bash"]', 'CMD ["bash"]', 'CMD'],
    ['classic windows', 'cmd /S /C powershell -Command Install-WindowsFeature Web-Server', 'RUN powershell -Command Install-WindowsFeature Web-Server', 'RUN'],
    // BuildKit (buildkit.dockerfile.v0)
    ['BuildKit', 'RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit', 'RUN apt-get update && apt-get install -y curl', 'RUN'],
    ['BuildKit', 'RUN |1 NODE_ENV=production /bin/sh -c npm ci --omit=dev # buildkit', 'RUN npm ci --omit=dev', 'RUN', { NODE_ENV: 'production' }],
    ['BuildKit', 'RUN /bin/sh -c echo hi', 'RUN echo hi', 'RUN'],
    ['BuildKit exec form', 'RUN apt-get update # buildkit', 'RUN apt-get update', 'RUN'],
    ['BuildKit', 'COPY --chown=node:node package.json package-lock.json ./ # buildkit', 'COPY --chown=node:node package.json package-lock.json ./', 'COPY'],
    ['BuildKit', 'COPY . /app # buildkit', 'COPY . /app', 'COPY'],
    ['BuildKit', 'COPY /out/app /usr/local/bin/app # buildkit', 'COPY /out/app /usr/local/bin/app', 'COPY'],
    ['BuildKit', 'ADD https://example.com/tool.tar.gz /opt/ # buildkit', 'ADD https://example.com/tool.tar.gz /opt/', 'ADD'],
    ['BuildKit', 'WORKDIR /app', 'WORKDIR /app', 'WORKDIR'],
    ['BuildKit', 'ENV NODE_ENV=production', 'ENV NODE_ENV=production', 'ENV'],
    ['BuildKit', 'CMD ["node" "server.js"]', 'CMD ["node" "server.js"]', 'CMD'],
    ['BuildKit', 'EXPOSE map[3000/tcp:{}]', 'EXPOSE map[3000/tcp:{}]', 'EXPOSE'],
    ['BuildKit', 'USER node', 'USER node', 'USER'],
    ['BuildKit', 'ARG TARGETARCH', 'ARG TARGETARCH', 'ARG'],
    // kaniko
    ['kaniko', 'RUN apt-get update && apt-get install -y git', 'RUN apt-get update && apt-get install -y git', 'RUN'],
    ['kaniko', 'ADD app.tar.gz /opt/app', 'ADD app.tar.gz /opt/app', 'ADD'],
    ['kaniko', 'COPY . /app', 'COPY . /app', 'COPY'],
    ['kaniko', 'ENTRYPOINT ["/app/server"]', 'ENTRYPOINT ["/app/server"]', 'ENTRYPOINT'],
    // buildah / podman build
    ['buildah', '/bin/sh -c #(nop) ADD file:b7ab3e5b2b4e9a5e1f3d2e0a in / ', 'ADD file:b7ab3e5b2b4e9a5e1f3d2e0a in /', 'ADD'],
    ['buildah', '/bin/sh -c dnf install -y httpd && dnf clean all', 'RUN dnf install -y httpd && dnf clean all', 'RUN'],
    ['buildah', '/bin/sh -c #(nop) CMD ["/usr/sbin/httpd", "-DFOREGROUND"]', 'CMD ["/usr/sbin/httpd", "-DFOREGROUND"]', 'CMD'],
    // nothing recorded
    ['none', '', null, null],
  ];
  for (const [builder, createdBy, instruction, keyword, buildArgs] of cases) {
    it(`${builder}: ${createdBy || '(empty)'}`, () => {
      const parsed = parseCreatedBy(createdBy);
      expect([parsed.instruction, parsed.keyword]).toEqual([instruction, keyword]);
      if (buildArgs) expect(parsed.buildArgs).toEqual(buildArgs);
      else expect(parsed.buildArgs).toBeUndefined();
    });
  }
});

describe('history -> layers', () => {
  it('maps layer-making entries in order and collects the empty ones before each', () => {
    const cmd = { created_by: '/bin/sh -c #(nop)  CMD ["bash"]', empty_layer: true };
    const env = { created_by: 'ENV A=1', comment: 'buildkit.dockerfile.v0', empty_layer: true };
    const label = { created_by: 'LABEL a=b', comment: 'buildkit.dockerfile.v0', empty_layer: true };
    const last = { created_by: 'CMD ["node" "app.js"]', comment: 'buildkit.dockerfile.v0', empty_layer: true };
    const mapped = mapHistory(config([
      { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
      cmd,
      env,
      { created_by: 'RUN /bin/sh -c apt-get update # buildkit', comment: 'buildkit.dockerfile.v0' },
      label,
      { created_by: 'COPY app /app # buildkit', comment: 'buildkit.dockerfile.v0' },
      last,
    ], 3), 3);
    expect(mapped.layers.map((layer) => [layer.instruction, layer.keyword, layer.emptyBefore])).toEqual([
      ['ADD file:abc in /', 'ADD', []],
      ['RUN apt-get update', 'RUN', [cmd, env]],
      ['COPY app /app', 'COPY', [label]],
    ]);
    expect(mapped.trailing).toEqual([last]);
    expect(mapped.unmapped).toEqual([]);
  });

  it('leaves the top layers without an entry when the history is short', () => {
    const layers = layerHistory(config([{ created_by: '/bin/sh -c #(nop) ADD file:abc in / ' }], 2), 2);
    expect(layers.map((layer) => [layer.createdBy, layer.instruction])).toEqual([
      ['/bin/sh -c #(nop) ADD file:abc in / ', 'ADD file:abc in /'],
      ['', null],
    ]);
  });

  it("maps BuildKit's exporter padding onto layers without an instruction", () => {
    const layers = layerHistory(config([
      { created_by: 'RUN /bin/sh -c make # buildkit', comment: 'buildkit.dockerfile.v0' },
      { created_by: 'created by buildkit', comment: 'buildkit.exporter.image.v0' },
    ], 2), 2);
    expect(layers.map((layer) => [layer.createdBy, layer.instruction, layer.keyword])).toEqual([
      ['RUN /bin/sh -c make # buildkit', 'RUN make', 'RUN'],
      ['created by buildkit', null, null],
    ]);
  });

  it('keeps layer-making entries beyond the layers apart', () => {
    const extra = { created_by: 'RUN x' };
    const mapped = mapHistory(config([{ created_by: 'COPY a /a' }, extra], 1), 1);
    expect(mapped.layers.map((layer) => layer.instruction)).toEqual(['COPY a /a']);
    expect(mapped.unmapped).toEqual([extra]);
  });

  it('works without any history (it is optional)', () => {
    const layers = layerHistory({ rootfs: { type: 'layers', diff_ids: ['sha256:0'] } }, 1);
    expect(layers).toEqual([{ createdBy: '', instruction: null, keyword: null, emptyBefore: [] }]);
  });
});

describe('a malformed history that reaches mapHistory', () => {
  it('is read as no history, or skips entries that are not objects, instead of throwing', () => {
    const withHistory = (history: unknown): ImageConfig => ({ rootfs: { type: 'layers', diff_ids: ['sha256:a'] }, history } as unknown as ImageConfig);
    expect(mapHistory(withHistory('RUN x'), 1).layers.map((l) => l.createdBy)).toEqual(['']);
    expect(mapHistory(withHistory([null, 7, { created_by: 'RUN a' }]), 1).layers.map((l) => l.instruction)).toEqual(['RUN a']);
    expect(mapHistory(withHistory([{ created_by: 5 }]), 1).layers.map((l) => l.createdBy)).toEqual(['']);
  });
});
