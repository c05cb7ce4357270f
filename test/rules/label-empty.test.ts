import rule from '../../rules/label-empty';
import { ruleTable } from '../rule-table';

const options = { labelSchema: { version: 'semver', 'org.opencontainers.image.source': 'url', description: 'text' } };
const at = (key: string, line: number, column: number, length: number) => ({ message: `label "${key}" is empty`, line, column, endLine: line, endColumn: column + length });

ruleTable(rule, {
  accept: [
    { description: 'no schema', code: 'FROM alpine:3.20\nLABEL version=""\n' },
    { description: 'values set', options, code: 'FROM alpine:3.20\nLABEL version="1.0.0" description="x"\n' },
    { description: 'an empty label outside the schema', options, code: 'FROM alpine:3.20\nLABEL other=""\n' },
    { description: 'a value from an ARG without a default', options, code: 'FROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION\n' },
    { description: 'a value from an ARG with a default', options, code: 'ARG VERSION=1.0.0\nFROM alpine:3.20\nARG VERSION\nLABEL version=${VERSION}\n' },
  ],
  reject: [
    { description: 'empty quotes (hadolint)', options, code: 'FROM alpine:3.20\nLABEL version=""\n', findings: [at('version', 2, 7, 10)] },
    { description: 'nothing after =', options, code: 'FROM alpine:3.20\nLABEL description= version=1.0.0\n', findings: [at('description', 2, 7, 12)] },
    { description: 'blank', options, code: 'FROM alpine:3.20\nLABEL description="  "\n', findings: [at('description', 2, 7, 16)] },
    { description: 'an ARG with an empty default', options, code: 'FROM alpine:3.20\nARG SRC=""\nLABEL org.opencontainers.image.source=$SRC\n', findings: [at('org.opencontainers.image.source', 3, 7, 36)] },
  ],
});
