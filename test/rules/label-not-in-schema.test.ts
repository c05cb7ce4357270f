import rule from '../../rules/label-not-in-schema';
import { ruleTable } from '../rule-table';

const options = { strictLabels: true, labelSchema: { 'org.opencontainers.image.source': 'url', version: 'semver' } };
const at = (name: string, line: number, column: number) => ({ message: `label "${name}" is not in the label schema`, line, column, endLine: line, endColumn: column + name.length });

ruleTable(rule, {
  accept: [
    { description: 'strict labels off (the default)', options: { labelSchema: options.labelSchema }, code: 'FROM alpine:3.20\nLABEL maintainer=x\n' },
    { description: 'only schema labels', options, code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://x version=1.0.0\nLABEL "version"="1.0.1"\n' },
    { description: 'a key from an unresolved variable', options, code: 'FROM alpine:3.20\nARG K\nLABEL $K=x\n' },
    { description: 'ONBUILD LABEL', options, code: 'FROM alpine:3.20\nONBUILD LABEL other=x\n' },
  ],
  reject: [
    { description: 'a label outside the schema', options, code: 'FROM alpine:3.20\nLABEL version=1.0.0 maintainer=x\n', findings: [at('maintainer', 2, 21)] },
    { description: 'a misspelt label', options, code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.sources=https://x\n', findings: [at('org.opencontainers.image.sources', 2, 7)] },
    { description: 'an empty schema reports every label', options: { strictLabels: true }, code: 'FROM alpine:3.20\nLABEL a=1\n', findings: [at('a', 2, 7)] },
    { description: 'a key from a resolved ARG', options, code: 'FROM alpine:3.20\nARG K=other\nLABEL ${K}=x\n', findings: [{ message: 'label "other" is not in the label schema', line: 3, column: 7, endLine: 3, endColumn: 11 }] },
    { description: 'builder stages too', options, code: 'FROM alpine:3.20 AS build\nLABEL stage=build\nFROM alpine:3.20\n', findings: [at('stage', 2, 7)] },
  ],
});
