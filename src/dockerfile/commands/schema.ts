// Per-command option schemas: which flags take a value. Without them a parser must guess whether the word
// after `-t` is a flag's value or a package name (hadolint's weak spot); with them it knows.

export interface CommandSchema {
  /** Program names this schema applies to (basename, as invoked). */
  names: readonly string[];
  /** Flags that take a value, with dashes: `-o`, `--option`. `--name=value` always carries its value. */
  valueFlags: readonly string[];
  /** The first positional argument is a subcommand (`apt-get install`, `pip install`). */
  subcommands: boolean;
  /** Long options take one dash (`-ldflags`, `-mod=mod`), as with Go's flag package; short flags never combine. */
  singleDashLong?: boolean;
}

export function defineSchema(schema: CommandSchema): CommandSchema {
  return schema;
}
