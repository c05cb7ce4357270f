import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lint/lint-files';
import { startupOf } from '../../src/lint/queries';
import { startupCommands } from '../../src/lint/startup';

function finalOf(text: string) {
  const file = parseText(text, 'Dockerfile');
  return { file, stage: file.stages[file.stages.length - 1]! };
}

describe('startupOf', () => {
  it('keeps a CMD written before ENTRYPOINT in the same stage', () => {
    const { stage } = finalOf('FROM alpine\nCMD ["a"]\nENTRYPOINT ["b"]\n');
    const { entrypoint, cmd } = startupOf(stage);
    expect(entrypoint?.range.start.line).toBe(2);
    expect(cmd?.range.start.line).toBe(1);
  });

  it('drops the CMD of an earlier stage when a later stage sets ENTRYPOINT', () => {
    const { stage } = finalOf('FROM alpine AS base\nCMD ["a"]\nFROM base\nENTRYPOINT ["b"]\n');
    expect(startupOf(stage).cmd).toBeNull();
  });

  it("keeps a later stage's CMD after an earlier stage's ENTRYPOINT", () => {
    const { stage } = finalOf('FROM alpine AS base\nENTRYPOINT ["b"]\nFROM base\nCMD ["a"]\n');
    const { entrypoint, cmd } = startupOf(stage);
    expect(entrypoint?.range.start.line).toBe(1);
    expect(cmd?.range.start.line).toBe(3);
  });
});

describe('exec-form values', () => {
  it('keeps spaces and escapes inside JSON strings', () => {
    const { stage } = finalOf('FROM alpine\nCMD ["sh", "-c", "echo a b\\tc \\"d\\""]\n');
    expect(stage.instructions[1]!.execArgs!.map((w) => w.value)).toEqual(['sh', '-c', 'echo a b\tc "d"']);
  });
});

describe('startupCommands', () => {
  const names = (text: string) => {
    const { file, stage } = finalOf(text);
    return startupCommands(file, stage).map((c) => [c.name, ...c.args.map((w) => w.value)].join(' '));
  };

  it('unwraps init wrappers and reads ENTRYPOINT and CMD together', () => {
    expect(names('FROM alpine\nENTRYPOINT ["tini", "-e", "143", "--"]\nCMD ["gosu", "app", "python", "-m", "gunicorn", "x:y"]\n'))
      .toEqual(['gunicorn x:y']);
  });

  it('reads the CMD on its own after an entrypoint script', () => {
    expect(names('FROM alpine\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["nginx"]\n')).toEqual(['entrypoint.sh nginx', 'nginx']);
  });

  it('reads `sh -c` strings with the shell parser, placing them in the file', () => {
    const { file, stage } = finalOf('FROM alpine\nCMD ["sh", "-c", "migrate && exec puma -p 3000"]\n');
    const commands = startupCommands(file, stage);
    expect(commands.map((c) => c.name)).toEqual(['migrate', 'puma']);
    expect(commands[1]!.range).toEqual({ start: { line: 1, character: 34 }, end: { line: 1, character: 46 } });
  });

  it('ignores a shell-form ENTRYPOINT\'s CMD and does not read Windows shell form', () => {
    expect(names('FROM alpine\nENTRYPOINT exec nginx\nCMD ["other"]\n')).toEqual(['nginx']);
    expect(names('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD node server.js\n')).toEqual([]);
  });
});

describe('startupCommands with an interpreter as ENTRYPOINT', () => {
  it('reads the CMD as the interpreter\'s arguments only', () => {
    const { file, stage } = finalOf('FROM python:3.12\nENTRYPOINT ["python"]\nCMD ["manage.py", "runserver"]\n');
    expect(startupCommands(file, stage).map((c) => c.name)).toEqual(['python']);
  });
});
