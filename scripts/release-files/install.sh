#!/bin/sh
# Installs quarterly from this release folder, without building anything.
#
#   ./install.sh                  installs quarterly into ~/.local/bin (or /usr/local/bin as root)
#   ./install.sh --with-search    also installs Pagefind, so builds index the site for search
#   PREFIX=/opt/quarterly ./install.sh    installs into /opt/quarterly/bin
#
# It first checks the checksums: the tarball's, against its .sha256, when both sit beside
# this folder (where they were downloaded and unpacked), and the program's always.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
name="$(basename "$here")"
search=no
for argument in "$@"; do
  case "$argument" in
    --with-search) search=yes ;;
    *) echo "install.sh: unknown option $argument (use --with-search, or PREFIX=DIR)" >&2; exit 2 ;;
  esac
done
fail() { echo "install.sh: error: $*" >&2; exit 1; }

# 1. Checksums.
tarball="$(dirname "$here")/$name.tar.gz"
if [ -f "$tarball" ] && [ -f "$tarball.sha256" ]; then
  (cd "$(dirname "$here")" && sha256sum --check --quiet "$name.tar.gz.sha256") \
    || fail "$name.tar.gz does not match its .sha256: download both again"
  echo "Checked $name.tar.gz against $name.tar.gz.sha256."
else
  echo "Note: $name.tar.gz.sha256 is not beside this folder, so only the program itself was checked" \
    "(download it and unpack beside it to check the download too)."
fi
(cd "$here" && sha256sum --check --quiet quarterly.sha256) || fail "the program does not match quarterly.sha256: unpack the tarball again"

# 2. Install.
if [ -n "${PREFIX:-}" ]; then
  bin="$PREFIX/bin"
elif [ "$(id -u)" -eq 0 ]; then
  bin=/usr/local/bin
else
  bin="$HOME/.local/bin"
fi
mkdir -p "$bin"
cp "$here/quarterly" "$bin/quarterly.new"
chmod 755 "$bin/quarterly.new"
mv -f "$bin/quarterly.new" "$bin/quarterly"
echo "Installed $("$bin/quarterly" --version) as $bin/quarterly."

# 3. Libraries: the release needs only the C library, but say so plainly if one is missing.
missing="$(ldd "$bin/quarterly" 2>/dev/null | awk '/not found/ {print $1}')" || true
if [ -n "$missing" ]; then
  echo "Missing libraries: $missing" >&2
  case "$missing" in
    *cmark*) echo "Install them with: sudo apt-get install libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6" >&2 ;;
  esac
  exit 1
fi

# 4. Search.
if [ "$search" = yes ]; then
  "$here/setup-search"
else
  echo "For search, run \`$0 --with-search\` (it installs Pagefind from PyPI), or \`pip install pagefind-bin\`."
fi

# 5. The PATH.
case ":$PATH:" in
  *":$bin:"*) echo "Run \`quarterly init\` to start a site (\`quarterly --help\` lists the commands)." ;;
  *) echo "$bin is not on your PATH: add it, e.g. with  echo 'export PATH=\"$bin:\$PATH\"' >> ~/.profile  and log in again." ;;
esac
