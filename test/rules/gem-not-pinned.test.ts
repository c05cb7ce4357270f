import rule from '../../rules/gem-not-pinned';
import { ruleTable } from '../rule-table';

const PIN = (name: string) => `\`${name}\` is not pinned to a version: use \`${name}:<version>\` or \`-v <version>\``;

ruleTable(rule, {
  accept: [
    { description: 'name:version (hadolint example)', code: 'FROM ruby:3.3\nRUN gem install bundler:2.5.6\n' },
    { description: '-v', code: 'FROM ruby:3.3\nRUN gem install bundler -v 2.5.6\n' },
    { description: '--version=', code: 'FROM ruby:3.3\nRUN gem install rails --version="~> 7.1"\n' },
    { description: 'version from an ENV', code: 'FROM ruby:3.3\nENV BUNDLER_VERSION=2.5.6\nRUN gem install bundler:$BUNDLER_VERSION && gem install rake -v "$BUNDLER_VERSION"\n' },
    { description: 'a local .gem file', code: 'FROM ruby:3.3\nCOPY pkg/app-1.0.gem /tmp/\nRUN gem install /tmp/app-1.0.gem\n' },
    { description: 'gem deps file', code: 'FROM ruby:3.3\nRUN gem install -g Gemfile\n' },
    { description: 'option values and build options after --', code: 'FROM ruby:3.3\nRUN gem install --install-dir /gems -n /usr/local/bin --source https://rubygems.org mysql2:0.5.6 -- --with-mysql-config=/usr/bin/mysql_config extra\n' },
    { description: 'gem update is not install', code: 'FROM ruby:3.3\nRUN gem update --system && gem cleanup\n' },
    { description: 'exec form is not read', code: 'FROM ruby:3.3\nRUN ["gem", "install", "bundler"]\n' },
  ],
  reject: [
    {
      description: 'hadolint example',
      code: 'FROM ruby:3.3\nRUN gem install bundler\n',
      findings: [{ message: PIN('bundler'), line: 2, column: 17, endLine: 2, endColumn: 24 }],
    },
    {
      description: 'each unpinned gem, option values skipped',
      code: 'FROM ruby:3.3\nRUN gem install --no-document -i /gems rake:13.2.1 rails puma\n',
      findings: [
        { message: PIN('rails'), line: 2, column: 52, endLine: 2, endColumn: 57 },
        { message: PIN('puma'), line: 2, column: 58, endLine: 2, endColumn: 62 },
      ],
    },
    {
      description: 'a gem before the build options',
      code: 'FROM ruby:3.3\nRUN gem install mysql2 -- --with-mysql-dir=/usr\n',
      findings: [{ message: PIN('mysql2'), line: 2, column: 17, endLine: 2, endColumn: 23 }],
    },
    {
      description: 'heredoc',
      code: 'FROM ruby:3.3\nRUN <<EOF\ngem install rake\nEOF\n',
      findings: [{ message: PIN('rake'), line: 3, column: 13, endLine: 3, endColumn: 17 }],
    },
  ],
});
