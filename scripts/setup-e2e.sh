#!/usr/bin/env bash
# Installs what the end-to-end tests need, from Debian's archive and the npm
# registry only: chromium (the browser that shows code-server), neovim (the
# second editor) and libkrb5-dev (for code-server's native build); then Node 24
# and code-server into test/e2e/harness. Nothing is cached outside the repo.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup:e2e: installing ${need[*]} from Debian"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" > /dev/null
fi

harness=test/e2e/harness
if [ ! -x "$harness/node24/node_modules/node/bin/node" ]; then
  npm ci --prefix "$harness/node24" --no-audit --no-fund
fi
if [ ! -x "$harness/node_modules/.bin/code-server" ]; then
  # code-server builds and runs on Node 24: put it first on PATH for the install.
  # Under `npm run`, npm exports its own user agent (naming Node 20), which the
  # inner npm would inherit and code-server's postinstall reads: clear it.
  env -u npm_config_user_agent -u NODE -u npm_node_execpath -u npm_execpath \
    PATH="$PWD/$harness/node24/node_modules/node/bin:$PATH" \
    npm ci --prefix "$harness" --no-audit --no-fund
fi
echo "setup:e2e: $(nvim --version | head -n 1); $(chromium --version); code-server $(node -p "require('./$harness/node_modules/code-server/package.json').version")"
