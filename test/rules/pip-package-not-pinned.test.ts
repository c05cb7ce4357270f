import rule from '../../rules/pip-package-not-pinned';
import { ruleTable } from '../rule-table';

ruleTable(rule, {
  accept: [
    { description: "hadolint example: pinned", code: "FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\n" },
    { description: "every specifier kind, quoted", code: "FROM python:3.12\nRUN pip install flask==3.0 'gunicorn>=22' \"uvicorn[standard]~=0.30\" 'django!=4' 'a<2' 'b>1' 'c<=1' 'd===1.0'\n" },
    { description: "requirements and constraints files", code: "FROM python:3.12\nRUN pip install -r requirements.txt -c constraints.txt\n" },
    { description: "long-form requirement flag", code: "FROM python:3.12\nRUN pip install --requirement=requirements.txt --constraint /c.txt\n" },
    { description: "packages with a constraints file (hadolint spec)", code: "FROM python:3.12\nRUN pip install pykafka --constraint http://foo.bar.baz && pip install -c /c.txt flask\n" },
    { description: "paths, wheels, archives, VCS refs and URLs", code: "FROM python:3.12\nRUN pip install . ./lib /tmp/x.whl dist/app-1.0.tar.gz git+https://github.com/a/b@v1 https://x.org/p.zip\n" },
    { description: "editable install and flag values that look like packages", code: "FROM python:3.12\nRUN pip install -e . --index-url https://pypi.org/simple --target /opt/lib --cache-dir cache -i simple --trusted-host pypi\n" },
    { description: "a direct reference name @ url", code: "FROM python:3.12\nRUN pip install pkg @ https://x.org/pkg.whl\n" },
    { description: "a pinned requirement from an ARG", code: "FROM python:3.12\nARG FLASK=flask==3.0\nRUN pip install $FLASK\n" },
    { description: "an unknown variable", code: "FROM python:3.12\nRUN pip install $UNKNOWN \"$(cat pkgs)\"\n" },
    { description: "pip download is not pip install", code: "FROM python:3.12\nRUN pip download flask && pip install --no-index --find-links /wheels flask==3\n" },
    { description: "Windows image", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN pip install flask\n" },
    { description: "exec form is not read", code: "FROM python:3.12\nRUN [\"pip\", \"install\", \"flask\"]\n" },
  ],
  reject: [
    {
      description: "a VCS reference without a ref (hadolint spec)",
      code: "FROM python:3.12\nRUN pip install git+https://github.com/rtfd/r2.git#egg=r2\n",
      findings: [
        {message: "`pip install git+https://github.com/rtfd/r2.git#egg=r2` installs whatever version is newest; pin it (`git+https://github.com/rtfd/r2.git@<tag or commit>#egg=r2`) or use a requirements file", line: 2, column: 17, endLine: 2, endColumn: 58},
      ],
    },
    {
      description: "hadolint example: unpinned package",
      code: "FROM python:3.12\nRUN pip install flask\n",
      findings: [
        {message: "`pip install flask` installs whatever version is newest; pin it (`flask==<version>`) or use a requirements file", line: 2, column: 17, endLine: 2, endColumn: 22},
      ],
    },
    {
      description: "python -m pip upgrading pip and setuptools",
      code: "FROM python:3.12\nRUN python3 -m pip install --upgrade pip setuptools\n",
      findings: [
        {message: "`pip install pip` installs whatever version is newest; pin it (`pip==<version>`) or use a requirements file", line: 2, column: 38, endLine: 2, endColumn: 41},
        {message: "`pip install setuptools` installs whatever version is newest; pin it (`setuptools==<version>`) or use a requirements file", line: 2, column: 42, endLine: 2, endColumn: 52},
      ],
    },
    {
      description: "an unpinned requirement among pinned ones in an ARG",
      code: "FROM python:3.12\nARG PKGS=\"flask==3 requests\"\nRUN pip install $PKGS\n",
      findings: [
        {message: "`pip install requests` installs whatever version is newest; pin it (`requests==<version>`) or use a requirements file", line: 3, column: 17, endLine: 3, endColumn: 22},
      ],
    },
    {
      description: "unquoted >= is a redirection: the package stays unpinned",
      code: "FROM python:3.12\nRUN pip install flask>=3\n",
      findings: [
        {message: "`pip install flask` installs whatever version is newest; pin it (`flask==<version>`) or use a requirements file", line: 2, column: 17, endLine: 2, endColumn: 22},
      ],
    },
    {
      description: "extras without a version",
      code: "FROM python:3.12\nRUN pip3 install --no-cache-dir 'uvicorn[standard]'\n",
      findings: [
        {message: "`pip install uvicorn[standard]` installs whatever version is newest; pin it (`uvicorn[standard]==<version>`) or use a requirements file", line: 2, column: 33, endLine: 2, endColumn: 52},
      ],
    },
    {
      description: "heredoc RUN",
      code: "FROM python:3.12\nRUN <<EOF\npip install requests\nEOF\n",
      findings: [
        {message: "`pip install requests` installs whatever version is newest; pin it (`requests==<version>`) or use a requirements file", line: 3, column: 13, endLine: 3, endColumn: 21},
      ],
    },
    {
      description: "sudo pip3.12 with a value flag before the package",
      code: "FROM python:3.12\nRUN sudo pip3.12 install --prefix /usr/local requests\n",
      findings: [
        {message: "`pip install requests` installs whatever version is newest; pin it (`requests==<version>`) or use a requirements file", line: 2, column: 46, endLine: 2, endColumn: 54},
      ],
    },
  ],
});
