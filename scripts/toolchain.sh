# Destek toolchain activation. Source it: `source scripts/toolchain.sh`.
#
# The project targets Node 22.12+ (24 recommended). Machines that come with an
# older Node get Node 24 and pnpm from the npm registry, installed once into a
# cache folder and put first on PATH. Nothing is downloaded from anywhere but
# the npm registry, so this works on machines whose only reachable host is it.

DESTEK_NODE_MAJOR=24
DESTEK_PNPM_VERSION=10.34.8
DESTEK_TOOLCHAIN_DIR="${DESTEK_TOOLCHAIN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/destek-toolchain}"

destek_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$DESTEK_TOOLCHAIN_DIR/bin/node" ]; then
  export PATH="$DESTEK_TOOLCHAIN_DIR/bin:$PATH"
fi

if ! destek_node_ok || ! command -v pnpm >/dev/null 2>&1 \
  || [ "$(pnpm --version 2>/dev/null)" != "$DESTEK_PNPM_VERSION" ]; then
  echo "destek: installing node@$DESTEK_NODE_MAJOR and pnpm@$DESTEK_PNPM_VERSION into $DESTEK_TOOLCHAIN_DIR" >&2
  mkdir -p "$DESTEK_TOOLCHAIN_DIR"
  npm install --global --no-audit --no-fund --loglevel=error \
    --prefix "$DESTEK_TOOLCHAIN_DIR" "node@$DESTEK_NODE_MAJOR" "pnpm@$DESTEK_PNPM_VERSION" >&2 \
    || { echo "destek: toolchain install failed" >&2; return 1 2>/dev/null || exit 1; }
  export PATH="$DESTEK_TOOLCHAIN_DIR/bin:$PATH"
  hash -r
fi

if ! destek_node_ok; then
  echo "destek: node $(node --version) is older than 22.12 after activation" >&2
  return 1 2>/dev/null || exit 1
fi

# Native addons (better-sqlite3) compile with node-gyp, which would otherwise
# download Node's headers from a host that is not reachable here. The `node`
# package from the npm registry ships them: point node-gyp at that copy.
if [ -x "$DESTEK_TOOLCHAIN_DIR/bin/node" ]; then
  for destek_headers in "$DESTEK_TOOLCHAIN_DIR"/lib/node_modules/node/node_modules/node-*/include/node; do
    if [ -f "$destek_headers/node_version.h" ]; then
      export npm_config_nodedir="${destek_headers%/include/node}"
    fi
  done
  unset destek_headers
fi
