import rule from '../../rules/npm-cache-not-cleaned';
import { ruleTable } from '../rule-table';

const message = (sub: string) => `\`npm ${sub}\` leaves a copy of every downloaded package in npm's cache in this layer; add \`npm cache clean --force\` to this RUN`;

ruleTable(rule, {
  accept: [
    { description: 'cache clean in the same RUN', code: 'FROM node:22\nRUN npm ci && npm cache clean --force\n' },
    { description: 'cache clean after a build step', code: 'FROM node:22\nRUN npm install \\\n && npm run build \\\n && npm cache clean --force\n' },
    { description: 'removing /root/.npm', code: 'FROM node:22\nRUN npm ci && rm -rf /root/.npm\n' },
    { description: 'removing ~/.npm', code: 'FROM node:22\nRUN npm install -g serve@14.2.1 && rm -rf ~/.npm\n' },
    { description: 'removing the folder given by --cache', code: 'FROM node:22\nRUN npm ci --cache /tmp/npm-cache && rm -rf /tmp/npm-cache\n' },
    { description: 'removing npm_config_cache', code: 'FROM node:22\nENV npm_config_cache=/tmp/nc\nRUN npm ci && rm -rf /tmp/nc\n' },
    { description: 'a cache mount on the npm cache', code: 'FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci\n' },
    { description: 'a builder stage whose files are copied out', code: 'FROM node:22 AS build\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n' },
    { description: 'npm commands that do not install', code: 'FROM node:22\nRUN npm run build && npm test && npm --version\n' },
    { description: 'Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN npm install\n' },
  ],
  reject: [
    {
      description: 'npm ci without a cache clean',
      code: 'FROM node:22\nRUN npm ci --omit=dev\n',
      findings: [{ message: message('ci'), line: 2, column: 5, endLine: 2, endColumn: 22 }],
    },
    {
      description: 'npm install -g',
      code: 'FROM node:22\nRUN npm install -g pm2@5.4.2\n',
      findings: [{ message: message('install'), line: 2, column: 5, endLine: 2, endColumn: 29 }],
    },
    {
      description: 'a cache clean before the install does not count',
      code: 'FROM node:22\nRUN npm cache clean --force && npm i\n',
      findings: [{ message: message('i'), line: 2, column: 32, endLine: 2, endColumn: 37 }],
    },
    {
      description: 'a cache clean in a later RUN is too late',
      code: 'FROM node:22\nRUN npm ci\nRUN npm cache clean --force\n',
      findings: [{ message: message('ci'), line: 2, column: 5, endLine: 2, endColumn: 11 }],
    },
    {
      description: 'a cache mount elsewhere does not help',
      code: 'FROM node:22\nRUN --mount=type=cache,target=/var/cache/apt npm ci\n',
      findings: [{ message: message('ci'), line: 2, column: 46, endLine: 2, endColumn: 52 }],
    },
    {
      description: 'a stage the final image is built FROM',
      code: 'FROM node:22 AS deps\nRUN npm ci\nFROM deps\nCMD ["node", "app.js"]\n',
      findings: [{ message: message('ci'), line: 2, column: 5, endLine: 2, endColumn: 11 }],
    },
  ],
});
