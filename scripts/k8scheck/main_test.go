package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
)

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := findRepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// writeOverlay creates a kustomization in a temporary directory from
// name -> content pairs and returns the directory.
func writeOverlay(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	return dir
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func checkOK(t *testing.T, dir string) *Report {
	t.Helper()
	rep := CheckOverlay(dir)
	for _, p := range rep.Problems {
		t.Errorf("%s: %s", dir, p)
	}
	return rep
}

func wantProblem(t *testing.T, rep *Report, parts ...string) {
	t.Helper()
	for _, p := range rep.Problems {
		all := true
		for _, part := range parts {
			if !strings.Contains(p, part) {
				all = false
				break
			}
		}
		if all {
			return
		}
	}
	t.Errorf("no problem mentions all of %q; problems:\n%s", parts, strings.Join(rep.Problems, "\n"))
}

func find[T any](t *testing.T, rep *Report, kind, name string) T {
	t.Helper()
	for _, o := range rep.Objects {
		if o.GVK.Kind == kind && o.Name == name {
			obj, ok := o.Obj.(T)
			if !ok {
				t.Fatalf("%s/%s decoded as %T", kind, name, o.Obj)
			}
			return obj
		}
	}
	t.Fatalf("%s: no %s/%s", rep.Dir, kind, name)
	var zero T
	return zero
}

func envValue(c corev1.Container, name string) (corev1.EnvVar, bool) {
	for _, e := range c.Env {
		if e.Name == name {
			return e, true
		}
	}
	return corev1.EnvVar{}, false
}

// TestRealOverlays renders the repository's overlays and checks that they
// pass, plus the properties the deployment promises.
func TestRealOverlays(t *testing.T) {
	root := repoRoot(t)
	dirs, err := listOverlays(filepath.Join(root, overlaysDir))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, dir := range dirs {
		name := filepath.Base(dir)
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			rep := checkOK(t, dir)
			grpcPorts := map[string]int32{"gateway": 9090, "ingest": 9091, "quote": 9092}
			for svc, port := range grpcPorts {
				d := find[*appsv1.Deployment](t, rep, "Deployment", svc)
				c := d.Spec.Template.Spec.Containers[0]
				if p := c.ReadinessProbe; p == nil || p.GRPC == nil || p.GRPC.Port != port {
					t.Errorf("%s: readiness probe is not gRPC on %d", svc, port)
				}
				if p := c.LivenessProbe; p == nil || p.GRPC == nil || p.GRPC.Port != port {
					t.Errorf("%s: liveness probe is not gRPC on %d", svc, port)
				}
				if e, _ := envValue(c, "MONGO_URI"); e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil || e.ValueFrom.SecretKeyRef.Key != "uri" ||
					!strings.HasPrefix(e.ValueFrom.SecretKeyRef.Name, "quotetracker-mongo") {
					t.Errorf("%s: MONGO_URI is not read from the quotetracker-mongo Secret: %+v", svc, e)
				}
				if !strings.HasPrefix(c.Image, "ghcr.io/quotetracker/"+svc+":") {
					t.Errorf("%s: image %q has no tag set by the overlay", svc, c.Image)
				}
				if g := d.Spec.Template.Spec.TerminationGracePeriodSeconds; g == nil || *g != 30 {
					t.Errorf("%s: terminationGracePeriodSeconds is not 30", svc)
				}
			}
			replicas := map[string]int32{"gateway": 1, "quote": 1, "ingest": 1, "nats": 1, "mongo": 1}
			streamReplicas := "1"
			if name == "prod" {
				replicas = map[string]int32{"gateway": 2, "quote": 2, "ingest": 1, "nats": 3, "mongo": 3}
				streamReplicas = "3"
			}
			for n, want := range replicas {
				var got *int32
				if n == "nats" || n == "mongo" {
					got = find[*appsv1.StatefulSet](t, rep, "StatefulSet", n).Spec.Replicas
				} else {
					got = find[*appsv1.Deployment](t, rep, "Deployment", n).Spec.Replicas
				}
				if got == nil || *got != want {
					t.Errorf("%s replicas = %v, want %d", n, got, want)
				}
			}
			for _, o := range rep.Objects {
				if cm, ok := o.Obj.(*corev1.ConfigMap); ok && strings.HasPrefix(cm.Name, "quotetracker-streams") {
					if cm.Data["STREAM_REPLICAS"] != streamReplicas {
						t.Errorf("STREAM_REPLICAS = %q, want %q", cm.Data["STREAM_REPLICAS"], streamReplicas)
					}
				}
			}
			if name == "prod" && len(rep.ExternalSecrets) == 0 {
				t.Errorf("prod should expect Secrets created out-of-band")
			}
			if name == "dev" && len(rep.ExternalSecrets) != 0 {
				t.Errorf("dev should generate all its Secrets, missing %v", rep.ExternalSecrets)
			}
		})
	}
	for _, want := range []string{"dev", "prod"} {
		if !seen[want] {
			t.Errorf("overlay %q not found under %s", want, overlaysDir)
		}
	}
}

// TestRunDefault runs the command as scripts/k8s-check.sh does, with no
// arguments.
func TestRunDefault(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut); code != 0 {
		t.Fatalf("exit code %d\nstdout:\n%s\nstderr:\n%s", code, &out, &errOut)
	}
	for _, want := range []string{"deploy/k8s/overlays/dev: OK: ", "deploy/k8s/overlays/prod: OK: ", "Deployment=3"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, &out)
		}
	}
}

// TestUnknownFieldInPatchedBase layers a patch with a misspelled field over
// the real base: it must fail, naming the overlay, the object and the field.
func TestUnknownFieldInPatchedBase(t *testing.T) {
	dir := t.TempDir()
	// kustomize only accepts a relative path to another kustomization.
	base, err := filepath.Rel(dir, filepath.Join(repoRoot(t), "deploy/k8s/base"))
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{
		"kustomization.yaml": `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ` + base + `
secretGenerator:
  - name: quotetracker-mongo
    literals: [uri=mongodb://x, username=u, password=p]
patches:
  - path: patch.yaml
`,
		"patch.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
spec:
  template:
    spec:
      containers:
        - name: gateway
          readinessProbes:
            grpc:
              port: 9090
`,
	})
	rep := CheckOverlay(dir)
	wantProblem(t, rep, "Deployment/gateway", `unknown field "spec.template.spec.containers[0].readinessProbes"`)

	var out, errOut bytes.Buffer
	if code := run([]string{dir}, &out, &errOut); code != 1 {
		t.Fatalf("exit code %d, want 1", code)
	}
	if !strings.Contains(errOut.String(), dir+": Deployment/gateway: unknown field") {
		t.Errorf("stderr does not name the overlay, object and field:\n%s", &errOut)
	}
	if !strings.Contains(out.String(), dir+": FAIL") {
		t.Errorf("stdout lacks the FAIL summary:\n%s", &out)
	}
}

func TestUnknownFieldStandalone(t *testing.T) {
	dir := writeOverlay(t, map[string]string{
		"kustomization.yaml": "resources: [svc.yaml]\nnamespace: demo\n",
		"svc.yaml": `apiVersion: v1
kind: Namespace
metadata:
  name: demo
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  portz:
    - port: 80
`,
	})
	rep := CheckOverlay(dir)
	wantProblem(t, rep, "Service/web", `unknown field "spec.portz"`)
}

func TestFieldNamesAreCaseSensitive(t *testing.T) {
	dir := writeOverlay(t, map[string]string{
		"kustomization.yaml": "resources: [cm.yaml]\n",
		"cm.yaml": `apiVersion: v1
kind: Namespace
metadata:
  name: demo
  Labels:
    a: b
`,
	})
	wantProblem(t, CheckOverlay(dir), "Namespace/demo", `unknown field "metadata.Labels"`)
}

func TestUnknownKind(t *testing.T) {
	dir := writeOverlay(t, map[string]string{
		"kustomization.yaml": "resources: [w.yaml]\n",
		"w.yaml": `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
---
apiVersion: apps/v1
kind: Deploymnet
metadata:
  name: typo
`,
	})
	rep := CheckOverlay(dir)
	wantProblem(t, rep, "Widget/w", "unknown kind")
	wantProblem(t, rep, "Deploymnet/typo", "unknown kind")
}

func TestKustomizeErrorFails(t *testing.T) {
	dir := writeOverlay(t, map[string]string{
		"kustomization.yaml": "resources: [missing.yaml]\n",
	})
	wantProblem(t, CheckOverlay(dir), "kustomize build failed")
}

// TestSanityChecks covers the rules beyond strict decoding.
func TestSanityChecks(t *testing.T) {
	dir := writeOverlay(t, map[string]string{
		"kustomization.yaml": "namespace: demo\nresources: [all.yaml]\n",
		"all.yaml": `apiVersion: v1
kind: Namespace
metadata:
  name: demo
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example/web:1
          ports:
            - name: http
              containerPort: 8080
          livenessProbe:
            httpGet:
              path: /
              port: htpp
          volumeMounts:
            - name: cache
              mountPath: /cache
      volumes:
        - name: conf
          configMap:
            name: web-config
            defaultMode: 420
        - name: keys
          secret:
            secretName: web-keys
            defaultMode: 1000
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: webb
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: v1
kind: Service
metadata:
  name: web-direct
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 9999
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: nothing
`,
	})
	rep := CheckOverlay(dir)
	for _, want := range [][]string{
		{"Deployment/web", "no resources.limits.cpu"},
		{"Deployment/web", "no resources.limits.memory"},
		{"Deployment/web", "readOnlyRootFilesystem"},
		{"Deployment/web", "runAsNonRoot"},
		{"Deployment/web", "allowPrivilegeEscalation"},
		{"Deployment/web", "capabilities.drop"},
		{"Deployment/web", "no readinessProbe"},
		{"Deployment/web", `port "htpp" is not a declared container port name`},
		{"Deployment/web", `volumeMount "cache" refers to no volume`},
		{"Deployment/web", `ConfigMap "web-config" is not rendered`},
		{"Deployment/web", "file mode 1000"},
		{"Service/web", "matches no pod template"},
		{"Service/web-direct", "targets 9999"},
		{"PodDisruptionBudget/web", "matches no pod template"},
	} {
		wantProblem(t, rep, want...)
	}
	if got := strings.Join(rep.ExternalSecrets, ","); got != "web-keys" {
		t.Errorf("ExternalSecrets = %q, want web-keys", got)
	}
}

func TestDisplayName(t *testing.T) {
	root := repoRoot(t)
	if got := displayName(root, filepath.Join(root, "deploy/k8s/overlays/dev")); got != "deploy/k8s/overlays/dev" {
		t.Errorf("displayName = %q", got)
	}
	if got := displayName(root, "/elsewhere/x"); got != "/elsewhere/x" {
		t.Errorf("displayName outside root = %q", got)
	}
}
