#!/usr/bin/env bash
#! The one serve command: installs what is missing for a build, without root
#! and without browsers (scripts/setup.sh, CIRCULATION_SETUP=build), builds
#! the widget in release mode and serves the demo storefront page at
#! http://127.0.0.1:8080, rebuilding when a source file changes (reload the
#! page after a rebuild: no live-reload script, see Trunk.toml).
set -euo pipefail
# Serving needs no browser: the build tools only, installed without root.
CIRCULATION_SETUP=build source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
say "serving the demo storefront at http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve --release
