// End-of-life dates of the distributions and language runtimes behind Docker Hub's official images.
//
// Where the dates come from: the endoflife.date pages (https://endoflife.date/<product>) cross-checked with
// each vendor's own release page, given per entry as `source`:
// - Ubuntu: end of *standard* support (https://ubuntu.com/about/release-cycle, https://wiki.ubuntu.com/Releases).
//   Expanded Security Maintenance is a paid subscription the public images do not get, and Docker Hub stops
//   rebuilding the tags at the end of standard support.
// - Debian: end of the Debian LTS period (https://wiki.debian.org/LTS), the last date a release gets any
//   free security update.
// - CentOS: end of maintenance updates (https://wiki.centos.org/About/Product).
// - Alpine: end of support of the branch (https://alpinelinux.org/releases/).
// - Python: end of life of the branch (https://devguide.python.org/versions/).
// - Node.js: end of life of the release line (https://github.com/nodejs/Release).
// - Go: a release is supported until the second newer major release ships (https://go.dev/doc/devel/release).
// - PHP: end of security support (https://www.php.net/supported-versions.php, https://www.php.net/eol.php).
// - Ruby: end of life of the branch (https://www.ruby-lang.org/en/downloads/branches/).
// Only dates that are published are listed; a release missing here is simply not reported.

export interface EndOfLife {
  /** The release as it appears at the start of a tag: `3.7`, `trusty`, `centos7`; also matches `3.7.1`, `trusty-2019`. */
  versions: readonly string[];
  /** Tags that name the release only as a whole (`python:2` is 2.7, `centos:latest` is 8): matched alone or before a `-`, never `2.6`. */
  aliases?: readonly string[];
  /** ISO date (YYYY-MM-DD) from which the release gets no more updates. */
  eol: string;
  source: string;
}

export interface EndOfLifeTable {
  /** Image repository on Docker Hub (official images, without `library/`). */
  repository: string;
  /** True for a language runtime image, whose tags may name a base distribution (`python:3.7-buster`). */
  runtime: boolean;
  releases: readonly EndOfLife[];
}

const UBUNTU = 'https://ubuntu.com/about/release-cycle';
const UBUNTU_WIKI = 'https://wiki.ubuntu.com/Releases';
const DEBIAN = 'https://wiki.debian.org/LTS';
const CENTOS = 'https://wiki.centos.org/About/Product';
const ALPINE = 'https://alpinelinux.org/releases/';
const PYTHON = 'https://devguide.python.org/versions/';
const NODE = 'https://github.com/nodejs/Release';
const GO = 'https://go.dev/doc/devel/release';
const PHP = 'https://www.php.net/eol.php';
const PHP_SUPPORTED = 'https://www.php.net/supported-versions.php';
const RUBY = 'https://www.ruby-lang.org/en/downloads/branches/';

const ubuntu: EndOfLife[] = [
  { versions: ['10.04', 'lucid'], eol: '2015-04-30', source: UBUNTU_WIKI },
  { versions: ['12.04', 'precise'], eol: '2017-04-28', source: UBUNTU },
  { versions: ['12.10', 'quantal'], eol: '2014-05-16', source: UBUNTU_WIKI },
  { versions: ['13.04', 'raring'], eol: '2014-01-27', source: UBUNTU_WIKI },
  { versions: ['13.10', 'saucy'], eol: '2014-07-17', source: UBUNTU_WIKI },
  { versions: ['14.04', 'trusty'], eol: '2019-04-30', source: UBUNTU },
  { versions: ['14.10', 'utopic'], eol: '2015-07-23', source: UBUNTU_WIKI },
  { versions: ['15.04', 'vivid'], eol: '2016-02-04', source: UBUNTU_WIKI },
  { versions: ['15.10', 'wily'], eol: '2016-07-28', source: UBUNTU_WIKI },
  { versions: ['16.04', 'xenial'], eol: '2021-04-30', source: UBUNTU },
  { versions: ['16.10', 'yakkety'], eol: '2017-07-20', source: UBUNTU_WIKI },
  { versions: ['17.04', 'zesty'], eol: '2018-01-13', source: UBUNTU_WIKI },
  { versions: ['17.10', 'artful'], eol: '2018-07-19', source: UBUNTU_WIKI },
  { versions: ['18.04', 'bionic'], eol: '2023-05-31', source: UBUNTU },
  { versions: ['18.10', 'cosmic'], eol: '2019-07-18', source: UBUNTU_WIKI },
  { versions: ['19.04', 'disco'], eol: '2020-01-23', source: UBUNTU_WIKI },
  { versions: ['19.10', 'eoan'], eol: '2020-07-17', source: UBUNTU_WIKI },
  { versions: ['20.04', 'focal'], eol: '2025-05-31', source: UBUNTU },
  { versions: ['20.10', 'groovy'], eol: '2021-07-22', source: UBUNTU_WIKI },
  { versions: ['21.04', 'hirsute'], eol: '2022-01-20', source: UBUNTU_WIKI },
  { versions: ['21.10', 'impish'], eol: '2022-07-14', source: UBUNTU_WIKI },
  { versions: ['22.10', 'kinetic'], eol: '2023-07-20', source: UBUNTU_WIKI },
  { versions: ['23.04', 'lunar'], eol: '2024-01-25', source: UBUNTU_WIKI },
  { versions: ['23.10', 'mantic'], eol: '2024-07-11', source: UBUNTU_WIKI },
  { versions: ['24.10', 'oracular'], eol: '2025-07-10', source: UBUNTU_WIKI },
  // Nine months after the April 2025 release; the last day of January 2026 at the latest.
  { versions: ['25.04', 'plucky'], eol: '2026-01-31', source: UBUNTU_WIKI },
];

const debian: EndOfLife[] = [
  { versions: ['6', 'squeeze'], eol: '2016-02-29', source: DEBIAN },
  { versions: ['7', 'wheezy'], eol: '2018-05-31', source: DEBIAN },
  { versions: ['8', 'jessie'], eol: '2020-06-30', source: DEBIAN },
  { versions: ['9', 'stretch'], eol: '2022-06-30', source: DEBIAN },
  { versions: ['10', 'buster'], eol: '2024-06-30', source: DEBIAN },
  { versions: ['11', 'bullseye'], eol: '2026-08-31', source: DEBIAN },
];

const centos: EndOfLife[] = [
  { versions: ['5', 'centos5'], eol: '2017-03-31', source: CENTOS },
  { versions: ['6', 'centos6'], eol: '2020-11-30', source: CENTOS },
  { versions: ['7', 'centos7'], eol: '2024-06-30', source: CENTOS },
  // `centos:latest` (and `centos` without a tag) is CentOS Linux 8, the last release the repository got.
  { versions: ['8', 'centos8'], aliases: ['latest'], eol: '2021-12-31', source: CENTOS },
];

const alpine: EndOfLife[] = [
  { versions: ['3.0'], eol: '2016-05-01', source: ALPINE },
  { versions: ['3.1'], eol: '2016-11-01', source: ALPINE },
  { versions: ['3.2'], eol: '2017-05-01', source: ALPINE },
  { versions: ['3.3'], eol: '2017-11-01', source: ALPINE },
  { versions: ['3.4'], eol: '2018-05-01', source: ALPINE },
  { versions: ['3.5'], eol: '2018-11-01', source: ALPINE },
  { versions: ['3.6'], eol: '2019-05-01', source: ALPINE },
  { versions: ['3.7'], eol: '2019-11-01', source: ALPINE },
  { versions: ['3.8'], eol: '2020-05-01', source: ALPINE },
  { versions: ['3.9'], eol: '2020-11-01', source: ALPINE },
  { versions: ['3.10'], eol: '2021-05-01', source: ALPINE },
  { versions: ['3.11'], eol: '2021-11-01', source: ALPINE },
  { versions: ['3.12'], eol: '2022-05-01', source: ALPINE },
  { versions: ['3.13'], eol: '2022-11-01', source: ALPINE },
  { versions: ['3.14'], eol: '2023-05-01', source: ALPINE },
  { versions: ['3.15'], eol: '2023-11-01', source: ALPINE },
  { versions: ['3.16'], eol: '2024-05-23', source: ALPINE },
  { versions: ['3.17'], eol: '2024-11-22', source: ALPINE },
  { versions: ['3.18'], eol: '2025-05-09', source: ALPINE },
  { versions: ['3.19'], eol: '2025-11-01', source: ALPINE },
  { versions: ['3.20'], eol: '2026-04-01', source: ALPINE },
  { versions: ['3.21'], eol: '2026-11-01', source: ALPINE },
];

const python: EndOfLife[] = [
  { versions: ['2.6'], eol: '2013-10-29', source: PYTHON },
  // `python:2` is 2.7, the last 2.x release.
  { versions: ['2.7'], aliases: ['2'], eol: '2020-01-01', source: PYTHON },
  { versions: ['3.0'], eol: '2009-06-27', source: PYTHON },
  { versions: ['3.1'], eol: '2012-04-09', source: PYTHON },
  { versions: ['3.2'], eol: '2016-02-20', source: PYTHON },
  { versions: ['3.3'], eol: '2017-09-29', source: PYTHON },
  { versions: ['3.4'], eol: '2019-03-18', source: PYTHON },
  { versions: ['3.5'], eol: '2020-09-30', source: PYTHON },
  { versions: ['3.6'], eol: '2021-12-23', source: PYTHON },
  { versions: ['3.7'], eol: '2023-06-27', source: PYTHON },
  { versions: ['3.8'], eol: '2024-10-07', source: PYTHON },
  { versions: ['3.9'], eol: '2025-10-31', source: PYTHON },
  { versions: ['3.10'], eol: '2026-10-31', source: PYTHON },
];

const node: EndOfLife[] = [
  { versions: ['0.10'], eol: '2016-10-31', source: NODE },
  { versions: ['0.12'], eol: '2016-12-31', source: NODE },
  { versions: ['4', 'argon'], eol: '2018-04-30', source: NODE },
  { versions: ['5'], eol: '2016-06-30', source: NODE },
  { versions: ['6', 'boron'], eol: '2019-04-30', source: NODE },
  { versions: ['7'], eol: '2017-06-30', source: NODE },
  { versions: ['8', 'carbon'], eol: '2019-12-31', source: NODE },
  { versions: ['9'], eol: '2018-06-30', source: NODE },
  { versions: ['10', 'dubnium'], eol: '2021-04-30', source: NODE },
  { versions: ['11'], eol: '2019-06-01', source: NODE },
  { versions: ['12', 'erbium'], eol: '2022-04-30', source: NODE },
  { versions: ['13'], eol: '2020-06-01', source: NODE },
  { versions: ['14', 'fermium'], eol: '2023-04-30', source: NODE },
  { versions: ['15'], eol: '2021-06-01', source: NODE },
  { versions: ['16', 'gallium'], eol: '2023-09-11', source: NODE },
  { versions: ['17'], eol: '2022-06-01', source: NODE },
  { versions: ['18', 'hydrogen'], eol: '2025-04-30', source: NODE },
  { versions: ['19'], eol: '2023-06-01', source: NODE },
  { versions: ['20', 'iron'], eol: '2026-04-30', source: NODE },
  { versions: ['21'], eol: '2024-06-01', source: NODE },
  { versions: ['23'], eol: '2025-06-01', source: NODE },
];

// Go 1.N is supported until Go 1.N+2 is released: the date is that release's date.
const golang: EndOfLife[] = [
  { versions: ['1.2'], eol: '2014-12-10', source: GO },
  { versions: ['1.3'], eol: '2015-08-19', source: GO },
  { versions: ['1.4'], eol: '2016-02-17', source: GO },
  { versions: ['1.5'], eol: '2016-08-15', source: GO },
  { versions: ['1.6'], eol: '2017-02-16', source: GO },
  { versions: ['1.7'], eol: '2017-08-24', source: GO },
  { versions: ['1.8'], eol: '2018-02-16', source: GO },
  { versions: ['1.9'], eol: '2018-08-24', source: GO },
  { versions: ['1.10'], eol: '2019-02-25', source: GO },
  { versions: ['1.11'], eol: '2019-09-03', source: GO },
  { versions: ['1.12'], eol: '2020-02-25', source: GO },
  { versions: ['1.13'], eol: '2020-08-11', source: GO },
  { versions: ['1.14'], eol: '2021-02-16', source: GO },
  { versions: ['1.15'], eol: '2021-08-16', source: GO },
  { versions: ['1.16'], eol: '2022-03-15', source: GO },
  { versions: ['1.17'], eol: '2022-08-02', source: GO },
  { versions: ['1.18'], eol: '2023-02-01', source: GO },
  { versions: ['1.19'], eol: '2023-08-08', source: GO },
  { versions: ['1.20'], eol: '2024-02-06', source: GO },
  { versions: ['1.21'], eol: '2024-08-13', source: GO },
  { versions: ['1.22'], eol: '2025-02-11', source: GO },
  { versions: ['1.23'], eol: '2025-08-12', source: GO },
];

const php: EndOfLife[] = [
  { versions: ['5.3'], eol: '2014-08-14', source: PHP },
  { versions: ['5.4'], eol: '2015-09-03', source: PHP },
  { versions: ['5.5'], eol: '2016-07-21', source: PHP },
  // `php:5` and `php:7` were the last minor releases of their majors.
  { versions: ['5.6'], aliases: ['5'], eol: '2018-12-31', source: PHP },
  { versions: ['7.0'], eol: '2019-01-10', source: PHP },
  { versions: ['7.1'], eol: '2019-12-01', source: PHP },
  { versions: ['7.2'], eol: '2020-11-30', source: PHP },
  { versions: ['7.3'], eol: '2021-12-06', source: PHP },
  { versions: ['7.4'], aliases: ['7'], eol: '2022-11-28', source: PHP },
  { versions: ['8.0'], eol: '2023-11-26', source: PHP },
  { versions: ['8.1'], eol: '2025-12-31', source: PHP_SUPPORTED },
];

const ruby: EndOfLife[] = [
  { versions: ['1.9'], eol: '2015-02-23', source: RUBY },
  { versions: ['2.0'], eol: '2016-02-24', source: RUBY },
  { versions: ['2.1'], eol: '2017-03-31', source: RUBY },
  { versions: ['2.2'], eol: '2018-03-31', source: RUBY },
  { versions: ['2.3'], eol: '2019-03-31', source: RUBY },
  { versions: ['2.4'], eol: '2020-03-31', source: RUBY },
  { versions: ['2.5'], eol: '2021-04-05', source: RUBY },
  { versions: ['2.6'], eol: '2022-04-12', source: RUBY },
  // `ruby:2` is 2.7, the last 2.x release.
  { versions: ['2.7'], aliases: ['2'], eol: '2023-03-31', source: RUBY },
  { versions: ['3.0'], eol: '2024-04-23', source: RUBY },
  { versions: ['3.1'], eol: '2025-03-26', source: RUBY },
];

export const END_OF_LIFE: readonly EndOfLifeTable[] = [
  { repository: 'ubuntu', runtime: false, releases: ubuntu },
  { repository: 'debian', runtime: false, releases: debian },
  { repository: 'centos', runtime: false, releases: centos },
  { repository: 'alpine', runtime: false, releases: alpine },
  { repository: 'python', runtime: true, releases: python },
  { repository: 'node', runtime: true, releases: node },
  { repository: 'golang', runtime: true, releases: golang },
  { repository: 'php', runtime: true, releases: php },
  { repository: 'ruby', runtime: true, releases: ruby },
];
