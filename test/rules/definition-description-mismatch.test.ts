import { ruleTable } from '../rule-table';
import rule from '../../rules/definition-description-mismatch';

const message = (what: string, name: string) =>
  `Comment for ${what} should follow the format: \`# ${name} <description>\`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.`;
const at = (what: string, name: string, line: number, length: number) => ({ message: message(what, name), line, column: 1, endLine: line, endColumn: 1 + length });

ruleTable(rule, {
  accept: [
    { description: "BuildKit's good example", code: '# check=experimental=InvalidDefinitionDescription\n\n# base_version is the base image version\nARG base_version=3.20\n\n# build compiles the app\nFROM alpine:${base_version} AS build\n' },
    { description: 'an empty line between', code: '# The version\n\nARG VERSION=1\nFROM alpine\n' },
    { description: 'no comment', code: 'ARG VERSION=1\nFROM alpine AS base\n' },
    { description: 'FROM without a stage name', code: '# The base\nFROM alpine\n' },
    { description: 'several names in one ARG', code: 'FROM alpine\n# Versions\nARG A B\n' },
    { description: 'tool comments', code: 'FROM alpine\n# check=skip=UndefinedVar\nARG A\n# whale-ignore undefined-variable\nARG B\n' },
    { description: 'stage names compared without case', code: '# Build the app\nFROM alpine AS build\n' },
    { description: 'the first line of a comment block', code: '# VERSION of the tool\n# more text\nARG VERSION=1\nFROM alpine\n' },
  ],
  reject: [
    { description: "BuildKit's example (ARG)", code: '# a2 This is a description\nARG foo=bar\nFROM alpine\n', findings: [at('ARG', 'foo', 1, 26)] },
    { description: "BuildKit's example (stage)", code: '# This is a description\nFROM scratch AS base\n', findings: [at('build stage', 'base', 1, 23)] },
    { description: 'a case difference in an ARG', code: 'FROM alpine\n# version of the tool\nARG VERSION=1\n', findings: [at('ARG', 'VERSION', 2, 21)] },
  ],
});
