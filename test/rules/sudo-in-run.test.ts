import rule from '../../rules/sudo-in-run';
import { ruleTable } from '../rule-table';

const message = 'Do not use `sudo` in RUN: it runs as the USER in force; switch with USER';
const at = (line: number, column: number) => ({ message, line, column, endLine: line, endColumn: column + 4 });

ruleTable(rule, {
  accept: [
    { description: 'installing the sudo package', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y sudo && rm -rf /var/lib/apt/lists/*\nRUN apk add --no-cache sudo\n' },
    { description: 'sudo as an argument', code: 'FROM debian:12\nRUN usermod -aG sudo app && grep sudo /etc/group && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app\n' },
    { description: 'heredoc data', code: 'FROM debian:12\nRUN cat <<EOF > /x.sh\nsudo ls\nEOF\n' },
    { description: 'CMD', code: 'FROM debian:12\nCMD sudo -u app app\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM debian:12\nRUN sudo apt-get install -y curl\n', findings: [at(2, 5)] },
    { description: 'with options', code: 'FROM debian:12\nRUN sudo -u app -H pip install --user x\n', findings: [at(2, 5)] },
    { description: 'later in a chain', code: 'FROM debian:12\nRUN echo hi && sudo make install\n', findings: [at(2, 16)] },
    { description: 'behind env', code: 'FROM debian:12\nRUN env FOO=1 sudo make\n', findings: [at(2, 15)] },
    { description: 'alone', code: 'FROM debian:12\nRUN sudo -v\n', findings: [at(2, 5)] },
    { description: 'full path', code: 'FROM debian:12\nRUN /usr/bin/sudo make\n', findings: [{ ...at(2, 5), endColumn: 18 }] },
    { description: 'exec form', code: 'FROM debian:12\nRUN ["sudo", "make"]\n', findings: [{ ...at(2, 6), endColumn: 12 }] },
    { description: 'ONBUILD', code: 'FROM debian:12\nONBUILD RUN sudo make\n', findings: [at(2, 13)] },
  ],
});
