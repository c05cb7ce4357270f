// The go command's single-dash long options: values never taken for packages, `-name=value` kept whole.
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse';

function goCommand(line: string) {
  const file = parseDockerfile(`FROM golang:1.22\nRUN ${line}\n`, 'Dockerfile');
  const command = file.instructions[1]!.script!.commands.find((c) => c.name === 'go')!;
  return { flags: command.flags.map((f) => [f.name, f.value]), positionals: command.positionals.map((w) => w.display), subcommand: command.subcommand };
}

describe('go option schema', () => {
  it('reads single-dash long flags with separate and attached values', () => {
    expect(goCommand("go install -ldflags '-s -w' -tags netgo -mod=mod -modfile go.tools.mod -trimpath -v ./cmd/app")).toEqual({
      flags: [['-ldflags', '-s -w'], ['-tags', 'netgo'], ['-mod', 'mod'], ['-modfile', 'go.tools.mod'], ['-trimpath', null], ['-v', null]],
      positionals: ['install', './cmd/app'],
      subcommand: 'install',
    });
  });
  it('keeps -o and its value together', () => {
    expect(goCommand('go build -o /bin/app .').flags).toEqual([['-o', '/bin/app']]);
  });
});
