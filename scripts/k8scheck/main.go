// Command k8scheck renders the Quotetracker kustomize overlays and validates
// the result without a cluster.
//
// For every overlay directory given on the command line (default: every
// directory under deploy/k8s/overlays of the repository containing the
// working directory) it:
//
//   - renders the overlay with the kustomize Go library (krusty), exactly as
//     `kubectl apply -k` would;
//   - decodes every rendered object strictly into its Kubernetes API Go type,
//     failing on unknown kinds, unknown fields and duplicate fields;
//   - runs sanity checks on the typed objects (checks.go): every container
//     of every workload has CPU/memory requests and limits, runAsNonRoot,
//     a read-only root filesystem, no privilege escalation, all
//     capabilities dropped and a RuntimeDefault seccomp profile; Deployment
//     and StatefulSet containers have readiness probes; probes, Services and
//     NetworkPolicies refer to declared container ports; Service, PDB and
//     NetworkPolicy selectors match a pod template and workload selectors
//     match their own template; volume mounts, ConfigMaps, StatefulSet
//     serviceNames and HPA targets exist; names and namespaces are valid.
//     ConfigMaps and rendered Secrets have the keys pods read from them; env
//     names are unique per container and $(VAR) references name a variable
//     defined before them. Secrets that pods reference but the overlay does
//     not render are listed in the summary, with the keys pods read, as
//     Secrets to create out-of-band;
//   - checks that each of those Secrets, with each of those keys, is
//     documented by a `kubectl create secret` command in deploy/k8s/README.md
//     (-secrets-doc), so the deployment instructions cannot fall behind the
//     manifests.
//
// It prints one summary line per overlay and exits non-zero if any overlay
// has a problem.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// overlaysDir is where the overlays live, relative to the repository root.
const overlaysDir = "deploy/k8s/overlays"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("k8scheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	root := fs.String("root", "", "repository root, used for the default overlay list and for display (default: nearest parent of the working directory containing "+overlaysDir+")")
	printYAML := fs.Bool("print", false, "also print each overlay's rendered YAML to stdout (like `kustomize build`)")
	docFile := fs.String("secrets-doc", "", "Markdown file whose `kubectl create secret` commands must cover every Secret an overlay expects to exist (default: ROOT/"+secretsDoc+" if present; \"none\": skip)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: k8scheck [-root DIR] [-print] [-secrets-doc FILE] [OVERLAY_DIR...]\n\n")
		fmt.Fprintf(stderr, "Renders each kustomize overlay (default: every directory under %s)\n", overlaysDir)
		fmt.Fprintf(stderr, "and validates the rendered objects against the Kubernetes API types.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}

	if *root == "" {
		if r, err := findRepoRoot(); err == nil {
			*root = r
		} else if fs.NArg() == 0 {
			fmt.Fprintf(stderr, "k8scheck: %v\n", err)
			return 2
		}
	}

	var docs SecretDocs
	docName := *docFile
	switch {
	case docName == "none":
	case docName != "":
		var err error
		if docs, err = LoadSecretDocs(docName); err != nil {
			fmt.Fprintf(stderr, "k8scheck: %v\n", err)
			return 2
		}
	case *root != "":
		if d, err := LoadSecretDocs(filepath.Join(*root, secretsDoc)); err == nil {
			docs, docName = d, secretsDoc
		}
	}

	dirs := fs.Args()
	if len(dirs) == 0 {
		var err error
		dirs, err = listOverlays(filepath.Join(*root, overlaysDir))
		if err != nil {
			fmt.Fprintf(stderr, "k8scheck: %v\n", err)
			return 2
		}
	}

	failed := 0
	for _, dir := range dirs {
		name := displayName(*root, dir)
		rep := CheckOverlay(dir)
		if docs != nil {
			CheckSecretsDocumented(rep, docName, docs)
		}
		if *printYAML && rep.YAML != nil {
			fmt.Fprintf(stdout, "# ---- %s ----\n%s", name, rep.YAML)
		}
		for _, p := range rep.Problems {
			fmt.Fprintf(stderr, "%s: %s\n", name, p)
		}
		if len(rep.Problems) > 0 {
			failed++
			fmt.Fprintf(stdout, "%s: FAIL: %d problem(s); %s\n", name, len(rep.Problems), rep.Summary())
		} else {
			fmt.Fprintf(stdout, "%s: OK: %s\n", name, rep.Summary())
		}
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "k8scheck: %d of %d overlay(s) failed\n", failed, len(dirs))
		return 1
	}
	return 0
}

// findRepoRoot walks up from the working directory to the first directory
// that contains deploy/k8s/overlays.
func findRepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if st, err := os.Stat(filepath.Join(dir, overlaysDir)); err == nil && st.IsDir() {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find the repository root (no parent directory contains " + overlaysDir + "); pass -root or overlay directories")
		}
		dir = parent
	}
}

// listOverlays returns every directory directly under dir that holds a
// kustomization file, sorted.
func listOverlays(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		out = append(out, filepath.Join(dir, e.Name()))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no overlays under %s", dir)
	}
	sort.Strings(out)
	return out, nil
}

// displayName shows dir relative to the repository root when it is inside it.
func displayName(root, dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil || root == "" {
		return dir
	}
	rootAbs, err := filepath.Abs(root)
	if err != nil {
		return dir
	}
	rel, err := filepath.Rel(rootAbs, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return dir
	}
	return filepath.ToSlash(rel)
}
