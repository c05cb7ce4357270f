import multipleProcesses from '../../rules/multiple-processes';
import { ruleTable } from '../rule-table';

ruleTable(multipleProcesses, {
  accept: [
    { description: "one process", code: "FROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n" },
    { description: "an init in front of one process", code: "FROM node:22\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"node\", \"server.js\"]\n" },
    { description: "s6-overlay's /init is a legitimate init", code: "FROM alpine:3.20\nADD s6-overlay.tar.xz /\nENTRYPOINT [\"/init\"]\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n" },
    { description: "setup commands before exec of the main process", code: "FROM python:3.12-slim\nCMD python manage.py migrate && exec gunicorn mysite.wsgi\n" },
    { description: "a background job and wait", code: "FROM alpine:3.20\nCMD ./server & wait\n" },
    { description: "supervisord only in a builder stage", code: "FROM debian:bookworm AS tools\nCMD [\"supervisord\"]\nFROM debian:bookworm-slim\nCMD [\"app\"]\n" },
    { description: "supervisord installed but not run", code: "FROM debian:bookworm-slim\nRUN apt-get install -y supervisor\nCMD [\"app\"]\n" },
    { description: "a service started under a condition", code: "FROM ubuntu:24.04\nCMD if [ -n \"$CRON\" ]; then service cron start; fi; exec nginx -g \"daemon off;\"\n" },
    { description: "a service started as the last command", code: "FROM ubuntu:24.04\nCMD echo starting && service nginx start\n" },
    { description: "Windows image: shell form is not read", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD supervisord & nginx\n" },
    { description: "CMD inherited from the base image", code: "FROM phusion/baseimage:jammy-1.0.4\nRUN echo hi\n" },
    { description: "nginx in the foreground after setup", code: "FROM nginx:1.27\nCMD envsubst < /t > /etc/nginx/conf.d/default.conf; nginx -g 'daemon off;'\n" },
    { description: "a foreground php-fpm, and a config test before it", code: "FROM php:8.3-fpm\nCMD php-fpm -t && php-fpm -F\n" },
    { description: "a fallback after ||", code: "FROM nginx:1.27\nCMD nginx -g \"daemon off;\" || cat /var/log/nginx/error.log\n" },
    { description: "combined foreground options", code: "FROM alpine:3.20\nCMD smbd -FS --no-process-group && echo stopped\n" },
  ],
  reject: [
    {
      description: "supervisord, exec form",
      code: "FROM debian:bookworm-slim\nCMD [\"/usr/bin/supervisord\", \"-n\", \"-c\", \"/etc/supervisor/supervisord.conf\"]\n",
      findings: [
        { message: "`supervisord` runs several processes in one container; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 6, endLine: 2, endColumn: 76 },
      ],
    },
    {
      description: "supervisord behind an entrypoint script",
      code: "FROM debian:bookworm-slim\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"supervisord\"]\n",
      findings: [
        { message: "`supervisord` runs several processes in one container; consider one process per container, so that Docker can watch, restart and log each one", line: 3, column: 6, endLine: 3, endColumn: 19 },
      ],
    },
    {
      description: "supervisord in shell form after setup",
      code: "FROM debian:bookworm-slim\nCMD chown -R www-data /var/www && exec supervisord -n\n",
      findings: [
        { message: "`supervisord` runs several processes in one container; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 40, endLine: 2, endColumn: 54 },
      ],
    },
    {
      description: "runsvdir",
      code: "FROM alpine:3.20\nCMD [\"runsvdir\", \"-P\", \"/etc/service\"]\n",
      findings: [
        { message: "`runsvdir` runs several processes in one container; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 6, endLine: 2, endColumn: 38 },
      ],
    },
    {
      description: "s6-svscan",
      code: "FROM alpine:3.20\nENTRYPOINT [\"s6-svscan\", \"/etc/s6\"]\n",
      findings: [
        { message: "`s6-svscan` runs several processes in one container; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 13, endLine: 2, endColumn: 35 },
      ],
    },
    {
      description: "service start then the main process",
      code: "FROM ubuntu:24.04\nCMD service nginx start && php-fpm\n",
      findings: [
        { message: "`service nginx start` leaves a service running in the background before another process; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 5, endLine: 2, endColumn: 24 },
      ],
    },
    {
      description: "an init.d script then the main process, over continuation lines",
      code: "FROM ubuntu:24.04\nCMD /etc/init.d/cron start ; \\\n    nginx -g \"daemon off;\"\n",
      findings: [
        { message: "`/etc/init.d/cron start` leaves a service running in the background before another process; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 5, endLine: 2, endColumn: 27 },
      ],
    },
    {
      description: "php-fpm -D then nginx",
      code: "FROM php:8.3-fpm\nCMD php-fpm -D && nginx -g 'daemon off;'\n",
      findings: [
        { message: "`php-fpm` leaves a service running in the background before another process; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 5, endLine: 2, endColumn: 15 },
      ],
    },
    {
      description: "php-fpm daemonizes by default before nginx",
      code: "FROM alpine:3.20\nCMD php-fpm83 && nginx -g 'daemon off;'\n",
      findings: [
        { message: "`php-fpm83` leaves a service running in the background before another process; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 5, endLine: 2, endColumn: 14 },
      ],
    },
    {
      description: "nmbd -D then smbd",
      code: "FROM alpine:3.20\nCMD nmbd -D && smbd -FS --no-process-group\n",
      findings: [
        { message: "`nmbd` leaves a service running in the background before another process; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 5, endLine: 2, endColumn: 12 },
      ],
    },
    {
      description: "two processes with &",
      code: "FROM node:22\nCMD node worker.js & node server.js\n",
      findings: [
        { message: "`node worker.js &` runs in the background next to another process; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 5, endLine: 2, endColumn: 19 },
      ],
    },
    {
      description: "sh -c in exec form",
      code: "FROM ubuntu:24.04\nCMD [\"sh\", \"-c\", \"service cron start && exec apache2ctl -D FOREGROUND\"]\n",
      findings: [
        { message: "`service cron start` leaves a service running in the background before another process; consider one process per container, so that Docker can watch, restart and log each one", line: 2, column: 19, endLine: 2, endColumn: 37 },
      ],
    },
    {
      description: "exec form in a Windows image is still read",
      code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD [\"supervisord\"]\n",
      findings: [
        { message: "`supervisord` runs several processes in one container; consider one process per container, so that Docker can watch, restart and log each one", line: 3, column: 6, endLine: 3, endColumn: 19 },
      ],
    },
  ],
});
