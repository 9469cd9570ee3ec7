#!/usr/bin/env bash
# clustersite as a portal operator installs it, from the Release build:
#   1. `cmake --install` into a scratch prefix: the binary alone runs;
#   2. the Debian package `cpack -G DEB` makes: `dpkg-deb -I` declares the
#      shared libraries the binary needs (dpkg-shlibdeps) and the two it
#      opens at run time, `dpkg -x` into a scratch folder, and the extracted
#      binary prints its version and builds content/ to the same bytes as the
#      binary of the build folder;
#   3. reproducible: every generated input of the binary (the embedded theme,
#      the kit's font subsets) made anew a while later and without
#      SOURCE_DATE_EPOCH, and the binary linked again, is byte-identical.
#   tests/package.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
# shellcheck source=scripts/lib.sh
. scripts/lib.sh
install_missing "${PACKAGE_CHECK_PACKAGES[@]}"

scratch=$(mktemp -d /tmp/clustersite-package.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
version=$(sed -n 's/^project(clustersite VERSION \([0-9.]*\) .*/\1/p' CMakeLists.txt)
failed=0
fail() {
  echo "package check failed: $*" >&2
  failed=1
}

# 1. cmake --install
cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
[ "$("$scratch/prefix/bin/clustersite" --version)" = "clustersite $version" ] ||
  fail "the installed binary does not print clustersite $version"

# 2. the Debian package
(cd "$build" && cpack -G DEB -B "$scratch/deb" >"$scratch/cpack.log" 2>&1) ||
  { cat "$scratch/cpack.log" >&2; fail "cpack made no package"; }
deb="$scratch/deb/clustersite_${version}_amd64.deb"
[ -f "$deb" ] || fail "cpack made no $deb"
dpkg-deb -I "$deb" >"$scratch/info"
depends=$(sed -n 's/^ Depends: //p' "$scratch/info")
# Linked (from dpkg-shlibdeps), opened with dlopen, and read (time zones).
for package in libc6 libstdc++6 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 \
  libyaml-0-2 libxml2 libutf8proc2 libcpp-httplib0.11 libmimalloc2.0 libxxhash0 libcsv3 \
  libical3 libssl3 libdate-tz3 libgmime-3.0-0 tzdata; do
  grep -Eq "(^|, )${package//+/\\+}( \\(|,|$)" <<<"$depends" ||
    fail "the package does not depend on $package: Depends: $depends"
done
grep -q "^ Package: clustersite$" "$scratch/info" || fail "the package is not named clustersite"
grep -q "^ Version: $version$" "$scratch/info" || fail "the package's version is not $version"
dpkg -x "$deb" "$scratch/root"
packaged="$scratch/root/usr/bin/clustersite"
[ "$("$packaged" --version)" = "clustersite $version" ] ||
  fail "the packaged binary does not print clustersite $version"
"$packaged" build content -o "$scratch/from-package" --as-of 2026-12-01 -q ||
  fail "the packaged binary does not build content/"
"$build/clustersite" build content -o "$scratch/from-build" --as-of 2026-12-01 -q
diff -r "$scratch/from-package" "$scratch/from-build" >/dev/null ||
  fail "the packaged binary builds content/ to other bytes than $build/clustersite"
[ -f "$scratch/from-package/koks/welcome-kit/index.html" ] ||
  fail "the packaged binary's build of content/ has no welcome kit"

# 3. reproducible
cp "$build/clustersite" "$scratch/first"
rm -rf "$build/generated" "$build/clustersite"
find "$build" -name 'default_theme.cc.o' -delete
sleep 1
env -u SOURCE_DATE_EPOCH cmake --build "$build" --target clustersite -j "$(nproc)" >/dev/null 2>&1
cmp -s "$scratch/first" "$build/clustersite" ||
  fail "the binary linked again from its generated inputs made anew differs from the first"

[ $failed -ne 0 ] ||
  echo "package checks passed: cmake --install, $(basename "$deb") ($(stat -c %s "$deb") bytes), reproducible binary"
exit $failed
