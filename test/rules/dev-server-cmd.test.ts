import devServerCmd from '../../rules/dev-server-cmd';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/lint/config';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

ruleTable(devServerCmd, {
  accept: [
    { description: "gunicorn", code: "FROM python:3.12-slim\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"mysite.wsgi\"]\n" },
    { description: "uvicorn without --reload", code: "FROM python:3.12-slim\nCMD [\"uvicorn\", \"main:app\", \"--host\", \"0.0.0.0\"]\n" },
    { description: "python app.py without Flask or Django installed by name", code: "FROM python:3.12-slim\nRUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n" },
    { description: "python worker.py with Flask installed", code: "FROM python:3.12-slim\nRUN pip install flask==3.0.3\nCMD [\"python\", \"worker.py\"]\n" },
    { description: "flask-cors is not Flask", code: "FROM python:3.12-slim\nRUN pip install flask-cors==4.0.1\nCMD [\"python\", \"app.py\"]\n" },
    { description: "a dev server only in a development stage that is not final", code: "FROM node:22 AS dev\nCMD [\"npm\", \"run\", \"dev\"]\nFROM node:22 AS prod\nRUN npm run build\nCMD [\"node\", \"server.js\"]\n" },
    { description: "a dev server only under a condition", code: "FROM python:3.12-slim\nCMD if [ \"$DEBUG\" = 1 ]; then flask run; else gunicorn app:app; fi\n" },
    { description: "next start and vite build", code: "FROM node:22\nRUN npx vite build\nCMD [\"npx\", \"next\", \"start\"]\n" },
    { description: "npm run build then npm start", code: "FROM node:22\nCMD npm run build && npm start\n" },
    { description: "rails server in production", code: "FROM ruby:3.3\nCMD [\"rails\", \"server\", \"-e\", \"production\"]\n" },
    { description: "the dev server runs in a RUN, not at start", code: "FROM python:3.12-slim\nRUN python manage.py collectstatic --noinput\n" },
    { description: "Windows image: shell form is not read", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD python manage.py runserver\n" },
    { description: "CMD inherited from the base image", code: "FROM mycompany/django-dev:1.0\nCOPY . /app\n" },
    { description: "the last stage is named for development", code: "FROM node:22 AS base\nRUN npm ci\nFROM base AS development\nCMD [\"npm\", \"run\", \"dev\"]\n" },
  ],
  reject: [
    {
      description: "python manage.py runserver",
      code: "FROM python:3.12-slim\nCMD [\"python\", \"manage.py\", \"runserver\", \"0.0.0.0:8000\"]\n",
      findings: [
        { message: "`runserver` is Django's development server; run the app with gunicorn or uWSGI", line: 2, column: 6, endLine: 2, endColumn: 56 },
      ],
    },
    {
      description: "runserver after migrate, shell form with continuation lines",
      code: "FROM python:3.12-slim\nCMD python manage.py migrate \\\n    && python3 /app/manage.py runserver 0.0.0.0:8000\n",
      findings: [
        { message: "`runserver` is Django's development server; run the app with gunicorn or uWSGI", line: 3, column: 8, endLine: 3, endColumn: 53 },
      ],
    },
    {
      description: "an interpreter ENTRYPOINT with the script in CMD is reported once",
      code: "FROM python:3.12-slim\nENTRYPOINT [\"python3\"]\nCMD [\"manage.py\", \"runserver\", \"0.0.0.0:8000\"]\n",
      findings: [
        { message: "`runserver` is Django's development server; run the app with gunicorn or uWSGI", line: 2, column: 13, endLine: 3, endColumn: 46 },
      ],
    },
    {
      description: "flask run",
      code: "FROM python:3.12-slim\nENV FLASK_APP=app.py\nCMD [\"flask\", \"run\", \"--host=0.0.0.0\"]\n",
      findings: [
        { message: "`flask run` is Flask's development server; run the app with gunicorn or uWSGI", line: 3, column: 6, endLine: 3, endColumn: 38 },
      ],
    },
    {
      description: "uvicorn --reload points at the flag",
      code: "FROM python:3.12-slim\nCMD [\"uvicorn\", \"main:app\", \"--host\", \"0.0.0.0\", \"--reload\"]\n",
      findings: [
        { message: "`uvicorn --reload` restarts the server on code changes, a development setting; drop it, or run uvicorn workers under gunicorn", line: 2, column: 50, endLine: 2, endColumn: 60 },
      ],
    },
    {
      description: "gunicorn --reload through sh -c",
      code: "FROM python:3.12-slim\nCMD [\"sh\", \"-c\", \"gunicorn --reload -b 0.0.0.0:$PORT app:app\"]\n",
      findings: [
        { message: "`gunicorn --reload` restarts the server on code changes, a development setting; drop it", line: 2, column: 28, endLine: 2, endColumn: 36 },
      ],
    },
    {
      description: "nodemon via npx",
      code: "FROM node:22\nCMD [\"npx\", \"nodemon\", \"server.js\"]\n",
      findings: [
        { message: "`nodemon` restarts the app on file changes, a development tool; run the app with `node`", line: 2, column: 13, endLine: 2, endColumn: 35 },
      ],
    },
    {
      description: "npm run dev",
      code: "FROM node:22\nCMD [\"npm\", \"run\", \"dev\"]\n",
      findings: [
        { message: "`npm run dev` runs the development server; build the app and run the framework's production server", line: 2, column: 6, endLine: 2, endColumn: 25 },
      ],
    },
    {
      description: "yarn dev",
      code: "FROM node:22\nCMD yarn dev\n",
      findings: [
        { message: "`yarn dev` runs the development server; build the app and run the framework's production server", line: 2, column: 5, endLine: 2, endColumn: 13 },
      ],
    },
    {
      description: "pnpm run dev behind an entrypoint",
      code: "FROM node:22\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"pnpm\", \"run\", \"dev\", \"--host\"]\n",
      findings: [
        { message: "`pnpm run dev` runs the development server; build the app and run the framework's production server", line: 3, column: 6, endLine: 3, endColumn: 36 },
      ],
    },
    {
      description: "ng serve",
      code: "FROM node:22\nCMD [\"ng\", \"serve\", \"--host\", \"0.0.0.0\"]\n",
      findings: [
        { message: "`ng serve` is Angular's development server; build the app and run the framework's production server", line: 2, column: 6, endLine: 2, endColumn: 40 },
      ],
    },
    {
      description: "next dev",
      code: "FROM node:22\nCMD [\"npx\", \"next\", \"dev\"]\n",
      findings: [
        { message: "`next dev` is Next.js's development server; build the app and run `next start`", line: 2, column: 13, endLine: 2, endColumn: 26 },
      ],
    },
    {
      description: "bare vite",
      code: "FROM node:22\nCMD [\"vite\", \"--host\"]\n",
      findings: [
        { message: "`vite` is Vite's development server; build the app and serve the output with a web server", line: 2, column: 6, endLine: 2, endColumn: 22 },
      ],
    },
    {
      description: "webpack serve",
      code: "FROM node:22\nCMD [\"webpack\", \"serve\", \"--mode\", \"development\"]\n",
      findings: [
        { message: "`webpack serve` is webpack's development server; build the app and serve the output with a web server", line: 2, column: 6, endLine: 2, endColumn: 49 },
      ],
    },
    {
      description: "webpack-dev-server",
      code: "FROM node:22\nCMD [\"webpack-dev-server\"]\n",
      findings: [
        { message: "`webpack-dev-server` is webpack's development server; build the app and serve the output with a web server", line: 2, column: 6, endLine: 2, endColumn: 26 },
      ],
    },
    {
      description: "php artisan serve",
      code: "FROM php:8.3-cli\nCMD php artisan serve --host=0.0.0.0\n",
      findings: [
        { message: "`php artisan serve` is a development server; run php-fpm behind a web server", line: 2, column: 5, endLine: 2, endColumn: 37 },
      ],
    },
    {
      description: "php -S",
      code: "FROM php:8.3-cli\nCMD [\"php\", \"-S\", \"0.0.0.0:80\", \"-t\", \"public\"]\n",
      findings: [
        { message: "`php -S` is PHP's built-in development server; run php-fpm behind a web server", line: 2, column: 6, endLine: 2, endColumn: 47 },
      ],
    },
    {
      description: "rails server -e development",
      code: "FROM ruby:3.3\nCMD [\"bundle\", \"exec\", \"rails\", \"server\", \"-e\", \"development\"]\n",
      findings: [
        { message: "`rails server -e development` runs Rails in development mode; use the production environment", line: 2, column: 24, endLine: 2, endColumn: 62 },
      ],
    },
    {
      description: "python app.py with Flask installed",
      code: "FROM python:3.12-slim\nRUN pip install --no-cache-dir Flask==3.0.3 gunicorn\nCMD [\"python\", \"-u\", \"app.py\"]\n",
      findings: [
        { message: "`python app.py` runs the app with the framework's development server; run the app with gunicorn or uWSGI", line: 3, column: 6, endLine: 3, endColumn: 30 },
      ],
    },
    {
      description: "python app.py with Django installed in a builder stage",
      code: "FROM python:3.12 AS build\nRUN --mount=type=cache,target=/root/.cache/pip pip install \"django>=5\"\nFROM python:3.12-slim\nCOPY --from=build /usr/local /usr/local\nCMD python app.py\n",
      findings: [
        { message: "`python app.py` runs the app with the framework's development server; run the app with gunicorn or uWSGI", line: 5, column: 5, endLine: 5, endColumn: 18 },
      ],
    },
    {
      description: "exec form in a Windows image is still read",
      code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD [\"python\", \"manage.py\", \"runserver\"]\n",
      findings: [
        { message: "`runserver` is Django's development server; run the app with gunicorn or uWSGI", line: 3, column: 6, endLine: 3, endColumn: 40 },
      ],
    },
  ],
});

describe('dev-server-cmd and file names', () => {
  const lintAs = (path: string) => {
    const registry = new RuleRegistry([devServerCmd]);
    return lintText('FROM node:22\nCMD ["npm", "run", "dev"]\n', path, registry, defaultConfig(registry)).filter((f) => f.rule === 'dev-server-cmd');
  };

  it('stays quiet in a Dockerfile made for development', () => {
    for (const path of ['app/Dockerfile.dev', 'dev.Dockerfile', 'Dockerfile-development', 'docker/local/Dockerfile', 'Dockerfile.local']) {
      expect(lintAs(path)).toEqual([]);
    }
  });

  it('still reads other names', () => {
    for (const path of ['Dockerfile', 'Dockerfile.prod', 'devtools/Dockerfile', 'Dockerfile.device']) expect(lintAs(path)).toHaveLength(1);
  });
});
