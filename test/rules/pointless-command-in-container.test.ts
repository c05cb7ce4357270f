import rule from '../../rules/pointless-command-in-container';
import { ruleTable } from '../rule-table';

const at = (name: string, why: string, line: number, column: number) => ({ message: `\`${name}\` in RUN ${why}`, line, column, endLine: line, endColumn: column + name.length });
const PS = 'lists the processes of the build container';

ruleTable(rule, {
  accept: [
    { description: 'packages of the same name', code: 'FROM debian:12\nRUN apt-get install -y procps vim openssh-client\n' },
    { description: 'RUN --mount', code: 'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt\n' },
    { description: 'words as arguments', code: 'FROM debian:12\nRUN echo ps top kill && grep mount /etc/fstab\n' },
    { description: 'CMD', code: 'FROM debian:12\nCMD ["top"]\n' },
    { description: 'heredoc data', code: 'FROM debian:12\nRUN cat <<EOF > /x\nps aux\nEOF\n' },
    { description: 'ssh-keyscan is not ssh', code: 'FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n' },
    { description: 'kill of a background process of the same RUN', code: 'FROM debian:12\nRUN TERM=xterm browsh & \\\n    pid=$!; sleep 10; kill $pid || true\n' },
    { description: 'PowerShell', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN ps\n' },
  ],
  reject: [
    { description: 'service and ps', code: 'FROM ubuntu:24.04\nRUN service nginx start && ps aux\n',
      findings: [at('service', 'starts a service that stops when the RUN ends', 2, 5), at('ps', PS, 2, 28)] },
    { description: 'each command', code: 'FROM debian:12\nRUN free -m; top -b -n1\nRUN kill -9 1\nRUN shutdown -h now\nRUN mount -t tmpfs none /mnt\nRUN vim /etc/hosts\nRUN ssh user@host ls\n',
      findings: [
        at('free', 'shows the memory of the build container', 2, 5),
        at('top', 'is interactive and shows the build container', 2, 14),
        at('kill', 'signals processes of the build container', 3, 5),
        at('shutdown', 'cannot shut anything down in a build', 4, 5),
        at('mount', 'mounts inside the build container only; use `RUN --mount` or a volume', 5, 5),
        at('vim', 'is an interactive editor; edit files with COPY or sed', 6, 5),
        at('ssh', 'needs an interactive session; use `RUN --mount=type=ssh` with git or scp if you must fetch over SSH', 7, 5),
      ] },
    { description: 'behind sudo and a path', code: 'FROM debian:12\nRUN sudo /bin/ps aux\n', findings: [{ ...at('ps', PS, 2, 10), endColumn: 17 }] },
    { description: 'exec form', code: 'FROM debian:12\nRUN ["ps", "aux"]\n', findings: [{ ...at('ps', PS, 2, 6), endColumn: 10 }] },
    { description: 'ONBUILD', code: 'FROM debian:12\nONBUILD RUN ps\n', findings: [at('ps', PS, 2, 13)] },
    { description: 'a heredoc script', code: 'FROM debian:12\nRUN <<EOF\nps aux\nEOF\n', findings: [at('ps', PS, 3, 1)] },
  ],
});
