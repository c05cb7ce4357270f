import { defineSchema } from './schema';

// The go command (go 1.22): build flags and `go get`/`go install`/`go run` flags that take a value. Go's flag
// package writes long options with one dash (`-ldflags`, `-mod=mod`) and never combines short ones.
export const go = defineSchema({
  names: ['go'],
  valueFlags: [
    '-C', '-o', '-p', '-asmflags', '-buildmode', '-compiler', '-gccgoflags', '-gcflags', '-installsuffix',
    '-ldflags', '-mod', '-modfile', '-overlay', '-pgo', '-pkgdir', '-tags', '-toolexec', '-exec', '-coverpkg',
    '-covermode', '-buildvcs',
  ],
  subcommands: true,
  singleDashLong: true,
});
