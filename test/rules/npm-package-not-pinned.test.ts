import rule from '../../rules/npm-package-not-pinned';
import { ruleTable } from '../rule-table';

ruleTable(rule, {
  accept: [
    { description: "hadolint example, pinned", code: "FROM node:22\nRUN npm install express@4.1.1\n" },
    { description: "scoped packages with versions, and tags", code: "FROM node:22\nRUN npm i -g @angular/cli@17.3.0 typescript@~5.4 pm2@latest\n" },
    { description: "bare install and ci", code: "FROM node:22\nRUN npm install && npm ci --omit=dev && npm install --production\n" },
    { description: "folders and tarballs", code: "FROM node:22\nRUN npm install . ./packages/a /tmp/pkg.tgz ../b file:../c https://x.org/p.tgz\n" },
    { description: "git references with a ref", code: "FROM node:22\nRUN npm install git+https://github.com/a/b.git#v1.0 github:a/b#abc123 a/b#main\n" },
    { description: "flag values that look like packages", code: "FROM node:22\nRUN npm install --prefix app --registry registry --omit dev\n" },
    { description: "a pinned package from an ARG", code: "FROM node:22\nARG PM2=pm2@5.4.2\nRUN npm install -g $PM2 \"$UNKNOWN\"\n" },
    { description: "other npm subcommands", code: "FROM node:22\nRUN npm run build && npm uninstall express && npm cache clean --force\n" },
    { description: "Windows image", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN npm install express\n" },
  ],
  reject: [
    {
      description: "hadolint example",
      code: "FROM node:22\nRUN npm install express\n",
      findings: [
        {message: "`npm install express` installs whatever version is newest; pin it (`express@<version>`)", line: 2, column: 17, endLine: 2, endColumn: 24},
      ],
    },
    {
      description: "a scoped package without a version",
      code: "FROM node:22\nRUN npm install --save-dev @types/node\n",
      findings: [
        {message: "`npm install @types/node` installs whatever version is newest; pin it (`@types/node@<version>`)", line: 2, column: 28, endLine: 2, endColumn: 39},
      ],
    },
    {
      description: "global install",
      code: "FROM node:22\nRUN npm install -g npm && npm i -g pm2\n",
      findings: [
        {message: "`npm install npm` installs whatever version is newest; pin it (`npm@<version>`)", line: 2, column: 20, endLine: 2, endColumn: 23},
        {message: "`npm install pm2` installs whatever version is newest; pin it (`pm2@<version>`)", line: 2, column: 36, endLine: 2, endColumn: 39},
      ],
    },
    {
      description: "a git URL without a ref",
      code: "FROM node:22\nRUN npm install git+https://github.com/a/b.git\n",
      findings: [
        {message: "`npm install git+https://github.com/a/b.git` installs a git reference without `#<ref>`; pin a tag or commit (`git+https://github.com/a/b.git#<ref>`)", line: 2, column: 17, endLine: 2, endColumn: 47},
      ],
    },
    {
      description: "a GitHub shorthand without a ref",
      code: "FROM node:22\nRUN npm install expressjs/express\n",
      findings: [
        {message: "`npm install expressjs/express` installs a git reference without `#<ref>`; pin a tag or commit (`expressjs/express#<ref>`)", line: 2, column: 17, endLine: 2, endColumn: 34},
      ],
    },
    {
      description: "an unpinned package from an ARG",
      code: "FROM node:22\nARG TOOLS=\"pm2@5 nodemon\"\nRUN npm install -g $TOOLS\n",
      findings: [
        {message: "`npm install nodemon` installs whatever version is newest; pin it (`nodemon@<version>`)", line: 3, column: 20, endLine: 3, endColumn: 26},
      ],
    },
    {
      description: "heredoc RUN",
      code: "FROM node:22\nRUN <<EOF\nnpm install -g yarn\nEOF\n",
      findings: [
        {message: "`npm install yarn` installs whatever version is newest; pin it (`yarn@<version>`)", line: 3, column: 16, endLine: 3, endColumn: 20},
      ],
    },
  ],
});
