import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse';

const parse = (text: string) => parseDockerfile(text, 'Dockerfile');
const values = (words: Array<{ value: string }>) => words.map((w) => w.value);

describe('instructions', () => {
  it('gives keyword, exact ranges, flags and args', () => {
    const file = parse('FROM alpine:3.20\ncopy --chown=app:app --link src/ /app/\n');
    const copy = file.instructions[1]!;
    expect(copy.keyword).toBe('COPY');
    expect(copy.keywordText).toBe('copy');
    expect(copy.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 38 } });
    expect(copy.flags.map((f) => [f.name, f.value])).toEqual([['chown', 'app:app'], ['link', null]]);
    expect(values(copy.args)).toEqual(['src/', '/app/']);
    expect(copy.args[0]!.range).toEqual({ start: { line: 1, character: 28 }, end: { line: 1, character: 32 } });
  });

  it('tells exec form from shell form, and falls back to shell form for invalid JSON', () => {
    const file = parse('FROM a\nCMD ["python", "app.py"]\nENTRYPOINT [not json]\nRUN echo hi\n');
    expect(file.instructions[1]!.form).toBe('exec');
    expect(values(file.instructions[1]!.execArgs!)).toEqual(['python', 'app.py']);
    expect(file.instructions[2]!.form).toBe('shell');
    expect(file.instructions[2]!.execArgs).toBeNull();
    expect(file.instructions[3]!.form).toBe('shell');
  });

  it('reads ENV, LABEL and ARG pairs in both forms, with quotes removed', () => {
    const file = parse('FROM a\nENV A=1 B="two words"\nENV C three words\nLABEL "x.y"=\'z\'\nARG NAME\n');
    expect(file.instructions[1]!.pairs.map((p) => [p.key, p.value, p.legacyForm])).toEqual([['A', '1', false], ['B', 'two words', false]]);
    expect(file.instructions[2]!.pairs.map((p) => [p.key, p.value, p.legacyForm])).toEqual([['C', 'three words', true]]);
    expect(file.instructions[3]!.pairs.map((p) => [p.key, p.value])).toEqual([['x.y', 'z']]);
    expect(file.instructions[4]!.pairs.map((p) => [p.key, p.value])).toEqual([['NAME', null]]);
  });

  it('keeps the ONBUILD trigger as an instruction of its own', () => {
    const file = parse('FROM a\nONBUILD RUN apt-get update\n');
    const trigger = file.instructions[1]!.trigger!;
    expect(trigger.keyword).toBe('RUN');
    expect(trigger.script!.commands.map((c) => c.name)).toEqual(['apt-get']);
  });

  it('reads the parser directives', () => {
    const file = parse('# syntax=docker/dockerfile:1\n# escape=\\\nFROM a\n');
    expect(file.directives.map((d) => [d.name, d.value])).toEqual([['syntax', 'docker/dockerfile:1'], ['escape', '\\']]);
  });
});

describe('stages', () => {
  it('parses base images into registry, repository, tag and digest', () => {
    const file = parse('FROM registry.example.com:5000/team/app:1.2@sha256:abc AS Build\nFROM python:3.12-slim\nFROM build\nFROM scratch\n');
    const [build, python, child, scratch] = file.stages;
    expect(build!.image).toMatchObject({ registry: 'registry.example.com:5000', repository: 'team/app', tag: '1.2', digest: 'sha256:abc' });
    expect(build!.name).toBe('build');
    expect(build!.nameText).toBe('Build');
    expect(python!.image).toMatchObject({ registry: null, repository: 'python', tag: '3.12-slim', digest: null });
    expect(child!.image).toBeNull();
    expect(child!.parent).toBe(build);
    expect(scratch!.scratch).toBe(true);
    expect(scratch!.isFinal).toBe(true);
  });

  it('resolves ARG defaults in FROM, including ${VAR:-default}', () => {
    const file = parse('ARG TAG=3.12\nARG REG\nFROM python:${TAG}-slim\nFROM ${REG:-docker.io}/library/node:${NODE:-20}\nFROM $UNSET\n');
    expect(file.stages[0]!.image).toMatchObject({ resolved: 'python:3.12-slim', tag: '3.12-slim', unresolved: false });
    expect(file.stages[1]!.image).toMatchObject({ resolved: 'docker.io/library/node:20', registry: 'docker.io', tag: '20' });
    expect(file.stages[2]!.image!.unresolved).toBe(true);
    expect(file.globalArgs).toHaveLength(2);
  });

  it('knows which stages reach the final image', () => {
    const file = parse('FROM a AS deps\nFROM a AS unused\nFROM deps AS build\nFROM b\nCOPY --from=build /x /x\n');
    const [deps, unused, build, final] = file.stages;
    expect([deps, unused, build, final].map((s) => s!.reachesFinal)).toEqual([true, false, true, true]);
    expect([deps, unused, build, final].map((s) => s!.inFinalImage)).toEqual([false, false, false, true]);
    expect(deps!.children).toEqual([build]);
  });
});

describe('scope and shell', () => {
  it('gives every instruction the ARG and ENV values it can see', () => {
    const file = parse('ARG V=1\nFROM a\nARG V\nENV HOME=/root PATH=$HOME/bin\nRUN echo $V\nFROM a\nRUN echo $V\n');
    const run1 = file.instructions[4]!;
    expect(run1.scope.get('V')).toMatchObject({ value: '1', kind: 'arg' });
    // Docker expands every pair of one ENV with the values from before it: $HOME is not set yet.
    expect(run1.scope.get('PATH')).toMatchObject({ value: '/bin', kind: 'env' });
    expect(run1.scope.get('HOME')).toMatchObject({ value: '/root', kind: 'env' });
    // A global ARG is not visible in a stage that did not declare it.
    expect(file.instructions[6]!.scope.has('V')).toBe(false);
  });

  it('inherits ENV and SHELL from the parent stage', () => {
    const file = parse('FROM a AS base\nENV X=1\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN echo $X\n');
    const run = file.instructions[4]!;
    expect(run.scope.get('X')?.value).toBe('1');
    expect(run.shell).toEqual(['/bin/bash', '-o', 'pipefail', '-c']);
  });

  it('does not parse RUN as POSIX shell after SHELL powershell', () => {
    const file = parse('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n');
    expect(file.instructions[2]!.script).toBeNull();
  });

  it('treats a backtick escape file as Windows: continuation with ` and no POSIX shell', () => {
    const file = parse('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nRUN dir `\n  c:\\\nRUN echo done\n');
    expect(file.escapeChar).toBe('`');
    expect(file.instructions).toHaveLength(3);
    expect(values(file.instructions[1]!.args)).toEqual(['dir', 'c:\\']);
    expect(file.instructions[1]!.script).toBeNull();
    expect(file.posixShell).toBe(false);
  });
});

describe('RUN as commands', () => {
  it('splits a RUN into commands with flags and positionals, through continuations and sudo', () => {
    const file = parse('FROM debian\nRUN apt-get update && \\\n    sudo apt-get install -y -t bookworm-backports --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n');
    const [update, install, rm] = file.instructions[1]!.script!.commands;
    expect(update!.name).toBe('apt-get');
    expect(update!.subcommand).toBe('update');
    expect(install!.wrappers).toEqual(['sudo']);
    expect(install!.flags.map((f) => [f.name, f.value])).toEqual([['-y', null], ['-t', 'bookworm-backports'], ['--no-install-recommends', null]]);
    expect(values(install!.positionals as Array<{ value: string }>)).toEqual(['install', 'curl']);
    expect(install!.connector).toBe('&&');
    expect(rm!.flags.map((f) => f.name)).toEqual(['-r', '-f']);
    // Ranges point into the file: `curl` on line 3.
    const curl = install!.positionals[1]!;
    expect(curl.range).toEqual({ start: { line: 2, character: 74 }, end: { line: 2, character: 78 } });
  });

  it('drops comment lines inside a continued RUN, as Docker does, even when indented', () => {
    const file = parse('FROM debian\nRUN apt-get install -y \\\n    # the web server\n    nginx \\\n  # and its friend\n  curl\n');
    const [install] = file.instructions[1]!.script!.commands;
    expect(file.instructions[1]!.script!.commands).toHaveLength(1);
    expect(install!.positionals.map((p) => p.value)).toEqual(['install', 'nginx', 'curl']);
    expect(install!.positionals[2]!.range.start).toEqual({ line: 5, character: 2 });
  });

  it('reads quoting and expansions: value only for literal words', () => {
    const file = parse('FROM a\nRUN pip install "flask==2.0" \'x\' $PKG "${V}" py\\ thon\n');
    const [pip] = file.instructions[1]!.script!.commands;
    expect(pip!.positionals.map((p) => p.value)).toEqual(['install', 'flask==2.0', 'x', null, null, 'py thon']);
    expect(pip!.positionals.map((p) => p.display)).toEqual(['install', 'flask==2.0', 'x', '$PKG', '${V}', 'py thon']);
  });

  it('sees pipes, subshells, if/for and command substitutions', () => {
    const file = parse('FROM a\nRUN curl -fsSL x | sh; (cd /tmp && make); if [ -f a ]; then echo $(cat a); fi; for f in *; do rm $f; done\n');
    const script = file.instructions[1]!.script!;
    expect(script.hasPipe).toBe(true);
    expect(script.commands.map((c) => [c.name, c.nesting, c.inPipeline])).toEqual([
      ['curl', null, true], ['sh', null, true], ['cd', 'subshell', false], ['make', 'subshell', false],
      ['[', 'if', false], ['echo', 'if', false], ['cat', 'substitution', false], ['rm', 'loop', false],
    ]);
  });

  it('unwraps python -m pip and env', () => {
    const file = parse('FROM a\nRUN python3 -m pip install -U pip && env DEBIAN_FRONTEND=noninteractive apt-get install -y x\n');
    const [pip, apt] = file.instructions[1]!.script!.commands;
    expect([pip!.name, pip!.subcommand, pip!.wrappers]).toEqual(['pip', 'install', ['python3', '-m']]);
    expect([apt!.name, apt!.wrappers]).toEqual(['apt-get', ['env']]);
  });

  it('parses a heredoc RUN body as the script', () => {
    const file = parse('FROM alpine\nRUN <<EOF\nset -e\napk add --no-cache bash\nEOF\nRUN echo after\n');
    const run = file.instructions[1]!;
    expect(run.heredocs.map((h) => h.name)).toEqual(['EOF']);
    expect(run.script!.commands.map((c) => c.name)).toEqual(['set', 'apk']);
    expect(run.script!.commands[1]!.range.start).toEqual({ line: 3, character: 0 });
    expect(file.instructions[2]!.keyword).toBe('RUN');
  });

  it('leaves a heredoc with a non-shell shebang alone, and feeds `cmd <<EOF` to the shell whole', () => {
    const file = parse('FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint("hi")\nEOF\nRUN cat <<EOF > /etc/x.conf\nkey=value\nEOF\n');
    expect(file.instructions[1]!.script).toBeNull();
    expect(file.instructions[2]!.script!.commands.map((c) => c.name)).toEqual(['cat']);
  });

  it('reports a shell syntax error and keeps the commands around it', () => {
    const file = parse('FROM a\nRUN apt-get update && && apt-get install -y x\n');
    const script = file.instructions[1]!.script!;
    expect(script.error).not.toBeNull();
    expect(script.commands.map((c) => c.name)).toContain('apt-get');
  });
});

// dockerfile-ast's known mistakes, each corrected by the model.
describe('parser pitfalls', () => {
  it('ends an instruction at an escaped escape (`\\\\`) at the end of a line', () => {
    const file = parse('FROM a\nRUN dir C:\\\\Windows\\\\\nRUN echo hi\n');
    expect(file.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'RUN']);
    expect(values(file.instructions[1]!.args)).toEqual(['dir', 'C:\\Windows\\']);
    expect(file.instructions[1]!.range.end).toEqual({ line: 1, character: 21 });
  });

  it('continues a line only on a single trailing escape, as Docker does', () => {
    const three = parse('FROM a\nRUN echo a\\\\\\\nRUN echo b\n');
    expect(three.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'RUN']);
    const one = parse('FROM a\nRUN echo a \\\n  b\n');
    expect(one.instructions).toHaveLength(2);
    expect(one.instructions[1]!.range.end.line).toBe(2);
  });

  it('reads several heredocs in one COPY', () => {
    const file = parse('FROM a\nCOPY <<A <<B /dst/\nhello\nA\nworld\nB\nRUN echo after\n');
    const copy = file.instructions[1]!;
    expect(copy.heredocs.map((h) => [h.name, h.content])).toEqual([['A', 'hello\n'], ['B', 'world\n']]);
    expect(values(copy.args)).toEqual(['<<A', '<<B', '/dst/']);
    expect(file.instructions[2]!.keyword).toBe('RUN');
    expect(file.syntaxProblems).toEqual([]);
  });

  it('never shows the shell an indented comment line inside a continued RUN', () => {
    const file = parse('FROM a\nRUN set -e; \\\n    # install the tools\n    apt-get install -y make\n');
    const names = file.instructions[1]!.script!.commands.map((c) => c.name);
    expect(names).toEqual(['set', 'apt-get']);
  });

  it('accepts the flags Docker added after dockerfile-ast (ADD --unpack, COPY --from=$VAR, HEALTHCHECK --start-interval)', () => {
    const file = parse('ARG SRC=build\nFROM a\nADD --unpack=true x.tar /x/\nCOPY --from=$SRC /a /b\nHEALTHCHECK --start-interval=2s CMD true\n');
    expect(file.syntaxProblems).toEqual([]);
    expect(file.instructions[3]!.flags[0]).toMatchObject({ name: 'from', value: '$SRC' });
  });
});

describe('HEALTHCHECK', () => {
  it('reads the exec form of HEALTHCHECK CMD and parses its shell form', () => {
    const file = parse('FROM a\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK NONE\n');
    expect(file.instructions[1]!.form).toBe('exec');
    expect(values(file.instructions[1]!.execArgs!)).toEqual(['curl', '-f', 'http://localhost/']);
    expect(file.instructions[2]!.form).toBe('shell');
    expect(file.instructions[2]!.script!.commands.map((c) => c.name)).toEqual(['curl', 'exit']);
  });
});

describe('exec form', () => {
  it('keeps spaces and escapes inside the strings, with each string\'s exact range', () => {
    const file = parse('FROM a\nCMD ["sh", "-c", "echo \\"a b\\""]\nADD ["my file.txt", "/dst dir/"]\n');
    const cmd = file.instructions[1]!;
    expect(values(cmd.execArgs!)).toEqual(['sh', '-c', 'echo "a b"']);
    expect(cmd.execArgs![2]!.range).toEqual({ start: { line: 1, character: 17 }, end: { line: 1, character: 31 } });
    expect(values(file.instructions[2]!.execArgs!)).toEqual(['my file.txt', '/dst dir/']);
  });

  it('reads exec form across continuation lines, and not a broken array', () => {
    const file = parse('FROM a\nENTRYPOINT ["python", \\\n  "app.py"]\nCMD ["a", b]\nCMD ["a",]\n');
    expect(values(file.instructions[1]!.execArgs!)).toEqual(['python', 'app.py']);
    expect(file.instructions[1]!.execArgs![1]!.range.start).toEqual({ line: 2, character: 2 });
    expect(file.instructions[2]!.form).toBe('shell');
    expect(file.instructions[3]!.form).toBe('shell');
  });
});

describe('heredoc RUNs', () => {
  it('reads `RUN bash <<EOF` and `RUN <<EOF sh` bodies as the shell script', () => {
    const file = parse('FROM a\nRUN bash <<EOF\napt-get update\nEOF\nRUN <<EOF sh\necho hi\nEOF\n');
    expect(file.instructions[1]!.script!.commands.map((c) => c.name)).toEqual(['apt-get']);
    expect(file.instructions[2]!.script!.commands.map((c) => c.name)).toEqual(['echo']);
  });

  it('keeps a heredoc that is data out of the commands', () => {
    const file = parse('FROM a\nRUN cat <<EOF > /etc/app.conf && chmod 600 /etc/app.conf\nrm -rf /\nEOF\nRUN python3 <<EOF\nimport os\nEOF\n');
    expect(file.instructions[1]!.script!.commands.map((c) => c.name)).toEqual(['cat', 'chmod']);
    expect(file.instructions[2]!.script!.commands.map((c) => c.name)).toEqual(['python3']);
  });
});

describe('exec form continuation', () => {
  it('allows spaces after the escape of a continuation inside exec form', () => {
    const file = parse('FROM a\nCMD ["a", \\  \n  "b"]\n');
    expect(file.instructions[1]!.form).toBe('exec');
    expect(values(file.instructions[1]!.execArgs!)).toEqual(['a', 'b']);
  });
});

describe('conditional commands', () => {
  it('marks bodies of if/while/case/for and commands after || as conditional, not the conditions', () => {
    const file = parse('FROM a\nRUN if [ -f x ]; then apt-get install -y a; fi; while read l; do echo $l; done; false || exit 1; (cd /x && make $(nproc))\n');
    expect(file.instructions[1]!.script!.commands.map((c) => [c.name, c.conditional])).toEqual([
      ['[', false], ['apt-get', true], ['read', false], ['echo', true], ['false', false], ['exit', true],
      ['cd', false], ['make', false], ['nproc', false],
    ]);
  });

  it('drops backslash-newline inside a heredoc script word', () => {
    const file = parse('FROM a\nRUN <<EOF\napt-get install -y \\\n  curl "a\\\nb"\nEOF\n');
    expect(file.instructions[1]!.script!.commands[0]!.positionals.map((p) => p.value)).toEqual(['install', 'curl', 'ab']);
  });
});
