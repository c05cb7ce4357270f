import rule from '../../rules/yarn-cache-not-cleaned';
import { ruleTable } from '../rule-table';

ruleTable(rule, {
  accept: [
    { description: "hadolint example, fixed", code: "FROM node:22\nRUN yarn install && yarn cache clean\n" },
    { description: "cache clean on a later line", code: "FROM node:22\nRUN yarn install --frozen-lockfile \\\n && yarn build \\\n && yarn cache clean --force\n" },
    { description: "removing the global cache folder", code: "FROM node:22\nRUN yarn install --frozen-lockfile && rm -rf /usr/local/share/.cache/yarn\n" },
    { description: "removing YARN_CACHE_FOLDER", code: "FROM node:22\nENV YARN_CACHE_FOLDER=/tmp/yc\nRUN yarn install && rm -rf /tmp/yc\n" },
    { description: "cache mount on the yarn cache", code: "FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n" },
    { description: "cache mount on --cache-folder", code: "FROM node:22\nRUN --mount=type=cache,target=/cache yarn install --cache-folder /cache/y\n" },
    { description: "yarn add and yarn build are not installs", code: "FROM node:22\nRUN yarn build && yarn global add serve@14\n" },
    { description: "Windows image", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN yarn install\n" },
    { description: "yarn --version and yarn --help only print", code: "FROM node:22\nRUN npm install -g yarn@1.22.22 && yarn --version && yarn -v && yarn --help\n" },
  ],
  reject: [
    {
      description: "hadolint example",
      code: "FROM node:22\nRUN yarn install\n",
      findings: [
        {message: "`yarn install` leaves the downloaded packages in the yarn cache in this layer; add `yarn cache clean` to this RUN", line: 2, column: 5, endLine: 2, endColumn: 17},
      ],
    },
    {
      description: "bare yarn installs",
      code: "FROM node:22\nRUN yarn --frozen-lockfile --network-timeout 100000\n",
      findings: [
        {message: "`yarn` leaves the downloaded packages in the yarn cache in this layer; add `yarn cache clean` to this RUN", line: 2, column: 5, endLine: 2, endColumn: 52},
      ],
    },
    {
      description: "cache clean before the install does not count",
      code: "FROM node:22\nRUN yarn cache clean && yarn install\n",
      findings: [
        {message: "`yarn install` leaves the downloaded packages in the yarn cache in this layer; add `yarn cache clean` to this RUN", line: 2, column: 25, endLine: 2, endColumn: 37},
      ],
    },
    {
      description: "cache clean in a later RUN is too late",
      code: "FROM node:22\nRUN yarn install\nRUN yarn cache clean\n",
      findings: [
        {message: "`yarn install` leaves the downloaded packages in the yarn cache in this layer; add `yarn cache clean` to this RUN", line: 2, column: 5, endLine: 2, endColumn: 17},
      ],
    },
    {
      description: "a cache mount elsewhere does not help",
      code: "FROM node:22\nRUN --mount=type=cache,target=/root/.npm yarn install\n",
      findings: [
        {message: "`yarn install` leaves the downloaded packages in the yarn cache in this layer; add `yarn cache clean` to this RUN", line: 2, column: 42, endLine: 2, endColumn: 54},
      ],
    },
    {
      description: "heredoc RUN",
      code: "FROM node:22\nRUN <<EOF\nyarn install --immutable\nyarn build\nEOF\n",
      findings: [
        {message: "`yarn install` leaves the downloaded packages in the yarn cache in this layer; add `yarn cache clean` to this RUN", line: 3, column: 1, endLine: 3, endColumn: 25},
      ],
    },
  ],
});
