import serverWithoutExpose from '../../rules/server-without-expose';
import { ruleTable } from '../rule-table';

ruleTable(serverWithoutExpose, {
  accept: [
    { description: "EXPOSE present", code: "FROM python:3.12-slim\nEXPOSE 8000\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n" },
    { description: "EXPOSE in the stage the final stage is built on", code: "FROM node:22 AS base\nEXPOSE 3000\nFROM base\nCMD [\"node\", \"server.js\"]\n" },
    { description: "CMD inherited from the base image", code: "FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n" },
    { description: "official nginx base already exposes 80", code: "FROM nginx:1.27-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n" },
    { description: "php apache base", code: "FROM php:8.3-apache\nCMD [\"apache2-foreground\"]\n" },
    { description: "php fpm base", code: "FROM php:8.3-fpm-alpine\nCMD [\"php-fpm\"]\n" },
    { description: "tomcat base, through a build stage", code: "FROM maven:3 AS build\nRUN mvn package\nFROM tomcat:10 AS run\nCOPY --from=build /app.war /usr/local/tomcat/webapps/\nFROM run\nCMD [\"catalina.sh\", \"run\"]\n" },
    { description: "a base image from an ARG without a value", code: "ARG BASE\nFROM $BASE\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n" },
    { description: "not a server", code: "FROM python:3.12-slim\nCMD [\"python\", \"worker.py\"]\n" },
    { description: "a node script that is not a server by name", code: "FROM node:22\nCMD [\"node\", \"build.js\"]\n" },
    { description: "a server only in a builder stage", code: "FROM node:22 AS build\nCMD [\"npm\", \"start\"]\nFROM alpine:3.20\nCOPY --from=build /app /app\nCMD [\"/app/run\"]\n" },
    { description: "apache2ctl without FOREGROUND", code: "FROM ubuntu:24.04\nCMD [\"apache2ctl\", \"configtest\"]\n" },
    { description: "Windows image: shell form is not read", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD node server.js\n" },
    { description: "caddy version is not a server", code: "FROM alpine:3.20\nCMD [\"caddy\", \"version\"]\n" },
    { description: "java -jar with positional arguments is a command-line tool", code: "FROM eclipse-temurin:21-jre\nENTRYPOINT [\"java\", \"-jar\", \"/mars.jar\", \"nc\"]\n" },
    { description: "a server bound to a Unix socket only", code: "FROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"unix:/run/app.sock\", \"app:app\"]\n" },
  ],
  reject: [
    {
      description: "an nginx image from another registry is not the official nginx, which exposes its port",
      code: "FROM ghcr.io/me/nginx:1.27\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
      findings: [
        { message: "`nginx` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 35 },
      ],
    },
    {
      description: "gunicorn, exec form",
      code: "FROM python:3.12-slim\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n",
      findings: [
        { message: "`gunicorn` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 50 },
      ],
    },
    {
      description: "ENTRYPOINT and CMD combined",
      code: "FROM python:3.12-slim\nENTRYPOINT [\"uvicorn\"]\nCMD [\"main:app\", \"--host\", \"0.0.0.0\"]\n",
      findings: [
        { message: "`uvicorn` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 23 },
      ],
    },
    {
      description: "an entrypoint script followed by the server CMD",
      code: "FROM ruby:3.3\nENTRYPOINT [\"./docker-entrypoint.sh\"]\nCMD [\"bundle\", \"exec\", \"puma\", \"-C\", \"config/puma.rb\"]\n",
      findings: [
        { message: "`puma` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 3, column: 1, endLine: 3, endColumn: 55 },
      ],
    },
    {
      description: "shell form after migrations",
      code: "FROM python:3.12-slim\nCMD python manage.py migrate && exec gunicorn mysite.wsgi\n",
      findings: [
        { message: "`gunicorn` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 58 },
      ],
    },
    {
      description: "sh -c in exec form",
      code: "FROM python:3.12-slim\nCMD [\"sh\", \"-c\", \"uwsgi --http :$PORT --module app\"]\n",
      findings: [
        { message: "`uwsgi` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 53 },
      ],
    },
    {
      description: "node server.js behind dumb-init",
      code: "FROM node:22-alpine\nENTRYPOINT [\"dumb-init\", \"--\"]\nCMD [\"node\", \"dist/server.mjs\"]\n",
      findings: [
        { message: "`node server.mjs` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 3, column: 1, endLine: 3, endColumn: 32 },
      ],
    },
    {
      description: "npm start",
      code: "FROM node:22\nCMD npm start\n",
      findings: [
        { message: "`npm start` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 14 },
      ],
    },
    {
      description: "java -jar",
      code: "FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nENTRYPOINT [\"java\", \"-Xmx512m\", \"-jar\", \"/app.jar\"]\n",
      findings: [
        { message: "`java -jar` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 3, column: 1, endLine: 3, endColumn: 52 },
      ],
    },
    {
      description: "nginx on a distribution base",
      code: "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y nginx\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
      findings: [
        { message: "`nginx` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 3, column: 1, endLine: 3, endColumn: 35 },
      ],
    },
    {
      description: "apache2ctl -D FOREGROUND",
      code: "FROM ubuntu:24.04\nCMD [\"apache2ctl\", \"-D\", \"FOREGROUND\"]\n",
      findings: [
        { message: "`apache2ctl -D FOREGROUND` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 39 },
      ],
    },
    {
      description: "rails s",
      code: "FROM ruby:3.3\nCMD [\"bin/rails\", \"s\", \"-b\", \"0.0.0.0\"]\n",
      findings: [
        { message: "`rails s` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 40 },
      ],
    },
    {
      description: "php -S",
      code: "FROM php:8.3-cli\nCMD [\"php\", \"-S\", \"0.0.0.0:8080\", \"-t\", \"public\"]\n",
      findings: [
        { message: "`php -S` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 50 },
      ],
    },
    {
      description: "python -m flask run",
      code: "FROM python:3.12-slim\nCMD [\"python\", \"-m\", \"flask\", \"run\", \"--host=0.0.0.0\"]\n",
      findings: [
        { message: "`flask run` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 55 },
      ],
    },
    {
      description: "streamlit run with gosu",
      code: "FROM python:3.12-slim\nCMD [\"gosu\", \"app\", \"streamlit\", \"run\", \"app.py\"]\n",
      findings: [
        { message: "`streamlit run` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 50 },
      ],
    },
    {
      description: "npx serve",
      code: "FROM node:22-alpine\nCMD [\"npx\", \"serve\", \"-s\", \"build\"]\n",
      findings: [
        { message: "`serve` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 36 },
      ],
    },
    {
      description: "the CMD is written in a parent stage",
      code: "FROM python:3.12-slim AS base\nCMD [\"daphne\", \"app.asgi:application\"]\nFROM base\nRUN pip install daphne\n",
      findings: [
        { message: "`daphne` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 2, endColumn: 39 },
      ],
    },
    {
      description: "continuation lines in a shell-form CMD",
      code: "FROM python:3.12-slim\nCMD gunicorn \\\n    --workers 4 \\\n    app:app\n",
      findings: [
        { message: "`gunicorn` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 2, column: 1, endLine: 4, endColumn: 12 },
      ],
    },
    {
      description: "the base is a resolved ARG that is not a server image",
      code: "ARG PY=3.12\nFROM python:${PY}-slim\nCMD [\"hypercorn\", \"app:app\"]\n",
      findings: [
        { message: "`hypercorn` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 3, column: 1, endLine: 3, endColumn: 29 },
      ],
    },
    {
      description: "exec form in a Windows image is still read",
      code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD [\"node\", \"server.js\"]\n",
      findings: [
        { message: "`node server.js` serves on the network but the image has no `EXPOSE`; document the port it listens on", line: 3, column: 1, endLine: 3, endColumn: 26 },
      ],
    },
  ],
});
