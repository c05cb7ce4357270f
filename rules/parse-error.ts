import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'parse-error',
  aliases: ['DL1000'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: 'The Dockerfile has a syntax error that makes Docker refuse it',
    details: `Reports what Docker's parser would reject: an unknown instruction, an instruction without its
required arguments, a flag the instruction does not take, an unterminated heredoc, a file with no
instructions, a binary file. whale reports the problem where it is and goes on linting the rest of the file.`,
    why: `\`docker build\` stops at the first syntax error, after the context has been sent. Finding it in the
editor or in a pre-commit hook is cheaper.`,
    bad: `FROM python:3.12-slim
RUNN pip install flask`,
    good: `FROM python:3.12-slim
RUN pip install flask`,
  },
  check({ file, report }) {
    for (const problem of file.syntaxProblems) report({ message: problem.message, range: problem.range });
  },
});
