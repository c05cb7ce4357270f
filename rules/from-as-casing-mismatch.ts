import { defineRule } from '../src/lint/rule';

const isUpper = (text: string) => text === text.toUpperCase();
const isLower = (text: string) => text === text.toLowerCase();

export default defineRule({
  id: 'from-as-casing-mismatch',
  aliases: ['FromAsCasing'],
  severity: 'warning',
  category: 'style',
  fixable: true,
  docs: {
    summary: "`FROM ... AS name` with the `AS` keyword in another case than `FROM`",
    details: `Flags \`FROM image as name\` where \`FROM\` is upper case and \`as\` is not, or \`FROM\` is lower case
and \`AS\` is not (\`from image AS name\`). The fix writes \`AS\` in the case of \`FROM\`.`,
    why: 'Keywords of one instruction written in two cases read as a typo and make the file harder to scan.',
    bad: `FROM golang:1.23 as build
RUN go version`,
    good: `FROM golang:1.23 AS build
RUN go version`,
    notes: 'Same as BuildKit\'s `FromAsCasing` check. A mixed-case `From` keyword is left to `inconsistent-instruction-casing`.',
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const from = stage.from;
      const asWord = from.args[1];
      if (!stage.nameText || !asWord || asWord.value.toLowerCase() !== 'as') continue;
      const keyword = from.keywordText;
      let expected: string | null = null;
      if (isUpper(keyword) && !isUpper(asWord.value)) expected = 'AS';
      else if (isLower(keyword) && !isLower(asWord.value)) expected = 'as';
      if (expected === null) continue;
      report({
        message: `'${asWord.value}' and '${keyword}' keywords' casing do not match`,
        range: asWord.range,
        fix: [{ range: asWord.range, text: expected }],
      });
    }
  },
});
