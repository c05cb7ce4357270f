import type { Dockerfile, Range } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, finalStage, packageCommand } from '../src/lint/queries';
import { isPhp, isPython, programName } from '../src/dockerfile/command';
import { runCommands, runsDjangoServer, startupCommands, type StartupCommand } from '../src/lint/startup';

const PYTHON_SERVER = 'run the app with gunicorn or uWSGI';
const NODE_SERVER = "build the app and run the framework's production server";
// Scripts that, in a Flask or Django image, are the app started with its built-in server.
const APP_SCRIPTS = new Set(['app.py', 'main.py', 'run.py', 'server.py', 'application.py']);
const WEB_FRAMEWORKS = new Set(['flask', 'django']);

interface DevServer {
  message: string;
  range: Range;
}

function devServerOf(command: StartupCommand, installsFramework: () => boolean): DevServer | null {
  const name = command.name;
  const args = command.args.map((w) => w.value);
  const at = (message: string): DevServer => ({ message, range: command.range });
  if (runsDjangoServer(command)) return at(`\`runserver\` is Django's development server; ${PYTHON_SERVER}`);
  if (name === 'flask' && args.includes('run')) return at(`\`flask run\` is Flask's development server; ${PYTHON_SERVER}`);
  if (name === 'uvicorn' || name === 'gunicorn' || name === 'hypercorn') {
    const reload = command.args.find((w) => w.value === '--reload' || w.value.startsWith('--reload='));
    if (reload && reload.value !== '--reload=false') {
      const production = name === 'uvicorn' ? 'drop it, or run uvicorn workers under gunicorn' : 'drop it';
      return { message: `\`${name} --reload\` restarts the server on code changes, a development setting; ${production}`, range: reload.range };
    }
  }
  if (name === 'nodemon') return at(`\`nodemon\` restarts the app on file changes, a development tool; run the app with \`node\``);
  if ((name === 'npm' || name === 'yarn' || name === 'pnpm' || name === 'bun') && runsDevScript(name, args)) {
    return at(`\`${name} ${args.slice(0, args.indexOf('dev') + 1).join(' ')}\` runs the development server; ${NODE_SERVER}`);
  }
  if (name === 'ng' && args[0] === 'serve') return at(`\`ng serve\` is Angular's development server; ${NODE_SERVER}`);
  if (name === 'next' && args[0] === 'dev') return at(`\`next dev\` is Next.js's development server; build the app and run \`next start\``);
  if (name === 'vite' && (args.length === 0 || args[0] === 'dev' || args[0] === 'serve' || args[0]!.startsWith('-'))) {
    return at(`\`vite\` is Vite's development server; build the app and serve the output with a web server`);
  }
  if ((name === 'webpack' && args[0] === 'serve') || name === 'webpack-dev-server') {
    return at(`\`${name === 'webpack' ? 'webpack serve' : name}\` is webpack's development server; build the app and serve the output with a web server`);
  }
  if (isPhp(name)) {
    if (args[0] === 'artisan' && args[1] === 'serve') return at('`php artisan serve` is a development server; run php-fpm behind a web server');
    if (args.includes('-S')) return at("`php -S` is PHP's built-in development server; run php-fpm behind a web server");
  }
  if (name === 'rails' && (args[0] === 'server' || args[0] === 's') && developmentEnvironment(args)) {
    return at('`rails server -e development` runs Rails in development mode; use the production environment');
  }
  if (isPython(name)) {
    const script = args.find((a) => !a.startsWith('-'));
    if (script && APP_SCRIPTS.has(programName(script)) && installsFramework()) {
      return at(`\`python ${script}\` runs the app with the framework's development server; ${PYTHON_SERVER}`);
    }
  }
  return null;
}

/** `npm run dev`, `yarn dev`, `yarn run dev`, `pnpm dev`, `pnpm run dev`, `bun run dev`. */
function runsDevScript(manager: string, args: readonly string[]): boolean {
  if (args[0] === 'run' && args[1] === 'dev') return true;
  return (manager === 'yarn' || manager === 'pnpm') && args[0] === 'dev';
}

function developmentEnvironment(args: readonly string[]): boolean {
  return args.some((a, i) =>
    ((a === '-e' || a === '--environment') && args[i + 1] === 'development') || a === '--environment=development' || a === '-edevelopment');
}

/** True when some RUN installs Flask or Django by name (`pip install flask`, `pipenv install django==5.0`). */
function installsWebFramework(file: Dockerfile): boolean {
  for (const inst of allRuns(file)) {
    for (const command of runCommands(inst)) {
      const pkg = packageCommand(command);
      let packages = pkg && pkg.action === 'install' && (pkg.manager === 'pip' || pkg.manager === 'pipenv' || pkg.manager === 'poetry') ? pkg.packages : [];
      // `uv pip install flask`
      if (command.name === 'uv' && command.positionals[0]?.value === 'pip' && command.positionals[1]?.value === 'install') packages = command.positionals.slice(2);
      for (const word of packages) {
        const project = /^[A-Za-z0-9._-]+/.exec(word.value ?? '')?.[0]?.toLowerCase();
        if (project && WEB_FRAMEWORKS.has(project)) return true;
      }
    }
  }
  return false;
}

const DEV_WORDS = new Set(['dev', 'develop', 'development', 'local', 'debug']);

/** `Dockerfile.dev`, `dev.Dockerfile`, `docker/development/Dockerfile`, a last stage named `dev`: made for development. */
function madeForDevelopment(file: Dockerfile, stageName: string | null): boolean {
  const parts = file.path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  const dir = parts[parts.length - 2] ?? '';
  return name.toLowerCase().split(/[._-]/).some((w) => DEV_WORDS.has(w)) || DEV_WORDS.has(dir.toLowerCase())
    || (stageName !== null && stageName.split(/[._-]/).some((w) => DEV_WORDS.has(w)));
}

export default defineRule({
  id: 'dev-server-cmd',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: "The image's CMD or ENTRYPOINT runs a development server",
    details: `Flags the \`CMD\`/\`ENTRYPOINT\` of the final stage when it starts a development server:
\`python manage.py runserver\`, \`flask run\`, \`uvicorn\`/\`gunicorn\`/\`hypercorn\` with \`--reload\` (the
finding points at the flag), \`nodemon\`, \`npm run dev\`, \`yarn dev\`, \`pnpm dev\`, \`ng serve\`, \`next dev\`,
\`vite\` (bare or \`vite dev\`), \`webpack serve\`, \`webpack-dev-server\`, \`php artisan serve\`, \`php -S\`,
and \`rails server -e development\`. \`python app.py\` (or \`main.py\`, \`run.py\`, \`server.py\`,
\`application.py\`) is flagged only when the Dockerfile installs Flask or Django by name, since such a script
then usually calls \`app.run()\`, Flask's development server.`,
    why: `Development servers are built for one developer: single-threaded or barely concurrent, with
reloaders and debuggers, and without the security review of a production server (Django's documentation:
"DO NOT USE THIS SERVER IN A PRODUCTION SETTING"). "Pythons in a Container" (PyCon 2016): "Just run WSGI apps
using a WSGI app server like uWSGI or gunicorn."`,
    bad: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "mysite.wsgi"]`,
    notes: `- Only the final stage's startup is checked: a \`dev\` stage that is not the last one is a deliberate
  development target. A Dockerfile made for development is not checked either: a file named like
  \`Dockerfile.dev\`, \`dev.Dockerfile\`, \`Dockerfile.local\`, one in a \`dev\`/\`development\` directory, or
  one whose last stage is named \`dev\`/\`development\`.
- Commands that run only under a condition (\`if [ "$DEBUG" ]; then flask run; else gunicorn ...; fi\`) are
  not flagged.
- \`CMD\`/\`ENTRYPOINT\` inherited from the base image are not checked. Windows shell-form commands are not
  read; exec form is.`,
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage || madeForDevelopment(file, stage.name)) return;
    let framework: boolean | null = null;
    const installsFramework = () => (framework ??= installsWebFramework(file));
    for (const command of startupCommands(file, stage)) {
      if (command.shell?.conditional) continue;
      const found = devServerOf(command, installsFramework);
      if (found) report(found);
    }
  },
});
