#!/usr/bin/env bash
# Render and validate the Kubernetes manifests under deploy/k8s without a
# cluster: every overlay is built with the kustomize Go library and every
# object is decoded strictly into the Kubernetes API types (see
# scripts/k8scheck). No kubectl or kustomize binary is needed.
#
# usage: scripts/k8s-check.sh [-print] [OVERLAY_DIR...]
#   OVERLAY_DIR is relative to the repository root (or absolute); the default
#   is every directory under deploy/k8s/overlays. -print also writes the
#   rendered YAML to stdout.
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"

args=()
for arg in "$@"; do
	case "$arg" in
	-*) args+=("$arg") ;;
	/*) args+=("$arg") ;;
	*) args+=("$repo_root/$arg") ;;
	esac
done

# k8scheck is its own module, deliberately outside go.work.
cd "$repo_root/scripts/k8scheck"
GOWORK=off exec go run . -root "$repo_root" ${args[@]+"${args[@]}"}
