import { defineRule } from '../src/lint/rule';
import { chainHas, finalStage } from '../src/lint/queries';
import { baseImageName, serviceStartText, startedService, startupCommands, type StartupCommand } from '../src/lint/startup';

// Programs that keep data in a data directory, by the name shown in messages. memcached keeps nothing on disk.
const DATA_SERVICES: Record<string, string> = {
  postgres: 'postgres', postmaster: 'postgres', mysqld: 'mysqld', mysqld_safe: 'mysqld', mariadbd: 'mariadbd',
  'mariadbd-safe': 'mariadbd', mongod: 'mongod', 'redis-server': 'redis-server', elasticsearch: 'elasticsearch',
  influxd: 'influxd', cassandra: 'cassandra', etcd: 'etcd', couchdb: 'couchdb', 'rabbitmq-server': 'rabbitmq-server',
  'clickhouse-server': 'clickhouse-server',
};
// Programs whose subcommand starts the service (`minio server /data`, `pg_ctl start`).
const SUBCOMMAND_SERVICES: Record<string, readonly string[]> = {
  minio: ['server'], clickhouse: ['server'], neo4j: ['console', 'start'], pg_ctl: ['start'], pg_ctlcluster: ['start'],
};
// `service NAME start` names.
const SERVICE_NAMES = new Set([
  'postgresql', 'mysql', 'mariadb', 'mongod', 'mongodb', 'redis', 'redis-server', 'elasticsearch', 'influxdb',
  'cassandra', 'couchdb', 'rabbitmq-server', 'neo4j', 'clickhouse-server', 'etcd',
]);
// Database images whose config declares a VOLUME: official images by name, others by their Docker Hub repository.
const VOLUME_IMAGES = new Set([
  'postgres', 'mysql', 'mariadb', 'percona', 'mongo', 'redis', 'elasticsearch', 'influxdb', 'cassandra', 'couchdb',
  'rabbitmq', 'neo4j',
  ...['postgresql', 'mysql', 'mariadb', 'mongodb', 'redis', 'elasticsearch', 'influxdb', 'cassandra', 'couchdb', 'rabbitmq',
    'neo4j', 'clickhouse', 'minio', 'etcd'].map((name) => `bitnami/${name}`),
  'postgis/postgis', 'timescale/timescaledb', 'timescale/timescaledb-ha', 'percona/percona-server', 'clickhouse/clickhouse-server',
  'yandex/clickhouse-server', 'minio/minio', 'mongodb/mongodb-community-server',
]);

/** The data service the command starts, for the message; null when it starts none. */
function dataServiceOf(command: StartupCommand): string | null {
  const args = command.args.map((w) => w.value);
  const direct = DATA_SERVICES[command.name];
  if (direct) return direct;
  if (SUBCOMMAND_SERVICES[command.name]?.includes(args[0] ?? '')) return `${command.name} ${args[0]}`;
  const shell = command.shell;
  if (!shell) return null;
  // `service postgresql start`, `/etc/init.d/mysql start`.
  const service = startedService(shell);
  return service && SERVICE_NAMES.has(service) ? serviceStartText(shell, service) : null;
}

export default defineRule({
  id: 'data-dir-without-volume',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  docs: {
    summary: 'The image runs a database or data service but declares no VOLUME for its data',
    details: `Flags the \`CMD\`/\`ENTRYPOINT\` of the final stage when it starts a database or data service and
neither the final stage nor the stages it is built on has a \`VOLUME\`. Services recognised: postgres
(\`pg_ctl start\`), mysqld, mariadbd, mongod, redis-server, elasticsearch, influxd, cassandra, etcd,
\`minio server\`, couchdb, rabbitmq-server, neo4j, clickhouse-server, also started as
\`service postgresql start\` in a shell-form command, behind init wrappers or an entrypoint script.
memcached is not one: it keeps nothing on disk.`,
    why: `A database writes to its data directory. Without a volume, that data lives in the container's
writable layer: it is lost with the container, it is slow (copy-on-write), and nothing in the image tells
the operator which directory to keep. "Pythons in a Container" (PyCon 2016) advises: "expose ports and
volumes to document image", and "changes to container lost after container destroyed. Volume maps to
external host folder for persistence." The base image in "Python in Docker" declares
\`VOLUME ["/schema", "/data"]\` for its data.`,
    bad: `FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends postgresql \\
    && rm -rf /var/lib/apt/lists/*
USER postgres
CMD ["/usr/lib/postgresql/15/bin/postgres", "-D", "/var/lib/postgresql/data"]`,
    good: `FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends postgresql \\
    && rm -rf /var/lib/apt/lists/*
USER postgres
VOLUME /var/lib/postgresql/data
CMD ["/usr/lib/postgresql/15/bin/postgres", "-D", "/var/lib/postgresql/data"]`,
    notes: `- Quiet when the \`CMD\` and \`ENTRYPOINT\` both come from the base image, when the base image is an
  official database image that already declares a \`VOLUME\` (postgres, mysql, mariadb, mongo, redis,
  elasticsearch, influxdb, cassandra, couchdb, rabbitmq, neo4j...) or a Docker Hub database image that does
  (\`bitnami/postgresql\`, \`postgis/postgis\`, \`clickhouse/clickhouse-server\`...), or when it is an ARG
  without a value. Images from other registries (\`ghcr.io/me/postgres\`) are not taken for the official ones.
- Only the final stage is checked; a \`VOLUME\` in a stage it is built \`FROM\` counts.
- A cache-only service (\`redis-server --save ""\`) may disable the rule with an inline ignore.`,
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage || chainHas(stage, 'VOLUME')) return;
    const base = baseImageName(stage);
    if (base === 'unknown' || (base && VOLUME_IMAGES.has(base.name))) return;
    for (const command of startupCommands(file, stage)) {
      const service = dataServiceOf(command);
      if (!service) continue;
      report({
        message: `\`${service}\` keeps its data in the container but the image has no \`VOLUME\`; declare the data directory as a volume`,
        range: command.instruction.range,
      });
      return;
    }
  },
});
