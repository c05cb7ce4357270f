import { ruleTable } from '../rule-table';
import rule from '../../rules/undefined-variable';

const at = (name: string, line: number, column: number, length: number, suggestion?: string) => ({
  message: `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ''}`,
  line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: "BuildKit's good example", code: 'FROM alpine AS base\nARG foo\nCOPY $foo .\n' },
    { description: 'ENV and ARG defined', code: 'FROM alpine\nARG V=1\nENV APP=/app\nWORKDIR $APP\nCOPY a-$V ${APP}/\nUSER ${V}\nLABEL v=$V\n' },
    { description: 'PATH and other base-image variables', code: 'FROM python:3.12\nENV PATH=/app/bin:$PATH\nENV X=$PYTHON_VERSION\nWORKDIR $HOME\n' },
    { description: 'RUN command text', code: 'FROM alpine\nRUN echo $UNDEFINED && cd $HOME\n' },
    { description: 'CMD and ENTRYPOINT', code: 'FROM alpine\nCMD echo $FOO\nENTRYPOINT ["sh", "-c", "echo $BAR"]\n' },
    { description: 'a default or an alternative', code: 'FROM alpine\nENV A=${FOO:-x} B=${BAR:+y}\n' },
    { description: 'single quotes', code: "FROM alpine\nLABEL run='docker run ${IMAGE}'\n" },
    { description: 'escaped dollar', code: 'FROM alpine\nENV A=\\$FOO\n' },
    { description: 'ENV inherited from a parent stage', code: 'FROM alpine AS base\nENV APP=/app\nFROM base\nWORKDIR $APP\n' },
    { description: 'an earlier name in the same ARG', code: 'FROM alpine\nARG A=1 B=$A\n' },
    { description: 'several names in one ARG', code: 'FROM alpine\nARG TARGETOS TARGETARCH\nENV GOOS=$TARGETOS GOARCH=$TARGETARCH\n' },
    { description: 'a heredoc in COPY', code: 'FROM alpine\nCOPY <<EOF /x\n$FOO\nEOF\n' },
    { description: 'ONBUILD (expanded in a later build)', code: 'FROM alpine\nONBUILD COPY $SRC /app\n' },
    { description: 'a global ARG redeclared in the stage', code: 'ARG V=1\nFROM alpine\nARG V\nLABEL v=$V\n' },
  ],
  reject: [
    { description: "BuildKit's example", code: 'FROM alpine AS base\nCOPY $foo .\n', findings: [at('foo', 2, 6, 4)] },
    { description: 'a misspelling, with a suggestion', code: 'FROM alpine\nENV APP_HOME=/app\nWORKDIR $APP_HOEM\n', findings: [at('APP_HOEM', 3, 9, 9, 'APP_HOME')] },
    { description: 'a global ARG not redeclared in the stage', code: 'ARG VERSION=1\nFROM alpine\nLABEL version=${VERSION}\n', findings: [at('VERSION', 3, 15, 10)] },
    { description: 'an ARG of another stage', code: 'FROM alpine AS a\nARG SRC=x\nFROM alpine\nCOPY $SRC /x\n', findings: [at('SRC', 4, 6, 4)] },
    { description: 'ENV refers to a name set in the same instruction', code: 'FROM alpine\nENV A=1 B=$A\n', findings: [at('A', 2, 11, 2)] },
    { description: 'a built-in argument not declared in the stage', code: 'FROM alpine\nENV ARCH=$TARGETARCH\n', findings: [at('TARGETARCH', 2, 10, 11)] },
    { description: 'USER, VOLUME, STOPSIGNAL and --chown', code: 'FROM alpine\nUSER $APP_USER\nVOLUME ["$DATA"]\nSTOPSIGNAL $SIG\nCOPY --chown=$OWNER a /a\n', findings: [at('APP_USER', 2, 6, 9), at('DATA', 3, 10, 5), at('SIG', 4, 12, 4), at('OWNER', 5, 14, 6)] },
    { description: 'RUN --mount options', code: 'FROM alpine\nRUN --mount=type=cache,target=$CACHE_DIR make\n', findings: [at('CACHE_DIR', 2, 31, 10)] },
    { description: 'ARG default', code: 'FROM alpine\nARG B=$NOPE\n', findings: [at('NOPE', 2, 7, 5)] },
    { description: 'double-quoted LABEL value', code: 'FROM alpine\nLABEL run="docker run ${IMAGE}"\n', findings: [at('IMAGE', 2, 23, 8)] },
  ],
});
