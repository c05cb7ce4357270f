import type { ShellCommand } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf, packageCommand, resolveWord, stageChain } from '../src/lint/queries';

interface Removal {
  /** The pip release that removed the option, from pip's changelog; null when the changelog does not say. */
  removedIn: string | null;
  /** What to do instead. */
  instead: string;
}

const MIRRORS: Removal = { removedIn: '7.0', instead: 'PyPI mirrors are gone (PEP 449); use --index-url or --extra-index-url' };
const EXTERNAL: Removal = { removedIn: '10.0', instead: 'files hosted outside the index are no longer supported (PEP 470); use --find-links or --extra-index-url' };
const WHEEL: Removal = { removedIn: '10.0', instead: 'use --only-binary or --no-binary' };

/** `pip install` options that pip has removed (pip's changelog, https://pip.pypa.io/en/stable/news/). */
const REMOVED_PIP_OPTIONS: Readonly<Record<string, Removal>> = {
  '--download-cache': { removedIn: '8.0', instead: 'pip caches downloads by default; use --cache-dir to move the cache or --no-cache-dir to skip it' },
  '--use-mirrors': MIRRORS,
  '-M': MIRRORS,
  '--mirrors': MIRRORS,
  '--allow-external': EXTERNAL,
  '--allow-all-external': EXTERNAL,
  '--allow-unverified': EXTERNAL,
  '--no-allow-external': { removedIn: null, instead: 'external hosting is no longer supported; drop the option' },
  '--no-allow-insecure': { removedIn: null, instead: 'external hosting is no longer supported; drop the option' },
  '--process-dependency-links': { removedIn: '19.0', instead: 'use PEP 508 direct references (`name @ git+https://...`)' },
  '--use-wheel': WHEEL,
  '--no-use-wheel': WHEEL,
  '--egg': { removedIn: '10.0', instead: 'eggs are no longer installed; drop the option' },
  '--install-option': { removedIn: '23.1', instead: 'use --config-settings, or build a wheel with the options you need' },
  '--download': { removedIn: '10.0', instead: 'use `pip download -d DIR`' },
};

/** Numeric comparison of dotted versions: negative when a < b. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

interface PipPin {
  /** The highest pip version allowed, or null when pip is installed without an upper bound (`pip install -U pip`). */
  version: string | null;
  exclusive: boolean;
}

/** What `pip install pip==20.1` (or `pip<21`, `pip~=9.0`, `-U pip`) does to pip's version; null when it leaves pip alone. */
function pinnedPip(command: ShellCommand, run: Instruction): PipPin | null {
  const pkg = packageCommand(command);
  if (pkg?.manager !== 'pip' || command.positionals[0]?.value !== 'install') return null;
  for (const word of pkg.packages) {
    const value = (word.value ?? resolveWord(run, word.text) ?? '').toLowerCase();
    const pin = /^pip(==|<=|<|~=)([0-9][0-9.]*)/.exec(value);
    if (!pin) {
      if (value === 'pip' || /^pip\s*(>|>=|!=)/.test(value)) return { version: null, exclusive: false };
      continue;
    }
    // `~=9.0.1` allows 9.0.x; `~=9.0` allows 9.x: both stay below the next release of the second-to-last part.
    if (pin[1] === '~=') {
      const parts = pin[2]!.split('.');
      parts.pop();
      const last = parts.length - 1;
      if (last < 0) return null;
      parts[last] = String((parseInt(parts[last]!, 10) || 0) + 1);
      return { version: parts.join('.'), exclusive: true };
    }
    return { version: pin[2]!, exclusive: pin[1] === '<' };
  }
  return null;
}

/** The pip pin in force at `command`: the last one earlier in its RUN, its stage, or the stages it builds on. */
function pipPinBefore(run: Instruction, command: ShellCommand): PipPin | null {
  const inRun = commandsOf(run);
  for (let i = inRun.indexOf(command) - 1; i >= 0; i--) {
    const pin = pinnedPip(inRun[i]!, run);
    if (pin) return pin;
  }
  for (const stage of run.stage ? stageChain(run.stage) : []) {
    const runs = stage.instructions.filter((inst) => inst.keyword === 'RUN' && (stage !== run.stage || inst.index < run.index));
    for (let i = runs.length - 1; i >= 0; i--) {
      const commands = commandsOf(runs[i]!);
      for (let j = commands.length - 1; j >= 0; j--) {
        const pin = pinnedPip(commands[j]!, runs[i]!);
        if (pin) return pin;
      }
    }
  }
  return null;
}

export default defineRule({
  id: 'removed-pip-option',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`pip install` with an option that pip has removed (`--download-cache`, `--use-mirrors`, `--allow-external`, ...)',
    details: `Flags options of \`pip install\` (also \`pip3\`, \`python -m pip\`) that pip no longer has:
\`--download-cache\`, \`--use-mirrors\`, \`-M\`, \`--mirrors\`, \`--allow-external\`, \`--allow-all-external\`,
\`--allow-unverified\`, \`--no-allow-external\`, \`--no-allow-insecure\`, \`--process-dependency-links\`,
\`--use-wheel\`, \`--no-use-wheel\`, \`--egg\`, \`--install-option\` and \`--download\`. The finding sits on the
option and names the pip release that removed it, with what to use instead.`,
    why: `Deprecated flags break builds. A current pip stops with \`no such option\`, so the Dockerfile only builds
with the old pip of an old base image, and fails as soon as pip is upgraded (often by the same Dockerfile's
\`pip install -U pip\`). The options were dropped because what they controlled is gone (PyPI mirrors, externally
hosted files) or is now the default (the download cache, wheels).`,
    bad: `FROM python:3.12-slim
RUN pip install --download-cache /tmp/pip -r requirements.txt`,
    good: `FROM python:3.12-slim
RUN pip install --no-cache-dir -r requirements.txt`,
    notes: `Release numbers come from pip's changelog (https://pip.pypa.io/en/stable/news/); where it does not say
when an option went, the message only says that it is gone. The rule stays quiet when an earlier \`pip install pip==X\` (or \`pip<X\`,
\`pip~=X\`) in the same RUN, stage or parent stage pins a pip that still has the option. Options of other subcommands (\`pip wheel\`,
\`pip download\`) are not checked. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        const pkg = packageCommand(command);
        if (pkg?.manager !== 'pip' || command.positionals[0]?.value !== 'install') continue;
        const seen = new Set<string>();
        for (const flag of command.flags) {
          const removal = REMOVED_PIP_OPTIONS[flag.name];
          // `-qM` is one word holding two flags; report each word and flag once.
          if (!removal || seen.has(flag.name)) continue;
          seen.add(flag.name);
          // An older pip pinned earlier still has the option (`pip install pip==20.1 && pip install --install-option ...`).
          const pin = pipPinBefore(run, command);
          if (pin?.version && removal.removedIn) {
            const order = compareVersions(pin.version, removal.removedIn);
            if (order < 0 || (order === 0 && pin.exclusive)) continue;
          }
          const when = removal.removedIn ? `was removed in pip ${removal.removedIn}` : 'was removed from pip';
          report({ message: `pip option ${flag.name} ${when}: ${removal.instead}`, range: flag.word.range });
        }
      }
    }
  },
});
