import rule from '../../rules/copy-before-dependency-install';
import { ruleTable } from '../rule-table';

const MSG = (keyword: string, install: string, line: number, manifest: string) =>
  `${keyword} of the whole build context comes before \`${install}\` on line ${line}, so every source change re-runs the install; copy ${manifest} first, install, then copy the rest`;
const NPM = 'package.json and package-lock.json';

ruleTable(rule, {
  accept: [
    {
      description: 'the manifest first, then the rest',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "app:app"]\n',
    },
    { description: 'npm: manifest first', code: 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n' },
    { description: 'COPY --from is not the build context', code: 'FROM node:20 AS deps\nFROM node:20\nCOPY --from=deps . .\nRUN npm ci\n' },
    { description: 'a subdirectory is not the whole context', code: 'FROM node:20\nCOPY src/ ./src/\nCOPY package.json .\nRUN npm install\n' },
    { description: 'npm install of named packages', code: 'FROM node:20\nCOPY . .\nRUN npm install -g pm2\n' },
    { description: 'yarn add of named packages', code: 'FROM node:20\nCOPY . .\nRUN yarn add left-pad\n' },
    { description: 'yarn build is not an install', code: 'FROM node:20\nCOPY . .\nRUN yarn build\n' },
    { description: 'pip install of the project itself', code: 'FROM python:3.12\nCOPY . /src\nRUN pip install /src\n' },
    { description: 'pip install -r plus the project', code: 'FROM python:3.12\nWORKDIR /src\nCOPY . .\nRUN pip install -r requirements.txt .\n' },
    { description: 'pip install -e .', code: 'FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt -e .\n' },
    { description: 'pip install without a requirements file', code: 'FROM python:3.12\nCOPY . .\nRUN pip install flask\n' },
    { description: 'an install only under a condition', code: 'FROM python:3.12\nONBUILD COPY . /app\nONBUILD RUN if [ -s requirements.txt ]; then pip install -r requirements.txt; fi\n' },
    { description: 'install in another stage', code: 'FROM golang:1.22 AS src\nCOPY . .\nFROM golang:1.22\nRUN go mod download\n' },
    { description: 'go build needs the source', code: 'FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .\n' },
    { description: 'ONBUILD COPY after ONBUILD install', code: 'FROM python:3.12\nONBUILD COPY requirements.txt /app/\nONBUILD RUN pip install -r /app/requirements.txt\nONBUILD COPY . /app\n' },
    { description: 'ONBUILD COPY and a top-level install do not mix', code: 'FROM python:3.12\nONBUILD COPY . /app\nRUN pip install -r /requirements.txt\n' },
    { description: 'exec-form RUN is not read', code: 'FROM node:20\nCOPY . .\nRUN ["npm", "ci"]\n' },
    { description: 'Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY . C:/app\nRUN npm ci\n' },
    { description: 'COPY heredoc', code: 'FROM node:20\nCOPY <<EOF /app/.npmrc\nregistry=https://r\nEOF\nRUN npm ci\n' },
  ],
  reject: [
    {
      description: 'COPY . . before pip install -r',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["gunicorn", "app:app"]\n',
      findings: [{ message: MSG('COPY', 'pip install -r requirements.txt', 4, 'requirements.txt'), line: 3, column: 1, endLine: 3, endColumn: 9 }],
    },
    {
      description: 'ADD . /src, then cd and pip, with a comment line in the RUN',
      code: 'FROM centos:7\nADD . /src\nRUN cd /src \\\n# deps\n && python3 -m pip install -r requirements/prod.txt -r requirements/base.txt\n',
      findings: [
        { message: MSG('ADD', 'pip install -r requirements/prod.txt -r requirements/base.txt', 5, 'requirements/prod.txt and requirements/base.txt'), line: 2, column: 1, endLine: 2, endColumn: 11 },
      ],
    },
    {
      description: 'COPY ./ with --chown before npm ci and the build in the same RUN',
      code: 'FROM node:20\nWORKDIR /app\nCOPY --chown=node:node ./ ./\nRUN npm ci && npm run build\n',
      findings: [{ message: MSG('COPY', 'npm ci', 4, NPM), line: 3, column: 1, endLine: 3, endColumn: 29 }],
    },
    {
      description: 'a manifest copy before does not help when the whole copy also comes before the install',
      code: 'FROM node:20\nCOPY package.json yarn.lock ./\nCOPY . .\nRUN yarn --frozen-lockfile\n',
      findings: [{ message: MSG('COPY', 'yarn', 4, 'package.json and yarn.lock'), line: 3, column: 1, endLine: 3, endColumn: 9 }],
    },
    {
      description: 'exec-form COPY, yarn install with --cwd, a cache mount on the RUN',
      code: 'FROM node:20\nCOPY [".", "/app"]\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn --cwd /app install\n',
      findings: [{ message: MSG('COPY', 'yarn install', 3, 'package.json and yarn.lock'), line: 2, column: 1, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'npm install with flags only, npm i',
      code: 'FROM node:20\nCOPY * ./\nRUN npm install --omit=dev\nCOPY ./* /x/\nRUN npm i\n',
      findings: [
        { message: MSG('COPY', 'npm install', 3, NPM), line: 2, column: 1, endLine: 2, endColumn: 10 },
        { message: MSG('COPY', 'npm i', 5, NPM), line: 4, column: 1, endLine: 4, endColumn: 13 },
      ],
    },
    {
      description: 'pnpm, in a builder stage, with a heredoc RUN',
      code: 'FROM node:20 AS build\nCOPY . .\nRUN <<EOF\ncorepack enable\npnpm install --frozen-lockfile\nEOF\nFROM nginx\nCOPY --from=build /dist /usr/share/nginx/html\n',
      findings: [{ message: MSG('COPY', 'pnpm install', 5, 'package.json and pnpm-lock.yaml'), line: 2, column: 1, endLine: 2, endColumn: 9 }],
    },
    {
      description: 'pipenv and poetry',
      code: 'FROM python:3.12\nCOPY . .\nRUN pipenv install --system --deploy\nFROM python:3.12\nCOPY . .\nRUN poetry install --no-root\n',
      findings: [
        { message: MSG('COPY', 'pipenv install', 3, 'Pipfile and Pipfile.lock'), line: 2, column: 1, endLine: 2, endColumn: 9 },
        { message: MSG('COPY', 'poetry install', 6, 'pyproject.toml and poetry.lock'), line: 5, column: 1, endLine: 5, endColumn: 9 },
      ],
    },
    {
      description: 'bundle, go, composer, mvn',
      code: 'FROM ruby:3.3\nCOPY . .\nRUN bundle install --jobs 4\nFROM golang:1.22\nCOPY . .\nRUN go mod download\nFROM composer:2\nCOPY . .\nRUN composer install --no-dev\nFROM maven:3\nCOPY . .\nRUN mvn -B dependency:go-offline\n',
      findings: [
        { message: MSG('COPY', 'bundle install', 3, 'Gemfile and Gemfile.lock'), line: 2, column: 1, endLine: 2, endColumn: 9 },
        { message: MSG('COPY', 'go mod download', 6, 'go.mod and go.sum'), line: 5, column: 1, endLine: 5, endColumn: 9 },
        { message: MSG('COPY', 'composer install', 9, 'composer.json and composer.lock'), line: 8, column: 1, endLine: 8, endColumn: 9 },
        { message: MSG('COPY', 'mvn dependency:go-offline', 12, 'pom.xml'), line: 11, column: 1, endLine: 11, endColumn: 9 },
      ],
    },
    {
      description: 'ONBUILD COPY before ONBUILD install, and sudo',
      code: 'FROM python:3.12\nONBUILD COPY . /app\nONBUILD RUN sudo pip3 install -r /app/requirements.txt\n',
      findings: [{ message: MSG('COPY', 'pip3 install -r /app/requirements.txt', 3, '/app/requirements.txt'), line: 2, column: 9, endLine: 2, endColumn: 20 }],
    },
    {
      description: 'an ARG-valued base image',
      code: 'ARG NODE=20\nFROM node:${NODE}-alpine\nCOPY . .\nRUN npm ci\n',
      findings: [{ message: MSG('COPY', 'npm ci', 4, NPM), line: 3, column: 1, endLine: 3, endColumn: 9 }],
    },
  ],
});
