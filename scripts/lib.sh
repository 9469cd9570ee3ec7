# Shared by scripts/run and scripts/test: install what is missing, then build.
# shellcheck shell=bash

# The Debian packages needed to build clustersite.
BUILD_PACKAGES=(cmake g++ make pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
  libyaml-dev libxml2-dev doctest-dev libkainjow-mustache-dev libcli11-dev libutf8proc-dev
  libcpp-httplib-dev libmimalloc-dev libxxhash-dev nlohmann-json3-dev libhowardhinnant-date-dev
  libcsv-dev libical-dev libssl-dev libgmime-3.0-dev fonts-liberation2 python3 python3-fonttools
  python3-brotli)

# What tests/kit_print.sh needs to print and check the welcome kits.
KIT_PRINT_PACKAGES=(chromium weasyprint poppler-utils qpdf)

# What tests/web/run.sh needs besides Node.js and Java: Debian's Chromium,
# which playwright-core and Lighthouse drive (they never download a browser).
WEB_CHECK_PACKAGES=(chromium)

# The servers tests/deploy/run.sh publishes the builds with, and htpasswd;
# it installs them itself, so Debian does not start their services.
DEPLOY_CHECK_PACKAGES=(nginx apache2 apache2-utils)

# What tests/package.sh needs to make and read the Debian package:
# dpkg-shlibdeps (the package's library dependencies) is in dpkg-dev.
PACKAGE_CHECK_PACKAGES=(dpkg-dev)

# Prints the Debian packages for Node.js with npm and a Java 17 runtime (the
# Nu HTML Checker's) when the machine has none of its own.
web_check_runtimes() {
  command -v node >/dev/null || echo nodejs
  command -v npm >/dev/null || echo npm
  java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])' || echo openjdk-17-jre-headless
}

# Installs the pinned npm packages of tests/web/package-lock.json (never a
# browser), only when the lock file changed since the last install. Install
# scripts are off: vnu-jar's would fetch a Java runtime when it finds none.
install_web_packages() {
  local web=tests/web
  if ! cmp -s "$web/package-lock.json" "$web/node_modules/.clustersite-lock"; then
    (cd "$web" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
    cp "$web/package-lock.json" "$web/node_modules/.clustersite-lock"
  fi
}

# Installs the given Debian packages that are not installed yet.
install_missing() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# Configures and builds in Release into build/.
build_release() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j "$(nproc)"
}
