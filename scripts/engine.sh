#!/usr/bin/env bash
# A private Docker Engine for the tests (Debian 12's docker.io, Engine 20.10), on its own socket, never touching
# the host's network. Base images are made locally: no registry is needed.
#
#   scripts/engine.sh start   install what is missing, start dockerd (or reuse the running one), import base images
#   scripts/engine.sh env     print `export DOCKER_HOST=...` (also in $W/env)
#   scripts/engine.sh stop    stop the dockerd this script started, by its pid file, and unmount what it left
#
# Environment:
#   W                     work dir (default /tmp/whale-engine); keep it short, a unix socket path has 108 bytes
#   WHALE_DEBOOTSTRAP=1   also import a Debian bookworm minbase (debootstrap once, ~30 s; the tarball is cached)
#   WHALE_STORAGE_DRIVER  overlay2 or vfs (default: overlay2, falling back to vfs)
#   WHALE_ENGINE_USER     a pid that uses the engine: `start` registers it and `stop` stops the daemon only when
#                         no registered pid is still alive, so concurrent test runs share one daemon safely
#
# Images: whale-test/busybox:latest, and whale-test/debian:bookworm-minbase with WHALE_DEBOOTSTRAP=1.
set -euo pipefail
W=${W:-/tmp/whale-engine}
SOCK=$W/docker.sock
export DEBIAN_FRONTEND=noninteractive
# The 20.10 client matches the daemon and can do BuildKit builds; a newer client may shadow it on PATH.
DOCKER=/usr/bin/docker

log() { echo "engine: $*" >&2; }
die() { log "$*"; exit 1; }

daemon_pid() { # prints the pid of a live daemon started here, or fails
  [ -f "$W/docker.pid" ] || return 1
  local pid; pid=$(cat "$W/docker.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] || return 1
  echo "$pid"
}

ready() { [ -x "$DOCKER" ] && DOCKER_HOST="unix://$SOCK" "$DOCKER" version >/dev/null 2>&1; }

install_missing() {
  local need=()
  command -v dockerd >/dev/null || need+=(docker.io)
  [ -x /bin/busybox ] || need+=(busybox-static)
  command -v skopeo >/dev/null || need+=(skopeo)
  command -v zstd >/dev/null || need+=(zstd)
  if [ "${WHALE_DEBOOTSTRAP:-0}" = 1 ] && ! command -v debootstrap >/dev/null; then need+=(debootstrap); fi
  [ ${#need[@]} -gt 0 ] || return 0
  [ "$(id -u)" = 0 ] || die "missing ${need[*]}; install them (Debian: apt-get install ${need[*]}) or run as root"
  log "installing ${need[*]}"
  # Keep apt from starting a system-wide dockerd: only the private one below runs.
  local policy=/usr/sbin/policy-rc.d made_policy=0
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod 755 "$policy"; made_policy=1; fi
  local status=0
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; } || status=$?
  [ "$made_policy" = 0 ] || rm -f "$policy"
  [ "$status" = 0 ] || die "apt-get install ${need[*]} failed"
}

unmount_leftovers() {
  # dockerd can leave mounts under $W (an nsfs at exec/netns/default after --network=host builds, overlays).
  awk -v w="$W/" 'index($2, w) == 1 {print $2}' /proc/self/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
}

start_dockerd() { # $1 = storage driver
  rm -f "$SOCK" "$W/docker.pid"
  # setsid: the daemon outlives this script and is not hit by the terminal's Ctrl-C; stop ends it by pid.
  setsid dockerd --storage-driver="$1" \
    --iptables=false --ip6tables=false --ip-masq=false --bridge=none \
    --data-root "$W/data" --exec-root "$W/exec" \
    -H "unix://$SOCK" --pidfile "$W/docker.pid" \
    >"$W/dockerd.log" 2>&1 </dev/null 9>&- &
  local launcher=$!
  for _ in $(seq 1 300); do # up to 30 s
    ready && return 0
    kill -0 "$launcher" 2>/dev/null || return 1 # dockerd exited (e.g. overlay2 unsupported here)
    sleep 0.1
  done
  kill -TERM "$launcher" 2>/dev/null || true
  return 1
}

has_image() { DOCKER_HOST="unix://$SOCK" "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

import_busybox() {
  has_image whale-test/busybox:latest && return 0
  local root="$W/busybox-rootfs"
  rm -rf "$root"; mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/root"
  cp /bin/busybox "$root/bin/busybox"
  # Every applet busybox offers, as a symlink, so RUN lines can use the usual commands.
  for a in $(/bin/busybox --list); do [ "$a" = busybox ] || ln -sf busybox "$root/bin/$a"; done
  echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
  echo 'root:x:0:' > "$root/etc/group"
  tar -C "$root" --numeric-owner -c . |
    DOCKER_HOST="unix://$SOCK" "$DOCKER" import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' - whale-test/busybox:latest >/dev/null
  rm -rf "$root"
  log "imported whale-test/busybox:latest"
}

import_debian() {
  has_image whale-test/debian:bookworm-minbase && return 0
  local tarball="$W/cache/debian-bookworm-minbase.tar"
  if [ ! -s "$tarball" ]; then
    local root="$W/cache/debian-rootfs"
    mkdir -p "$W/cache"; rm -rf "$root"
    log "debootstrap --variant=minbase bookworm (once; cached in $tarball)"
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$W/debootstrap.log" 2>&1 ||
      { tail -20 "$W/debootstrap.log" >&2; die "debootstrap failed (log: $W/debootstrap.log)"; }
    # Leftover apt lists/caches from debootstrap are not part of a base image.
    rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
    tar -C "$root" --numeric-owner -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
    rm -rf "$root"
  fi
  DOCKER_HOST="unix://$SOCK" "$DOCKER" import -c 'CMD ["bash"]' - whale-test/debian:bookworm-minbase <"$tarball" >/dev/null
  log "imported whale-test/debian:bookworm-minbase"
}

register_user() {
  [ -n "${WHALE_ENGINE_USER:-}" ] || return 0
  mkdir -p "$W/users"; : > "$W/users/$WHALE_ENGINE_USER"
}

start() {
  mkdir -p "$W"
  install_missing
  exec 9>"$W/lock"; flock -w 300 9 || die "$W/lock is held by another start or stop"; # one start or stop at a time, across concurrent test runs
  register_user
  if daemon_pid >/dev/null && ready; then
    log "reusing dockerd $(daemon_pid) on $SOCK"
  else
    if pid=$(daemon_pid); then # alive but not answering: stop it before starting again
      kill -TERM "$pid" 2>/dev/null || true; sleep 1
    fi
    unmount_leftovers
    local t0=$SECONDS driver
    if [ -n "${WHALE_STORAGE_DRIVER:-}" ]; then
      driver=$WHALE_STORAGE_DRIVER
      start_dockerd "$driver" || { tail -30 "$W/dockerd.log" >&2; die "dockerd did not start (log: $W/dockerd.log)"; }
    elif start_dockerd overlay2; then driver=overlay2
    else
      log "overlay2 failed, trying vfs: $(tail -1 "$W/dockerd.log")"
      stop_daemon
      start_dockerd vfs || { tail -30 "$W/dockerd.log" >&2; die "dockerd did not start (log: $W/dockerd.log)"; }
      driver=vfs
    fi
    log "dockerd $(cat "$W/docker.pid") on $SOCK, storage $driver, up in $((SECONDS - t0)) s"
  fi
  echo "export DOCKER_HOST=unix://$SOCK" > "$W/env"
  import_busybox
  [ "${WHALE_DEBOOTSTRAP:-0}" != 1 ] || import_debian
}

stop_daemon() {
  local pid
  if pid=$(daemon_pid); then
    kill -TERM "$pid"
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    log "dockerd $pid stopped"
  fi
  rm -f "$W/docker.pid"
  unmount_leftovers
}

stop() {
  [ -d "$W" ] || return 0
  exec 9>"$W/lock"; flock -w 300 9 || die "$W/lock is held by another start or stop"
  if [ -n "${WHALE_ENGINE_USER:-}" ]; then
    rm -f "$W/users/$WHALE_ENGINE_USER"
    local other
    for other in "$W"/users/*; do
      [ -e "$other" ] || continue
      if kill -0 "$(basename "$other")" 2>/dev/null; then log "still in use by pid $(basename "$other")"; return 0; fi
      rm -f "$other" # a run that ended without stopping
    done
  fi
  stop_daemon
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) echo "export DOCKER_HOST=unix://$SOCK" ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
