package main

import (
	"fmt"
	"os"
	"path"
	"regexp"
	"strings"
)

// secretsDoc is where the out-of-band Secrets are documented, relative to
// the repository root.
const secretsDoc = "deploy/k8s/README.md"

// SecretDocs maps each Secret that a document tells operators to create to
// the keys the documented command gives it (anyKey: unknown, e.g. from an
// env file).
type SecretDocs map[string]map[string]bool

var (
	createSecretRE = regexp.MustCompile(`\bcreate\s+secret\s+(generic|tls|docker-registry)\s+([a-z0-9][a-z0-9.-]*)`)
	fromLiteralRE  = regexp.MustCompile(`--from-literal[= ]["']?([-._a-zA-Z0-9]+)=`)
	fromFileRE     = regexp.MustCompile(`--from-file[= ]["']?([^\s"']+)`)
)

// LoadSecretDocs reads the `kubectl create secret` commands in file.
func LoadSecretDocs(file string) (SecretDocs, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return ParseSecretDocs(string(data)), nil
}

// ParseSecretDocs finds `kubectl create secret generic|tls|docker-registry
// NAME ...` commands (continued over lines ending in a backslash) and the
// keys they create: --from-literal=KEY=..., --from-file=KEY=PATH or
// --from-file=PATH (key: the file's base name), tls.crt/tls.key for tls
// Secrets and .dockerconfigjson for docker-registry ones.
func ParseSecretDocs(text string) SecretDocs {
	docs := SecretDocs{}
	text = strings.ReplaceAll(text, "\\\n", " ")
	for _, line := range strings.Split(text, "\n") {
		m := createSecretRE.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		kind, name := line[m[2]:m[3]], line[m[4]:m[5]]
		rest := line[m[1]:]
		keys := docs[name]
		if keys == nil {
			keys = map[string]bool{}
			docs[name] = keys
		}
		switch kind {
		case "tls":
			keys["tls.crt"], keys["tls.key"] = true, true
		case "docker-registry":
			keys[".dockerconfigjson"] = true
		}
		for _, lm := range fromLiteralRE.FindAllStringSubmatch(rest, -1) {
			keys[lm[1]] = true
		}
		for _, fm := range fromFileRE.FindAllStringSubmatch(rest, -1) {
			if k, _, ok := strings.Cut(fm[1], "="); ok {
				keys[k] = true
			} else {
				keys[path.Base(fm[1])] = true
			}
		}
		if strings.Contains(rest, "--from-env-file") {
			keys[anyKey] = true
		}
	}
	return docs
}

// CheckSecretsDocumented reports, as problems of rep, every Secret the
// overlay expects to exist (not rendered, referenced by pods) that docs do
// not tell operators to create, or without a key the pods read.
func CheckSecretsDocumented(rep *Report, docName string, docs SecretDocs) {
	for _, name := range rep.ExternalSecrets {
		have, ok := docs[name]
		if !ok {
			rep.problemf("Secret %q is referenced but neither rendered by this overlay nor documented in %s (a `kubectl create secret ... %s` command)", name, docName, name)
			continue
		}
		if have[anyKey] {
			continue
		}
		var missing []string
		for _, k := range rep.ExternalSecretKeys[name] {
			if k != anyKey && !have[k] {
				missing = append(missing, k)
			}
		}
		if len(missing) > 0 {
			rep.problemf("Secret %q: %s documents no key %s, which pods read", name, docName, strings.Join(quoteAll(missing), ", "))
		}
	}
}

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}
