import rule from '../../rules/go-package-not-pinned';
import { ruleTable } from '../rule-table';

ruleTable(rule, {
  accept: [
    { description: "hadolint example, pinned", code: "FROM golang:1.22\nRUN go install example.com/pkg@v1.2.3\n" },
    { description: "latest counts as a version", code: "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest && go get github.com/a/b@v1\n" },
    { description: "local packages, files and patterns", code: "FROM golang:1.22\nRUN go install ./cmd/... && go get -d -v ./... && go run main.go && go run . && go install\n" },
    { description: "main-module and standard library packages", code: "FROM golang:1.22\nRUN go install myapp/cmd/server std\n" },
    { description: "flag values that look like packages", code: "FROM golang:1.22\nRUN go install -ldflags '-s -w' -tags netgo -o bin -modfile go.tools.mod -mod=mod ./cmd/app\n" },
    { description: "go run reads the package, then program arguments", code: "FROM golang:1.22\nRUN go run ./tools/gen github.com/a/b\n" },
    { description: "a pinned package from an ARG", code: "FROM golang:1.22\nARG DLV=github.com/go-delve/delve/cmd/dlv@v1.23.0\nRUN go install $DLV \"$UNKNOWN\"\n" },
    { description: "go build and go mod are not checked", code: "FROM golang:1.22\nRUN go mod download && go build -o /app github.com/a/b\n" },
    { description: "GOPATH go get as a clone, then git checkout in the same RUN", code: "FROM golang:1.12\nENV V v5.1.1\nRUN go get github.com/pusher/oauth2_proxy || true \\\n\t&& cd /go/src/github.com/pusher/oauth2_proxy \\\n\t&& git checkout \"${V}\" \\\n\t&& go build\n" },
    { description: "GOPATH go get as a clone, then WORKDIR and git checkout in a later RUN", code: "FROM golang:1.12\nRUN go get github.com/hashicorp/consul || true\nWORKDIR /go/src/github.com/hashicorp/consul\nRUN git checkout \"v1.8.0\"\n" },
    { description: "GOPATH go get of a package, checkout in its repository's directory", code: "FROM golang:1.12\nRUN go get github.com/quay/clair/cmd/clair || true\nWORKDIR /go/src/github.com/quay/clair\nRUN git checkout v2.1.4\n" },
    { description: "Windows image", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN go install example.com/pkg\n" },
  ],
  reject: [
    {
      description: "hadolint example",
      code: "FROM golang:1.22\nRUN go install example.com/pkg\n",
      findings: [
        {message: "`go install example.com/pkg` fetches whatever version is newest; pin it (`example.com/pkg@<version>`)", line: 2, column: 16, endLine: 2, endColumn: 31},
      ],
    },
    {
      description: "git checkout in another directory does not pin the package",
      code: "FROM golang:1.12\nRUN go get github.com/a/b && cd /src/other && git checkout v1\nWORKDIR /go/src/github.com/a/c\nRUN git checkout v2\n",
      findings: [
        {message: "`go get github.com/a/b` fetches whatever version is newest; pin it (`github.com/a/b@<version>`)", line: 2, column: 12, endLine: 2, endColumn: 26},
      ],
    },
    {
      description: "go get without a version",
      code: "FROM golang:1.22\nRUN go get -u github.com/a/b\n",
      findings: [
        {message: "`go get github.com/a/b` fetches whatever version is newest; pin it (`github.com/a/b@<version>`)", line: 2, column: 15, endLine: 2, endColumn: 29},
      ],
    },
    {
      description: "go run of a remote package",
      code: "FROM golang:1.22\nRUN go run github.com/a/gen --out x\n",
      findings: [
        {message: "`go run github.com/a/gen` fetches whatever version is newest; pin it (`github.com/a/gen@<version>`)", line: 2, column: 12, endLine: 2, endColumn: 28},
      ],
    },
    {
      description: "an unpinned package from an ARG",
      code: "FROM golang:1.22\nARG TOOL=golang.org/x/tools/cmd/goimports\nRUN go install ${TOOL}\n",
      findings: [
        {message: "`go install golang.org/x/tools/cmd/goimports` fetches whatever version is newest; pin it (`golang.org/x/tools/cmd/goimports@<version>`)", line: 3, column: 16, endLine: 3, endColumn: 23},
      ],
    },
    {
      description: "a value flag before the package",
      code: "FROM golang:1.22\nRUN CGO_ENABLED=0 go install -ldflags=-s -tags netgo github.com/a/b/cmd/c\n",
      findings: [
        {message: "`go install github.com/a/b/cmd/c` fetches whatever version is newest; pin it (`github.com/a/b/cmd/c@<version>`)", line: 2, column: 54, endLine: 2, endColumn: 74},
      ],
    },
    {
      description: "heredoc RUN",
      code: "FROM golang:1.22\nRUN <<EOF\ngo install honnef.co/go/tools/cmd/staticcheck\nEOF\n",
      findings: [
        {message: "`go install honnef.co/go/tools/cmd/staticcheck` fetches whatever version is newest; pin it (`honnef.co/go/tools/cmd/staticcheck@<version>`)", line: 3, column: 12, endLine: 3, endColumn: 46},
      ],
    },
  ],
});
