import rule from '../../rules/removed-pip-option';
import { ruleTable } from '../rule-table';

const CACHE = 'pip option --download-cache was removed in pip 8.0: pip caches downloads by default; use --cache-dir to move the cache or --no-cache-dir to skip it';
const MIRRORS = (flag: string) => `pip option ${flag} was removed in pip 7.0: PyPI mirrors are gone (PEP 449); use --index-url or --extra-index-url`;
const EXTERNAL = (flag: string) =>
  `pip option ${flag} was removed in pip 10.0: files hosted outside the index are no longer supported (PEP 470); use --find-links or --extra-index-url`;

ruleTable(rule, {
  accept: [
    { description: 'current options', code: 'FROM python:3.12\nRUN pip install --no-cache-dir --index-url https://pypi.org/simple -r requirements.txt\n' },
    { description: 'a package named like an option value', code: 'FROM python:3.12\nRUN pip install mirrors egg\n' },
    { description: 'pip download has its own options', code: 'FROM python:3.12\nRUN pip download --dest /wheels flask\n' },
    { description: 'pip wheel is not checked', code: 'FROM python:3.12\nRUN pip wheel --no-use-wheel flask\n' },
    { description: 'an older pip pinned in the same RUN', code: 'FROM python:3.8\nRUN pip3 install pip==20.1 && pip3 install --install-option=--prefix=/opt/x graphite-web\n' },
    { description: 'an older pip pinned in an earlier RUN', code: 'FROM python:2.7\nRUN pip install "pip<8"\nRUN pip install --download-cache /tmp/pip flask\n' },
    { description: 'an older pip pinned in a parent stage, through an ARG', code: 'FROM python:2.7 AS base\nARG PIP=9.0.3\nRUN pip install pip==$PIP\nFROM base\nRUN pip install --egg flask\n' },
    { description: 'a pin old enough for that option', code: 'FROM python:3.8\nRUN pip install pip==9.0.3 && pip install --no-use-wheel foo\n' },
    { description: 'pip~=22.3 stays below 23', code: 'FROM python:3.10\nRUN pip install pip~=22.3 && pip install --install-option=--x foo\n' },
    { description: 'exec form is not read', code: 'FROM python:3.12\nRUN ["pip", "install", "--use-mirrors", "flask"]\n' },
    { description: 'Windows image', code: '# escape=`\nFROM python:3.12-windowsservercore\nRUN pip install --use-mirrors flask\n' },
  ],
  reject: [
    {
      description: 'the talk: pip install --download-cache /tmp -U pip',
      code: 'FROM ubuntu:trusty\nRUN apt-get update && apt-get install -y python-pip\nRUN pip install --download-cache /tmp -U pip\n',
      findings: [{ message: CACHE, line: 3, column: 17, endLine: 3, endColumn: 33 }],
    },
    {
      description: '--use-mirrors and a combined -M, with sudo',
      code: 'FROM ubuntu:trusty\nRUN sudo pip install -qM --use-mirrors flask\n',
      findings: [
        { message: MIRRORS('-M'), line: 2, column: 22, endLine: 2, endColumn: 25 },
        { message: MIRRORS('--use-mirrors'), line: 2, column: 26, endLine: 2, endColumn: 39 },
      ],
    },
    {
      description: 'python -m pip with --allow-external and its value',
      code: 'FROM python:2.7\nRUN python -m pip install --allow-external mysql-connector-python mysql-connector-python\n',
      findings: [{ message: EXTERNAL('--allow-external'), line: 2, column: 27, endLine: 2, endColumn: 43 }],
    },
    {
      description: 'an option with = and one without a known release',
      code: 'FROM python:2.7\nRUN pip3 install --allow-unverified=foo --no-allow-insecure foo\n',
      findings: [
        { message: EXTERNAL('--allow-unverified'), line: 2, column: 18, endLine: 2, endColumn: 40 },
        { message: 'pip option --no-allow-insecure was removed from pip: external hosting is no longer supported; drop the option', line: 2, column: 41, endLine: 2, endColumn: 60 },
      ],
    },
    {
      description: '--process-dependency-links on a continuation line after a comment line',
      code: 'FROM python:3.6\nRUN pip install \\\n# from git\n    --process-dependency-links -e .\n',
      findings: [
        { message: 'pip option --process-dependency-links was removed in pip 19.0: use PEP 508 direct references (`name @ git+https://...`)', line: 4, column: 5, endLine: 4, endColumn: 31 },
      ],
    },
    {
      description: '--install-option after an unpinned upgrade of pip',
      code: 'FROM python:3.8\nRUN pip install pip==20.1\nRUN pip install -U pip && pip install --install-option=--prefix=/opt foo\n',
      findings: [{ message: 'pip option --install-option was removed in pip 23.1: use --config-settings, or build a wheel with the options you need', line: 3, column: 39, endLine: 3, endColumn: 69 }],
    },
    {
      description: 'a pin that is not old enough',
      code: 'FROM python:3.8\nRUN pip install pip==10.0.1 && pip install --no-use-wheel --download /tmp/d foo\n',
      findings: [
        { message: 'pip option --no-use-wheel was removed in pip 10.0: use --only-binary or --no-binary', line: 2, column: 44, endLine: 2, endColumn: 58 },
        { message: 'pip option --download was removed in pip 10.0: use `pip download -d DIR`', line: 2, column: 59, endLine: 2, endColumn: 69 },
      ],
    },
    {
      description: 'heredoc RUN and ONBUILD',
      code: 'FROM python:3.12\nRUN <<EOF\npip install --use-wheel flask\nEOF\nONBUILD RUN pip install --egg .\n',
      findings: [
        { message: 'pip option --use-wheel was removed in pip 10.0: use --only-binary or --no-binary', line: 3, column: 13, endLine: 3, endColumn: 24 },
        { message: 'pip option --egg was removed in pip 10.0: eggs are no longer installed; drop the option', line: 5, column: 25, endLine: 5, endColumn: 30 },
      ],
    },
    {
      description: '--download for install',
      code: 'FROM python:3.12\nRUN pip install --download=/tmp/d flask\n',
      findings: [{ message: 'pip option --download was removed in pip 10.0: use `pip download -d DIR`', line: 2, column: 17, endLine: 2, endColumn: 34 }],
    },
  ],
});
