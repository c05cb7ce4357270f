// ShellCheck through whale: the real `shellcheck` program (installed by scripts/test-deps.sh).
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/lint/builtin';
import { defaultConfig } from '../../src/lint/config';
import { lintFiles } from '../../src/lint/lint-files';
import { ConfigResolver } from '../../src/lint/config';

function shellcheck(text: string) {
  const warnings: string[] = [];
  const [result] = lintFiles({
    files: ['-'], registry, configs: new ConfigResolver(registry, defaultConfig(registry)),
    stdin: { text, filename: 'Dockerfile' }, enable: ['shellcheck'], warn: (m) => warnings.push(m),
  });
  expect(warnings).toEqual([]);
  return result!.findings.filter((f) => f.rule === 'shellcheck').map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.message.split(':')[0]}`);
}

describe('shellcheck', () => {
  it('reports SC codes at their place in the Dockerfile, through continuation lines and tabs', () => {
    expect(shellcheck('FROM debian:12\nRUN set -e; \\\n\techo $home_dir > /x\n')).toEqual(['3:7-3:16 SC2086', '3:7-3:16 SC2154']);
  });
  // (ShellCheck never reports upper-case names: it takes them for the environment's.)
  it('declares the ARG and ENV names in scope, so only undefined variables are SC2154', () => {
    expect(shellcheck('FROM debian:12\nARG version\nENV app=/app\nRUN echo "$version $app $nope"\n')).toEqual(['4:25-4:30 SC2154']);
  });
  it('uses the SHELL in force: arrays are fine in bash, not in sh', () => {
    expect(shellcheck('FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN a=(1 2); echo "${a[0]}"\n')).toEqual([]);
    expect(shellcheck('FROM debian:12\nRUN a=(1 2); echo "${a[0]}"\n').length).toBeGreaterThan(0);
  });
  it('honours ignore comments that name the SC code', () => {
    expect(shellcheck('FROM debian:12\n# hadolint ignore=SC2086,SC2154\nRUN echo $X\n')).toEqual([]);
  });
  it('skips Windows images and exec form', () => {
    expect(shellcheck('# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN echo $X\n')).toEqual([]);
    expect(shellcheck('FROM debian:12\nRUN ["sh", "-c", "echo $X"]\n')).toEqual([]);
  });
});
