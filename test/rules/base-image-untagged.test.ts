import rule from '../../rules/base-image-untagged';
import { ruleTable } from '../rule-table';

const at = (image: string, line: number, column: number, length = image.length) => ({
  message: `\`${image}\` has no tag: pin a version, e.g. \`${image}:<version>\``, line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: 'a tag', code: 'FROM debian:12\nFROM localhost:5000/app:1.0\n' },
    { description: 'scratch', code: 'FROM scratch\n' },
    { description: 'a digest', code: 'FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { description: 'an earlier stage', code: 'FROM debian:12 AS base\nFROM base\nFROM BASE AS x\n' },
    { description: 'a variable image', code: 'ARG BASE\nFROM $BASE\nFROM ${IMAGE}\nFROM registry.example.com/$IMAGE\n' },
    { description: 'a variable image with a default', code: 'ARG BASE=python\nFROM $BASE\n' },
    { description: 'a tag from an ARG', code: 'ARG V=3.12\nFROM python:$V\nARG IMG=python:3.12\nFROM ${IMG}\n' },
    { description: 'a registry with a port, tagged', code: 'FROM myregistry:5000/team/app:2\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM debian\nRUN true\n', findings: [at('debian', 1, 6)] },
    { description: 'a registry with a port', code: 'FROM localhost:5000/app\n', findings: [at('localhost:5000/app', 1, 6)] },
    { description: 'a variable registry, literal name', code: 'ARG REGISTRY=docker.io\nFROM ${REGISTRY}/library/ubuntu\n', findings: [{ ...at('docker.io/library/ubuntu', 2, 6), endColumn: 32 }] },
    { description: 'every stage', code: 'FROM golang AS build\nFROM alpine\n', findings: [at('golang', 1, 6), at('alpine', 2, 6)] },
    { description: 'Windows', code: 'FROM mcr.microsoft.com/windows/servercore\n', findings: [at('mcr.microsoft.com/windows/servercore', 1, 6)] },
  ],
});
