import rule from '../../rules/duplicate-stage-name';
import { ruleTable } from '../rule-table';

const dup = (name: string, line: number, column: number) => ({
  message: `Duplicate stage name "${name}": stage names must be unique`, line, column, endLine: line, endColumn: column + name.length,
});

ruleTable(rule, {
  accept: [
    { description: 'distinct names', code: 'FROM node:22 AS deps\nFROM deps AS build\nFROM node:22-slim\n' },
    { description: 'unnamed stages', code: 'FROM node:22\nFROM node:22\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something\n', findings: [dup('foo', 3, 17)] },
    { description: 'BuildKit example, case-insensitive', code: 'FROM debian:latest AS builder\nRUN apt-get update\nFROM golang:latest AS BUILDER\n', findings: [dup('BUILDER', 3, 23)] },
    { description: 'three times', code: 'FROM a:1 AS x\nFROM b:1 AS x\nFROM c:1 AS x\n', findings: [dup('x', 2, 13), dup('x', 3, 13)] },
  ],
});
