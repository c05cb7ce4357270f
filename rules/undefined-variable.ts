import type { Instruction, Range } from '../src/dockerfile/model';
import { expand } from '../src/dockerfile/variables';
import { defineRule } from '../src/lint/rule';
import { closestName } from '../src/lint/suggest';

interface Text {
  value: string;
  range: Range;
  /** Names declared by earlier pairs of the same ARG instruction. */
  declared?: readonly string[];
}

/** Words of an instruction that Docker expands itself (not the shell). */
function expandedWords(inst: Instruction): Text[] {
  const words: Text[] = [];
  switch (inst.keyword) {
    case 'ENV':
    case 'LABEL':
      for (const pair of inst.pairs) if (pair.rawValue !== null && pair.valueRange) words.push({ value: pair.rawValue, range: pair.valueRange });
      break;
    case 'ARG': {
      const declared: string[] = [];
      for (const pair of inst.pairs) {
        if (pair.rawValue !== null && pair.valueRange) words.push({ value: pair.rawValue, range: pair.valueRange, declared: [...declared] });
        declared.push(pair.key);
      }
      break;
    }
    case 'COPY':
    case 'ADD':
      for (const word of inst.execArgs ?? inst.args) if (!word.value.startsWith('<<')) words.push(word);
      for (const flag of inst.flags) {
        const name = flag.name.toLowerCase();
        if ((name === 'chown' || name === 'chmod') && flag.value !== null && flag.valueRange) words.push({ value: flag.value, range: flag.valueRange });
      }
      break;
    case 'WORKDIR':
    case 'USER':
    case 'VOLUME':
    case 'STOPSIGNAL':
      words.push(...(inst.execArgs ?? inst.args));
      break;
    case 'RUN':
      for (const flag of inst.flags) {
        if (flag.name.toLowerCase() === 'mount' && flag.value !== null && flag.valueRange) words.push({ value: flag.value, range: flag.valueRange });
      }
      break;
  }
  return words;
}

function referenceRange(word: Text, offset: number, length: number): Range {
  const { start, end } = word.range;
  const width = end.character - start.character;
  // Exec-form words are JSON strings: their range includes the quotes.
  const shift = width === word.value.length ? 0 : width === word.value.length + 2 ? 1 : -1;
  if (start.line !== end.line || shift < 0) return word.range;
  const from = start.character + shift + offset;
  return { start: { line: start.line, character: from }, end: { line: start.line, character: from + length } };
}

export default defineRule({
  id: 'undefined-variable',
  aliases: ['UndefinedVar'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'A `$VAR` that no ARG or ENV defines, in a word Docker expands itself',
    details: `Flags \`$NAME\` and \`\${NAME}\` when no ARG or ENV before it in the stage (or ENV of the stage it is built
on) declares \`NAME\`, in the words Docker expands itself: ENV and LABEL values, ARG defaults, COPY and ADD
sources, destination, \`--chown\` and \`--chmod\`, WORKDIR, USER, VOLUME, STOPSIGNAL, and RUN \`--mount\` options.
When a declared name is close, the message suggests it (\`did you mean $APP_HOME?\`).

RUN commands are not checked: the shell expands them, and their variables may come from the base image or the
script itself.`,
    why: `Docker replaces an undefined variable with nothing, without a word: \`COPY app $APP_HOME/\` copies into
\`/\`, \`USER $APP_USER\` fails at run time, and a misspelt \`$APP_HOEM\` goes unnoticed until the image misbehaves.
ARGs declared before the first FROM are not visible inside a stage until the stage repeats \`ARG NAME\`.`,
    bad: `FROM alpine:3.20
ENV APP_HOME=/app
WORKDIR $APP_HOEM
COPY app.py $APP_HOME/`,
    good: `FROM alpine:3.20
ENV APP_HOME=/app
WORKDIR $APP_HOME
COPY app.py $APP_HOME/`,
    notes: `Same as BuildKit's \`UndefinedVar\` check, with one difference: BuildKit also knows the ENV of the base
image, which a static linter cannot read. Names that base images commonly set (\`PATH\`, \`HOME\`, \`LANG\`,
\`JAVA_HOME\`, \`GOPATH\`, \`PYTHON_VERSION\`, ...) are therefore never reported. A reference with a default or
an alternative (\`\${NAME:-x}\`, \`\${NAME:+x}\`) is not reported: its author expects it may be unset. Single
quotes in ENV and LABEL values keep \`$\` literal, as in Docker. ONBUILD triggers are not checked: they expand
in a later build. Built-in build arguments (\`TARGETARCH\`...) must be declared with \`ARG\` in the stage to be
used, as Docker requires.`,
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (!inst.stage) continue;
      for (const word of expandedWords(inst)) {
        const expansion = expand(word.value, () => undefined, file.escapeChar);
        for (const ref of expansion.references) {
          if (inst.scope.has(ref.name) || word.declared?.includes(ref.name)) continue;
          const text = word.value.slice(ref.offset, ref.offset + ref.length);
          if (text !== `$${ref.name}` && text !== `\${${ref.name}}`) continue;
          if (IMAGE_ENV.has(ref.name)) continue;
          const candidates = [...inst.scope.keys(), ...(word.declared ?? [])];
          const suggestion = closestName(ref.name, candidates);
          report({
            message: `Usage of undefined variable '$${ref.name}'${suggestion ? ` (did you mean $${suggestion}?)` : ''}`,
            range: referenceRange(word, ref.offset, ref.length),
          });
        }
      }
    }
  },
});

/** Variables that base images commonly set in their config (official images, distributions, language runtimes). */
const IMAGE_ENV: ReadonlySet<string> = new Set([
  'PATH', 'HOME', 'LANG', 'LANGUAGE', 'LC_ALL', 'TERM', 'HOSTNAME', 'USER', 'SHELL', 'PWD', 'TZ', 'DEBIAN_FRONTEND',
  'JAVA_HOME', 'JAVA_VERSION', 'JDK_VERSION', 'MAVEN_HOME', 'MAVEN_CONFIG', 'GRADLE_HOME', 'GRADLE_VERSION', 'CATALINA_HOME',
  'GOPATH', 'GOROOT', 'GOLANG_VERSION', 'GOTOOLCHAIN', 'CARGO_HOME', 'RUSTUP_HOME', 'RUST_VERSION',
  'PYTHON_VERSION', 'PYTHON_PIP_VERSION', 'PYTHON_SHA256', 'PIP_NO_CACHE_DIR', 'VIRTUAL_ENV',
  'NODE_VERSION', 'YARN_VERSION', 'NPM_CONFIG_PREFIX', 'RUBY_VERSION', 'RUBY_MAJOR', 'GEM_HOME', 'BUNDLE_PATH',
  'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG', 'PHP_VERSION', 'PHP_INI_DIR', 'PHPIZE_DEPS', 'APACHE_CONFDIR',
  'APACHE_ENVVARS', 'HTTPD_PREFIX', 'HTTPD_VERSION', 'NGINX_VERSION', 'NJS_VERSION', 'PKG_RELEASE', 'DOTNET_VERSION',
  'ASPNET_VERSION', 'ASPNETCORE_URLS', 'DOTNET_RUNNING_IN_CONTAINER', 'ERLANG_VERSION', 'ELIXIR_VERSION',
  'PERL_VERSION', 'GPG_KEY', 'GOSU_VERSION', 'LD_LIBRARY_PATH', 'PKG_CONFIG_PATH', 'MANPATH', 'CONDA_DIR',
  'NVM_DIR', 'SDKMAN_DIR', 'DOCKER_VERSION', 'ProgramFiles', 'ProgramData', 'USERPROFILE', 'APPDATA', 'TEMP', 'TMP',
  'SystemRoot', 'windir', 'LOCALAPPDATA', 'ComSpec',
]);
