#!/usr/bin/env bash
# The server configurations of `clustersite deploy-config`, run by the real
# servers: content/ built for the three audiences, published by nginx and
# then by Apache (Debian's packages, each started on a free 127.0.0.1 port
# with a configuration of its own that includes the generated file), and
# checked with real HTTP requests (tests/deploy/check_server.py: every
# members and staff URL refused without credentials and with the other
# audience's, served byte for byte with the right ones; the headers, types,
# 404 pages, no listings, no manifest). Then headless Chromium loads one page
# of each kind of each build through nginx, and a search, without a single
# Content-Security-Policy violation (tests/deploy/browser.mjs; playwright-core
# from tests/web/node_modules, installed by tests/web/run.sh).
# Installs nginx, apache2 and apache2-utils when missing, without letting
# Debian start their services. Both servers are stopped at the end.
#   tests/deploy/run.sh [CLUSTERSITE]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-build/clustersite}")
# The example content is written as of 2026-12-01 (noon UTC).
export SOURCE_DATE_EPOCH=1796126400
# shellcheck source=scripts/lib.sh
. scripts/lib.sh
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

scratch=$(mktemp -d /tmp/clustersite-deploy.XXXXXX)
policy_rc=""
server_pids=()
# shellcheck disable=SC2317  # run by the trap
cleanup() {
  for pid in "${server_pids[@]}"; do
    "${sudo[@]}" kill "$pid" 2>/dev/null || true
  done
  for pid in "${server_pids[@]}"; do
    while "${sudo[@]}" kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  done
  [ -z "$policy_rc" ] || "${sudo[@]}" rm -f "$policy_rc"
  "${sudo[@]}" rm -rf "$scratch"
}
trap cleanup EXIT

# Debian starts a service as it installs it, unless policy-rc.d says no
# (exit 101): the packaged nginx and Apache must not take port 80.
missing=()
for pkg in "${DEPLOY_CHECK_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy_rc=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy_rc" >/dev/null
    "${sudo[@]}" chmod 755 "$policy_rc"
  fi
  install_missing "${missing[@]}"
  [ -z "$policy_rc" ] || { "${sudo[@]}" rm -f "$policy_rc"; policy_rc=""; }
fi

install_web_packages

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port=$(free_port)
base="http://127.0.0.1:$port"

# The three builds, each with its own base URL, readable by the servers' user.
site="$scratch/site"
"$bin" build content -o "$site/public" --as-of 2026-12-01 --base-url "$base/" 2>"$scratch/build.log" ||
  { cat "$scratch/build.log"; exit 1; }
for audience in members staff; do
  "$bin" build content -o "$site/$audience" --audience "$audience" --as-of 2026-12-01 \
    --base-url "$base/$audience/" 2>>"$scratch/build.log" || { cat "$scratch/build.log"; exit 1; }
done
htpasswd -b -c -B "$scratch/members.htpasswd" member member-password 2>/dev/null
htpasswd -b -c -B "$scratch/staff.htpasswd" staff staff-password 2>/dev/null
chmod -R a+rX "$scratch"
credentials=(member:member-password staff:staff-password)

for server in nginx apache; do
  "$bin" deploy-config --server "$server" --root "$site" --listen "127.0.0.1:$port" \
    --members-htpasswd "$scratch/members.htpasswd" --staff-htpasswd "$scratch/staff.htpasswd" \
    -o "$scratch/$server-site.conf" -q
done

cat >"$scratch/nginx.conf" <<NGINX
user www-data;
worker_processes 1;
error_log $scratch/nginx-error.log;
events {}
http {
  access_log $scratch/nginx-access.log;
  client_body_temp_path $scratch/nginx-body;
  proxy_temp_path $scratch/nginx-proxy;
  fastcgi_temp_path $scratch/nginx-fastcgi;
  uwsgi_temp_path $scratch/nginx-uwsgi;
  scgi_temp_path $scratch/nginx-scgi;
  include $scratch/nginx-site.conf;
}
NGINX

modules=/usr/lib/apache2/modules
cat >"$scratch/apache2.conf" <<APACHE
Listen 127.0.0.1:$port
User www-data
Group www-data
ServerName 127.0.0.1
PidFile $scratch/apache.pid
DefaultRuntimeDir $scratch
ErrorLog $scratch/apache-error.log
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule authz_user_module $modules/mod_authz_user.so
LoadModule authn_core_module $modules/mod_authn_core.so
LoadModule authn_file_module $modules/mod_authn_file.so
LoadModule auth_basic_module $modules/mod_auth_basic.so
LoadModule alias_module $modules/mod_alias.so
LoadModule dir_module $modules/mod_dir.so
LoadModule headers_module $modules/mod_headers.so
LoadModule mime_module $modules/mod_mime.so
TypesConfig /etc/mime.types
<Directory />
  AllowOverride None
  Require all denied
</Directory>
Include $scratch/apache-site.conf
APACHE

# wait_listening PIDFILE: until the server answers on the port.
wait_listening() {
  for _ in $(seq 100); do
    curl -s -o /dev/null "$base/" && return 0
    sleep 0.1
  done
  echo "the server did not start on $base" >&2
  return 1
}

# stop PID: the server, and until it is gone.
stop() {
  "${sudo[@]}" kill "$1"
  while "${sudo[@]}" kill -0 "$1" 2>/dev/null; do sleep 0.1; done
  server_pids=()
}

failed=0
"${sudo[@]}" nginx -c "$scratch/nginx.conf" -g "pid $scratch/nginx.pid;"
server_pids=("$(cat "$scratch/nginx.pid")")
wait_listening
python3 tests/deploy/check_server.py nginx "$base" "$site" "${credentials[@]}" ||
  failed=1
node tests/deploy/browser.mjs "$base" "$site" "${credentials[@]}" || failed=1
stop "${server_pids[0]}"

"${sudo[@]}" apache2 -f "$scratch/apache2.conf"
for _ in $(seq 50); do [ -s "$scratch/apache.pid" ] && break; sleep 0.1; done
server_pids=("$(cat "$scratch/apache.pid")")
wait_listening
python3 tests/deploy/check_server.py Apache "$base" "$site" "${credentials[@]}" || failed=1
stop "${server_pids[0]}"

if [ $failed -ne 0 ]; then
  echo "deploy checks failed; the server logs:" >&2
  tail -n 5 "$scratch"/*-error.log >&2 || true
fi
[ $failed -ne 0 ] || echo "deploy checks passed with nginx and Apache"
exit $failed
