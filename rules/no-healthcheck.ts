import { defineRule } from '../src/lint/rule';
import { chainHas, finalStage } from '../src/lint/queries';

export default defineRule({
  id: 'no-healthcheck',
  aliases: ['DL3057'],
  severity: 'info',
  category: 'maintainability',
  enabledByDefault: false,
  docs: {
    summary: 'The image has no HEALTHCHECK',
    details: `Reports the \`FROM\` of the final stage when neither it nor an earlier stage it is built on
(\`FROM builder\`) has a \`HEALTHCHECK\` instruction. \`HEALTHCHECK NONE\` counts: it is a decision.`,
    why: `Without a health check Docker (and Swarm, and Compose's \`depends_on: condition: service_healthy\`)
knows only that the process runs, not that it answers: a server stuck in a deadlock or unable to reach
its database stays "up".`,
    bad: `FROM nginx:1.27
COPY site /usr/share/nginx/html`,
    good: `FROM nginx:1.27
COPY site /usr/share/nginx/html
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/ || exit 1`,
    notes: `Off by default, as in hadolint: many images are run by orchestrators that probe health
themselves (Kubernetes ignores HEALTHCHECK), and a base image may already define one, which the
Dockerfile does not show. Only the final stage is checked: builder stages are never run as containers
(hadolint checks every stage).`,
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage || chainHas(stage, 'HEALTHCHECK')) return;
    report({ message: 'the image has no HEALTHCHECK', range: stage.from.keywordRange });
  },
});
