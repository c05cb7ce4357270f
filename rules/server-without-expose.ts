import { defineRule } from '../src/lint/rule';
import { chainHas, finalStage } from '../src/lint/queries';
import { isPhp, programName } from '../src/dockerfile/command';
import { baseImageName, runsDjangoServer, startupCommands, type StartupCommand } from '../src/lint/startup';

// Programs that are network servers whatever their arguments.
const SERVERS = new Set([
  'gunicorn', 'uwsgi', 'uvicorn', 'hypercorn', 'daphne', 'waitress-serve', 'nginx', 'httpd', 'httpd-foreground',
  'apache2-foreground', 'puma', 'unicorn', 'unicorn_rails', 'http-server', 'serve', 'http.server',
]);
const NODE_ENTRY = /^(server|app|index|main)\.[mc]?js$/;

// Images whose config already EXPOSEs a port: official images by name, others by their Docker Hub repository.
const EXPOSING_IMAGES = new Set([
  'nginx', 'httpd', 'tomcat', 'tomee', 'jetty', 'caddy', 'traefik', 'haproxy', 'varnish', 'ghost', 'drupal', 'joomla',
  'nextcloud', 'mediawiki', 'redmine', 'odoo', 'kong', 'open-liberty', 'websphere-liberty', 'sonarqube', 'registry',
  'eclipse-mosquitto', 'nats', 'postgres', 'mysql', 'mariadb', 'percona', 'mongo', 'redis', 'memcached', 'elasticsearch',
  'influxdb', 'cassandra', 'couchdb', 'rabbitmq', 'neo4j', 'solr', 'zookeeper',
  'nginxinc/nginx-unprivileged', 'openresty/openresty', 'jenkins/jenkins', 'grafana/grafana', 'hashicorp/consul',
  'hashicorp/vault', 'postgis/postgis', 'timescale/timescaledb', 'percona/percona-server', 'clickhouse/clickhouse-server',
  'minio/minio', 'mongodb/mongodb-community-server',
  ...['nginx', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'redis', 'memcached', 'elasticsearch', 'influxdb', 'cassandra',
    'couchdb', 'rabbitmq', 'neo4j', 'clickhouse', 'solr', 'zookeeper', 'minio'].map((name) => `bitnami/${name}`),
]);

/** The server the command starts, as a short name for the message; null when it is not evidently a server. */
function serverOf(command: StartupCommand): string | null {
  const name = command.name;
  const args = command.args.map((w) => w.value);
  // Bound to a Unix socket only (`gunicorn -b unix:/run/app.sock`, `uvicorn --uds`): no port to document.
  if (args.some((a) => a.startsWith('unix:') || a.startsWith('--bind=unix:') || a === '--uds' || a.startsWith('--uds='))) return null;
  if (SERVERS.has(name)) return name;
  if (/^php-fpm[0-9.]*$/.test(name)) return name;
  if ((name === 'apache2ctl' || name === 'apachectl' || name === 'apache2') && foreground(args)) return `${name} -D FOREGROUND`;
  if (name === 'caddy' && ['run', 'file-server', 'reverse-proxy'].includes(args[0] ?? '')) return `caddy ${args[0]}`;
  if (name === 'rails' && (args[0] === 'server' || args[0] === 's')) return `rails ${args[0]}`;
  if (isPhp(name) && args.includes('-S')) return 'php -S';
  if (name === 'node' || name === 'nodejs') {
    const script = args.find((a) => !a.startsWith('-'));
    if (script && NODE_ENTRY.test(programName(script))) return `node ${programName(script)}`;
  }
  if (name === 'npm' && (args[0] === 'start' || (args[0] === 'run' && args[1] === 'start'))) return 'npm start';
  // `java -jar tool.jar input.txt`: positional arguments after the jar say a command-line tool.
  if (name === 'java' && args.includes('-jar') && args.slice(args.indexOf('-jar') + 2).every((a) => a.startsWith('-'))) return 'java -jar';
  if ((name === 'flask' || name === 'streamlit') && args.includes('run')) return `${name} run`;
  if (runsDjangoServer(command)) return 'manage.py runserver';
  return null;
}

/** `apache2ctl -D FOREGROUND`, `-DFOREGROUND`. */
function foreground(args: readonly string[]): boolean {
  return args.some((a, i) => a === '-DFOREGROUND' || (a === '-D' && args[i + 1] === 'FOREGROUND'));
}

export default defineRule({
  id: 'server-without-expose',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  docs: {
    summary: 'The image runs a network server but does not document its port with EXPOSE',
    details: `Flags the \`CMD\`/\`ENTRYPOINT\` of the final stage when it evidently starts a network server and
neither the final stage nor the stages it is built on has an \`EXPOSE\`. Servers recognised: gunicorn, uwsgi,
uvicorn, hypercorn, daphne, waitress-serve, nginx, httpd, \`apache2ctl -D FOREGROUND\`, \`caddy run\`, puma,
unicorn, \`rails server\`, \`php -S\`, php-fpm, \`node server.js\` (also \`app\`, \`index\`, \`main\` with \`.js\`,
\`.mjs\`, \`.cjs\`), \`npm start\`, \`java -jar\`, \`flask run\`, \`python manage.py runserver\`, \`streamlit run\`,
\`http-server\` and \`serve\`, also behind \`tini\`, \`dumb-init\`, \`gosu\`, \`exec\`, \`python -m\`, \`npx\`,
\`bundle exec\`, an entrypoint script followed by the CMD, or \`sh -c "..."\`.`,
    why: `\`EXPOSE\` does not publish anything, but it is the image's documentation of where it listens:
\`docker run -P\`, \`docker inspect\`, Compose and orchestrators read it, and readers of the Dockerfile look
for it. "Pythons in a Container" (PyCon 2016): "expose ports and volumes to document image".`,
    bad: `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]`,
    notes: `- Quiet when the \`CMD\` and \`ENTRYPOINT\` both come from the base image (not written in this Dockerfile),
  and when the base image is an official server image that already exposes its port (nginx, httpd, tomcat,
  caddy, traefik, haproxy, \`php:*-apache\`/\`php:*-fpm\`, wordpress, the database images...) or a Docker Hub
  image that does (\`nginxinc/nginx-unprivileged\`, \`bitnami/nginx\`...), or when the base image is an ARG without
  a value. Images from other registries (\`ghcr.io/me/nginx\`) are not taken for the official ones.
- A server bound to a Unix socket only (\`gunicorn -b unix:/run/app.sock\`, \`uvicorn --uds\`) has no port.
- Only the final stage is checked; an \`EXPOSE\` in a stage it is built \`FROM\` counts.
- \`java -jar app.jar\` counts as a server only when no positional argument follows the jar
  (\`java -jar tool.jar input.txt\` is a command-line tool).
- Windows shell-form commands are not read; exec form is.`,
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage || chainHas(stage, 'EXPOSE')) return;
    const base = baseImageName(stage);
    if (base === 'unknown') return;
    if (base && (EXPOSING_IMAGES.has(base.name) || (base.name === 'php' && /apache|fpm/.test(base.tag)) || (base.name === 'wordpress' && !base.tag.includes('cli')))) return;
    for (const command of startupCommands(file, stage)) {
      const server = serverOf(command);
      if (!server) continue;
      report({
        message: `\`${server}\` serves on the network but the image has no \`EXPOSE\`; document the port it listens on`,
        range: command.instruction.range,
      });
      return;
    }
  },
});
