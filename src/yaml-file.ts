// Reads a YAML configuration file (.whale.yaml, .dive-ci) into plain data; every failure is one line naming
// the file (and the line and column of a syntax error).
import { readFileSync } from 'node:fs';
import { describeIoError, UsageError } from './errors';
import { lazy } from './lazy';

const yaml = lazy<typeof import('yaml')>('yaml');

/** `what` names the file's role in messages, e.g. "the configuration". */
export function readYamlFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read ${what} (${describeIoError(error)})`);
  }
  try {
    return yaml().parse(text);
  } catch (error) {
    const where = error instanceof yaml().YAMLParseError && error.linePos ? `:${error.linePos[0].line}:${error.linePos[0].col}` : '';
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${path}${where}: invalid YAML: ${message}`);
  }
}
