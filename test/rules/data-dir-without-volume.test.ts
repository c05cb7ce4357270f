import dataDirWithoutVolume from '../../rules/data-dir-without-volume';
import { ruleTable } from '../rule-table';

ruleTable(dataDirWithoutVolume, {
  accept: [
    { description: "VOLUME declared", code: "FROM debian:bookworm-slim\nRUN apt-get install -y postgresql\nVOLUME /var/lib/postgresql/data\nCMD [\"postgres\"]\n" },
    { description: "VOLUME in the stage the final stage is built on", code: "FROM alpine:3.20 AS base\nVOLUME [\"/data\"]\nFROM base\nCMD [\"redis-server\"]\n" },
    { description: "official postgres base declares its VOLUME", code: "FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\nCMD [\"postgres\", \"-c\", \"shared_buffers=256MB\"]\n" },
    { description: "bitnami and other database images by name", code: "FROM bitnami/redis:7.2\nCMD [\"redis-server\", \"--appendonly\", \"yes\"]\n" },
    { description: "CMD inherited from the base image", code: "FROM ubuntu:24.04\nRUN apt-get install -y mysql-server\n" },
    { description: "memcached keeps no data", code: "FROM debian:bookworm-slim\nCMD [\"memcached\", \"-u\", \"memcache\"]\n" },
    { description: "a client is not a service", code: "FROM debian:bookworm-slim\nCMD [\"psql\", \"-h\", \"db\"]\n" },
    { description: "minio client", code: "FROM alpine:3.20\nCMD [\"minio\", \"--version\"]\n" },
    { description: "a database only in a test stage", code: "FROM postgres:16 AS test\nCMD [\"postgres\"]\nFROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n" },
    { description: "a base image from an ARG without a value", code: "ARG IMAGE\nFROM ${IMAGE}\nCMD [\"mongod\"]\n" },
    { description: "Windows image: shell form is not read", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD redis-server\n" },
  ],
  reject: [
    {
      description: "a postgres image from another registry is not the official postgres, which declares a VOLUME",
      code: "FROM ghcr.io/me/postgres:16\nCMD [\"postgres\"]\n",
      findings: [
        { message: "`postgres` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 2, column: 1, endLine: 2, endColumn: 17 },
      ],
    },
    {
      description: "postgres on a distribution base",
      code: "FROM debian:bookworm-slim\nRUN apt-get install -y postgresql\nUSER postgres\nCMD [\"/usr/lib/postgresql/15/bin/postgres\", \"-D\", \"/var/lib/postgresql/data\"]\n",
      findings: [
        { message: "`postgres` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 4, column: 1, endLine: 4, endColumn: 78 },
      ],
    },
    {
      description: "redis-server behind an entrypoint script",
      code: "FROM alpine:3.20\nRUN apk add --no-cache redis\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"redis-server\", \"/etc/redis.conf\"]\n",
      findings: [
        { message: "`redis-server` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 4, column: 1, endLine: 4, endColumn: 40 },
      ],
    },
    {
      description: "service mysql start in a shell-form CMD",
      code: "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y mysql-server\nCMD service mysql start && tail -f /var/log/mysql/error.log\n",
      findings: [
        { message: "`service mysql start` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 3, column: 1, endLine: 3, endColumn: 60 },
      ],
    },
    {
      description: "minio server",
      code: "FROM alpine:3.20\nENTRYPOINT [\"minio\"]\nCMD [\"server\", \"/data\"]\n",
      findings: [
        { message: "`minio server` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 2, column: 1, endLine: 2, endColumn: 21 },
      ],
    },
    {
      description: "mongod with gosu",
      code: "FROM ubuntu:24.04\nCMD [\"gosu\", \"mongodb\", \"mongod\", \"--bind_ip_all\"]\n",
      findings: [
        { message: "`mongod` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 2, column: 1, endLine: 2, endColumn: 51 },
      ],
    },
    {
      description: "elasticsearch via sh -c",
      code: "FROM eclipse-temurin:21\nCMD [\"sh\", \"-c\", \"exec /usr/share/elasticsearch/bin/elasticsearch\"]\n",
      findings: [
        { message: "`elasticsearch` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 2, column: 1, endLine: 2, endColumn: 68 },
      ],
    },
    {
      description: "etcd from a resolved ARG image",
      code: "ARG DEBIAN=bookworm\nFROM debian:${DEBIAN}-slim\nCMD [\"etcd\", \"--data-dir\", \"/var/lib/etcd\"]\n",
      findings: [
        { message: "`etcd` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 3, column: 1, endLine: 3, endColumn: 44 },
      ],
    },
    {
      description: "a service script run by sh without -c",
      code: "FROM centos:7\nCMD [\"/bin/sh\", \"-e\", \"/usr/bin/couchdb\", \"-a\", \"/etc/couchdb/local.ini\"]\n",
      findings: [
        { message: "`couchdb` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 2, column: 1, endLine: 2, endColumn: 74 },
      ],
    },
    {
      description: "exec form in a Windows image is still read",
      code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD [\"C:\\\\mongodb\\\\bin\\\\mongod.exe\"]\n",
      findings: [
        { message: "`mongod` keeps its data in the container but the image has no `VOLUME`; declare the data directory as a volume", line: 3, column: 1, endLine: 3, endColumn: 37 },
      ],
    },
  ],
});
