import sshdInContainer from '../../rules/sshd-in-container';
import { ruleTable } from '../rule-table';

ruleTable(sshdInContainer, {
  accept: [
    { description: "the SSH client", code: "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-client && rm -rf /var/lib/apt/lists/*\n" },
    { description: "Alpine openssh-client and openssh-keygen", code: "FROM alpine:3.20\nRUN apk add --no-cache openssh-client openssh-keygen\n" },
    { description: "openssh-server in a builder stage that is not in the final image", code: "FROM debian:bookworm AS tools\nRUN apt-get install -y openssh-server\nFROM debian:bookworm\nCOPY --from=tools /usr/bin/ssh-keygen /usr/bin/\n" },
    { description: "openssh from apt is not a package name there (only Alpine)", code: "FROM debian:bookworm\nRUN apt-get install -y openssh\n" },
    { description: "a virtual package name in apk --virtual is not a package", code: "FROM alpine:3.20\nRUN apk add --virtual openssh git\n" },
    { description: "another port", code: "FROM alpine:3.20\nEXPOSE 2222 8022/tcp 22/udp\n" },
    { description: "removing openssh-server", code: "FROM debian:bookworm\nRUN apt-get purge -y openssh-server\n" },
    { description: "the ssh client as the command", code: "FROM alpine:3.20\nCMD [\"ssh\", \"-N\", \"tunnel@example.com\"]\n" },
    { description: "Windows image: the shell is not read", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN service ssh start\nCMD sshd\n" },
    { description: "openssh-server-pam is another package", code: "FROM opensuse/leap:15.6\nRUN zypper install -y openssh-server-pam\n" },
  ],
  reject: [
    {
      description: "apt-get install openssh-server, over continuation lines and a comment line",
      code: "FROM ubuntu:24.04\nRUN apt-get update \\\n    # the daemon\n    && apt-get install -y --no-install-recommends openssh-server=1:9.6p1-3ubuntu13 \\\n    && rm -rf /var/lib/apt/lists/*\n",
      findings: [
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 4, column: 51, endLine: 4, endColumn: 83 },
      ],
    },
    {
      description: "Alpine openssh pulls in the server",
      code: "FROM alpine:3.20\nRUN apk add --no-cache openssh bash\n",
      findings: [
        { message: "`openssh` installs the SSH daemon (install `openssh-client` if you only need ssh); debug with `docker exec` instead", line: 2, column: 24, endLine: 2, endColumn: 31 },
      ],
    },
    {
      description: "Alpine openssh-server with a version",
      code: "FROM alpine:3.20\nRUN apk add openssh-server~9.7\n",
      findings: [
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 2, column: 13, endLine: 2, endColumn: 31 },
      ],
    },
    {
      description: "yum with a version, dnf, zypper",
      code: "FROM centos:7\nRUN yum install -y openssh-server-7.4p1 && dnf install -y openssh-server && zypper in -y openssh-server\n",
      findings: [
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 2, column: 20, endLine: 2, endColumn: 40 },
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 2, column: 59, endLine: 2, endColumn: 73 },
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 2, column: 90, endLine: 2, endColumn: 104 },
      ],
    },
    {
      description: "sudo apt-get install",
      code: "FROM ubuntu:24.04\nRUN sudo apt-get install -y openssh-server\n",
      findings: [
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 2, column: 29, endLine: 2, endColumn: 43 },
      ],
    },
    {
      description: "with a cache mount",
      code: "FROM ubuntu:24.04\nRUN --mount=type=cache,target=/var/cache/apt apt-get install -y openssh-server\n",
      findings: [
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 2, column: 65, endLine: 2, endColumn: 79 },
      ],
    },
    {
      description: "a heredoc",
      code: "FROM ubuntu:24.04\nRUN <<EOF\napt-get update\napt-get install -y openssh-server\nEOF\n",
      findings: [
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 4, column: 20, endLine: 4, endColumn: 34 },
      ],
    },
    {
      description: "sshd as the CMD, exec form",
      code: "FROM ubuntu:24.04\nCMD [\"/usr/sbin/sshd\", \"-D\"]\n",
      findings: [
        { message: "`CMD` runs an SSH daemon; debug with `docker exec` instead", line: 2, column: 6, endLine: 2, endColumn: 28 },
      ],
    },
    {
      description: "sshd behind tini as the ENTRYPOINT",
      code: "FROM ubuntu:24.04\nENTRYPOINT [\"tini\", \"--\", \"/usr/sbin/sshd\", \"-D\", \"-e\"]\n",
      findings: [
        { message: "`ENTRYPOINT` runs an SSH daemon; debug with `docker exec` instead", line: 2, column: 27, endLine: 2, endColumn: 55 },
      ],
    },
    {
      description: "sshd in a shell-form CMD",
      code: "FROM ubuntu:24.04\nCMD /usr/sbin/sshd -D\n",
      findings: [
        { message: "`CMD` runs an SSH daemon; debug with `docker exec` instead", line: 2, column: 5, endLine: 2, endColumn: 22 },
      ],
    },
    {
      description: "service ssh start in a RUN and in the CMD",
      code: "FROM ubuntu:24.04\nRUN service ssh start\nCMD service ssh start && nginx -g \"daemon off;\"\n",
      findings: [
        { message: "`service ssh start` starts an SSH daemon; debug with `docker exec` instead", line: 2, column: 5, endLine: 2, endColumn: 22 },
        { message: "`CMD` runs an SSH daemon; debug with `docker exec` instead", line: 3, column: 5, endLine: 3, endColumn: 22 },
      ],
    },
    {
      description: "EXPOSE 22 and 22/tcp",
      code: "FROM ubuntu:24.04\nEXPOSE 22 80\nEXPOSE 22/TCP\n",
      findings: [
        { message: "`EXPOSE 22` publishes the SSH port; debug with `docker exec` instead", line: 2, column: 8, endLine: 2, endColumn: 10 },
        { message: "`EXPOSE 22/TCP` publishes the SSH port; debug with `docker exec` instead", line: 3, column: 8, endLine: 3, endColumn: 14 },
      ],
    },
    {
      description: "EXPOSE through an ARG",
      code: "FROM ubuntu:24.04\nARG SSH_PORT=22\nEXPOSE $SSH_PORT\n",
      findings: [
        { message: "`EXPOSE $SSH_PORT` publishes the SSH port; debug with `docker exec` instead", line: 3, column: 8, endLine: 3, endColumn: 17 },
      ],
    },
    {
      description: "exec form is checked in Windows images too",
      code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD [\"sshd\"]\n",
      findings: [
        { message: "`CMD` runs an SSH daemon; debug with `docker exec` instead", line: 3, column: 6, endLine: 3, endColumn: 12 },
      ],
    },
    {
      description: "a stage the final stage is built on",
      code: "FROM alpine:3.20 AS base\nRUN apk add openssh-server\nFROM base\nCMD [\"app\"]\n",
      findings: [
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 2, column: 13, endLine: 2, endColumn: 27 },
      ],
    },
    {
      description: "an ONBUILD trigger installs it into every child image",
      code: "FROM ubuntu:24.04\nONBUILD RUN apt-get install -y openssh-server\n",
      findings: [
        { message: "`openssh-server` installs an SSH daemon in the image; debug with `docker exec` instead", line: 2, column: 32, endLine: 2, endColumn: 46 },
      ],
    },
  ],
});
