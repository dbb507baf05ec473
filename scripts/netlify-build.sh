#!/usr/bin/env bash
# Netlify's build command (netlify.toml): makes sure a .NET 10 SDK is there, then builds the site into output/
# with the deploy's own URL as base URL. Runs anywhere: with a .NET 10 SDK on the PATH it installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly sdk_major=10
readonly install_dir="${DOTNET_INSTALL_DIR:-$PWD/.dotnet}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# True when `dotnet` runs and lists an SDK of major version 10 or later.
has_sdk() {
  command -v dotnet >/dev/null 2>&1 || return 1
  dotnet --list-sdks 2>/dev/null | awk -F. -v major="$sdk_major" '$1 + 0 >= major { found = 1 } END { exit !found }'
}

# A copy installed by an earlier run of this script comes first.
if [ -x "$install_dir/dotnet" ]; then
  export PATH="$install_dir:$PATH" DOTNET_ROOT="$install_dir"
fi

if ! has_sdk; then
  echo "netlify-build: no .NET ${sdk_major} SDK found; installing one into $install_dir"
  installer="$(mktemp)"
  trap 'rm -f "$installer"' EXIT
  curl --fail --silent --show-error --location --retry 3 https://dot.net/v1/dotnet-install.sh --output "$installer"
  bash "$installer" --channel "${sdk_major}.0" --install-dir "$install_dir" --no-path
  export PATH="$install_dir:$PATH" DOTNET_ROOT="$install_dir"
  has_sdk || { echo "netlify-build: the .NET ${sdk_major} SDK did not install." >&2; exit 1; }
fi

echo "netlify-build: using .NET SDK $(dotnet --version)"

# Netlify sets CONTEXT (production, deploy-preview, branch-deploy), URL (the site's main address) and
# DEPLOY_PRIME_URL (this deploy's own address). Production links to the main address; every other deploy
# links to itself, so a preview never sends readers to the live site.
if [ "${CONTEXT:-}" = "production" ]; then
  base_url="${URL:-}"
else
  base_url="${DEPLOY_PRIME_URL:-${URL:-}}"
fi

arguments=(build --output output)
if [ -n "$base_url" ]; then
  echo "netlify-build: base URL $base_url"
  arguments+=(--base-url "$base_url")
fi

dotnet run --project src/Archive.Cli --configuration Release -- "${arguments[@]}"
