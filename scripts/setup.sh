#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: the Debian packages listed in ops/apt-packages.txt (only
# those missing) and the npm packages of package-lock.json (npm ci, skipped when node_modules already matches).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
while read -r pkg; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done < ops/apt-packages.txt
if ((${#missing[@]} > 0)); then
  echo "安装 Debian 软件包：${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "需要 root 权限安装：${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The test suite runs a private PostgreSQL cluster (test/support/postgres-cluster.ts) from the newest
# /usr/lib/postgresql/*/bin. Some images ship those binaries under another package name, so install Debian's
# postgresql package only when no initdb is there at all (not listed in ops/apt-packages.txt for that reason).
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  echo "安装 Debian 软件包：postgresql（测试用的 PostgreSQL 服务器）"
  if [[ $(id -u) -ne 0 ]]; then
    echo "需要 root 权限安装：postgresql" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
fi

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
