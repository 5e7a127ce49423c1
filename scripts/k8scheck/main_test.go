package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
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
			checkAuthAndSettings(t, rep, name)
			checkNATS(t, rep, name)
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

// configMapValue returns the value of the ConfigMap key an env var reads,
// failing the test when it reads none.
func configMapValue(t *testing.T, rep *Report, c corev1.Container, name string) string {
	t.Helper()
	e, ok := envValue(c, name)
	if !ok || e.ValueFrom == nil || e.ValueFrom.ConfigMapKeyRef == nil {
		t.Errorf("%s: env %s is not read from a ConfigMap: %+v", c.Name, name, e)
		return ""
	}
	r := e.ValueFrom.ConfigMapKeyRef
	cm := find[*corev1.ConfigMap](t, rep, "ConfigMap", r.Name)
	return cm.Data[r.Key]
}

func secretKeyRef(c corev1.Container, name string) (secret, key string) {
	e, ok := envValue(c, name)
	if !ok || e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil {
		return "", ""
	}
	return e.ValueFrom.SecretKeyRef.Name, e.ValueFrom.SecretKeyRef.Key
}

// checkAuthAndSettings checks the services' NATS credentials, API
// authentication, probes, HTTP exposure and tuning settings.
func checkAuthAndSettings(t *testing.T, rep *Report, overlay string) {
	t.Helper()
	wantOpenReads := map[string]string{"dev": "true", "prod": "false"}[overlay]
	for _, svc := range []string{"gateway", "ingest", "quote"} {
		d := find[*appsv1.Deployment](t, rep, "Deployment", svc)
		spec := d.Spec.Template.Spec
		c := spec.Containers[0]
		for env, key := range map[string]string{"NATS_USER": "username", "NATS_PASSWORD": "password"} {
			if s, k := secretKeyRef(c, env); !strings.HasPrefix(s, "quotetracker-nats") || k != key {
				t.Errorf("%s: %s is not read from quotetracker-nats/%s (got %q/%q)", svc, env, key, s, k)
			}
		}
		// AUTH_TOKEN_FILE must be the "tokens" key of the api-tokens Secret,
		// mounted read-only.
		e, _ := envValue(c, "AUTH_TOKEN_FILE")
		mounted := false
		for _, m := range c.VolumeMounts {
			if !strings.HasPrefix(e.Value, m.MountPath+"/") {
				continue
			}
			for _, v := range spec.Volumes {
				if v.Name != m.Name || v.Secret == nil || !strings.HasPrefix(v.Secret.SecretName, "quotetracker-api-tokens") {
					continue
				}
				for _, it := range v.Secret.Items {
					if it.Key == "tokens" && m.MountPath+"/"+it.Path == e.Value && m.ReadOnly {
						mounted = true
					}
				}
			}
		}
		if !mounted {
			t.Errorf("%s: AUTH_TOKEN_FILE %q is not the key tokens of Secret quotetracker-api-tokens mounted read-only", svc, e.Value)
		}
		if got := configMapValue(t, rep, c, "OPEN_READS"); got != wantOpenReads {
			t.Errorf("%s: OPEN_READS = %q, want %q", svc, got, wantOpenReads)
		}
		if got := configMapValue(t, rep, c, "STREAM_DUPLICATE_WINDOW"); got != "24h" {
			t.Errorf("%s: STREAM_DUPLICATE_WINDOW = %q, want 24h", svc, got)
		}
		// Liveness and startup must not depend on NATS/MongoDB; readiness
		// must (the server's overall status, "").
		for what, p := range map[string]*corev1.Probe{"startup": c.StartupProbe, "liveness": c.LivenessProbe} {
			if p == nil || p.GRPC == nil || p.GRPC.Service == nil || *p.GRPC.Service != "liveness" {
				t.Errorf("%s: %s probe does not ask for the health service \"liveness\"", svc, what)
			}
		}
		if p := c.ReadinessProbe; p == nil || p.GRPC == nil || (p.GRPC.Service != nil && *p.GRPC.Service != "") {
			t.Errorf("%s: readiness probe does not ask for the overall status", svc)
		}
		hasHTTP := false
		for _, p := range c.Ports {
			if p.Name == "http" && p.ContainerPort == 8080 {
				hasHTTP = true
			}
		}
		if !hasHTTP {
			t.Errorf("%s: no container port http 8080", svc)
		}
	}

	quote := find[*appsv1.Deployment](t, rep, "Deployment", "quote").Spec.Template.Spec.Containers[0]
	for env, want := range map[string]string{"ACK_WAIT": "60s", "MAX_DELIVER": "-1", "EXTRACT_TIMEOUT": "10s", "WRITE_TIMEOUT": "30s", "POISON_ATTEMPTS": "3"} {
		if got := configMapValue(t, rep, quote, env); got != want {
			t.Errorf("quote: %s = %q, want %q", env, got, want)
		}
	}
	ack, _ := time.ParseDuration(configMapValue(t, rep, quote, "ACK_WAIT"))
	ext, _ := time.ParseDuration(configMapValue(t, rep, quote, "EXTRACT_TIMEOUT"))
	wr, _ := time.ParseDuration(configMapValue(t, rep, quote, "WRITE_TIMEOUT"))
	if ack <= ext+wr {
		t.Errorf("quote: ACK_WAIT %s must exceed EXTRACT_TIMEOUT + WRITE_TIMEOUT (%s)", ack, ext+wr)
	}
	gw := find[*appsv1.Deployment](t, rep, "Deployment", "gateway").Spec.Template.Spec.Containers[0]
	for env, want := range map[string]string{"RATE_LIMIT": "50", "RATE_BURST": "100"} {
		if got := configMapValue(t, rep, gw, env); got != want {
			t.Errorf("gateway: %s = %q, want %q", env, got, want)
		}
	}

	// Clients reach the gRPC and HTTP ports of gateway and ingest: named
	// Service ports, and a NetworkPolicy rule open to every source.
	for svc, grpcPort := range map[string]int32{"gateway": 9090, "ingest": 9091} {
		ports := map[string]int32{}
		for _, p := range find[*corev1.Service](t, rep, "Service", svc).Spec.Ports {
			ports[p.Name] = p.Port
		}
		if ports["grpc"] != grpcPort || ports["http"] != 8080 {
			t.Errorf("Service %s ports = %v, want grpc %d and http 8080", svc, ports, grpcPort)
		}
		open := map[int32]bool{}
		for _, o := range rep.Objects {
			np, ok := o.Obj.(*networkingv1.NetworkPolicy)
			if !ok || np.Spec.PodSelector.MatchLabels["app.kubernetes.io/name"] != svc {
				continue
			}
			for _, rule := range np.Spec.Ingress {
				if len(rule.From) > 0 {
					continue
				}
				for _, p := range rule.Ports {
					open[p.Port.IntVal] = true
				}
			}
		}
		if !open[grpcPort] || !open[8080] {
			t.Errorf("%s: NetworkPolicies open %v to everyone, want %d and 8080", svc, open, grpcPort)
		}
	}
}

var syncIntervalRE = regexp.MustCompile(`(?m)^\s*sync_interval:\s*(\S+)\s*$`)

// checkNATS checks the NATS server credentials and nats.conf: client and
// route authorization and the deliberate, quoted sync_interval.
func checkNATS(t *testing.T, rep *Report, overlay string) {
	t.Helper()
	sts := find[*appsv1.StatefulSet](t, rep, "StatefulSet", "nats")
	c := sts.Spec.Template.Spec.Containers[0]
	for env, key := range map[string]string{"NATS_USER": "username", "NATS_PASSWORD": "password", "NATS_ROUTE_PASSWORD": "route-password"} {
		if s, k := secretKeyRef(c, env); !strings.HasPrefix(s, "quotetracker-nats") || k != key {
			t.Errorf("nats: %s is not read from quotetracker-nats/%s (got %q/%q)", env, key, s, k)
		}
	}
	routes, _ := envValue(c, "NATS_ROUTES")
	if n := strings.Count(routes.Value, "nats://route:$(NATS_ROUTE_PASSWORD)@"); n != 3 {
		t.Errorf("nats: NATS_ROUTES has %d authenticated routes, want 3: %q", n, routes.Value)
	}
	var conf string
	for _, v := range sts.Spec.Template.Spec.Volumes {
		if v.ConfigMap != nil {
			conf = find[*corev1.ConfigMap](t, rep, "ConfigMap", v.ConfigMap.Name).Data["nats.conf"]
		}
	}
	for _, want := range []string{"authorization {", "user: $NATS_USER", "password: $NATS_PASSWORD"} {
		if !strings.Contains(conf, want) {
			t.Errorf("nats.conf lacks %q", want)
		}
	}
	wantSync := map[string]time.Duration{"dev": 2 * time.Minute, "prod": 10 * time.Second}[overlay]
	m := syncIntervalRE.FindStringSubmatch(conf)
	if m == nil {
		t.Fatalf("nats.conf sets no sync_interval")
	}
	// Unquoted, nats-server reads "2m" as 2 mega(seconds).
	v, err := strconv.Unquote(m[1])
	if err != nil {
		t.Errorf("nats.conf: sync_interval %s is not quoted", m[1])
	} else if d, err := time.ParseDuration(v); err != nil || d != wantSync {
		t.Errorf("nats.conf: sync_interval %s, want %s", m[1], wantSync)
	}
	if overlay == "prod" {
		for _, want := range []string{"routes: $NATS_ROUTES", "password: $NATS_ROUTE_PASSWORD"} {
			if !strings.Contains(conf, want) {
				t.Errorf("prod nats.conf lacks %q", want)
			}
		}
		zonal := false
		for _, tsc := range sts.Spec.Template.Spec.TopologySpreadConstraints {
			if tsc.TopologyKey == "topology.kubernetes.io/zone" && tsc.WhenUnsatisfiable == corev1.DoNotSchedule {
				zonal = true
			}
		}
		if !zonal {
			t.Errorf("prod: NATS servers are not required to spread over zones")
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
	for _, want := range []string{"deploy/k8s/overlays/dev: OK: ", "deploy/k8s/overlays/prod: OK: ", "Deployment=3",
		"quotetracker-nats (password route-password username)", "quotetracker-api-tokens (tokens)"} {
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

// TestKeysAndEnvReferences covers the checks on ConfigMap and Secret keys,
// duplicate env names and $(VAR) references.
func TestKeysAndEnvReferences(t *testing.T) {
	dir := writeOverlay(t, map[string]string{
		"kustomization.yaml": `namespace: demo
resources: [all.yaml]
configMapGenerator:
  - name: settings
    literals: [A=1]
secretGenerator:
  - name: creds
    literals: [user=u]
`,
		"all.yaml": `apiVersion: v1
kind: Namespace
metadata:
  name: demo
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job
spec:
  template:
    spec:
      restartPolicy: Never
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: main
          image: example/job:1
          args: ["--url=$(URL)", "--literal=$$(NOT_A_REF)", "--missing=$(NOWHERE)"]
          resources:
            requests: {cpu: 10m, memory: 16Mi}
            limits: {cpu: 10m, memory: 16Mi}
          securityContext:
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
          env:
            - name: A
              valueFrom:
                configMapKeyRef: {name: settings, key: A}
            - name: B
              valueFrom:
                configMapKeyRef: {name: settings, key: B}
            - name: USER
              valueFrom:
                secretKeyRef: {name: creds, key: user}
            - name: PASSWORD
              valueFrom:
                secretKeyRef: {name: creds, key: password}
            - name: TOKEN
              valueFrom:
                secretKeyRef: {name: elsewhere, key: token}
            - name: EARLY
              value: "x$(LATE)"
            - name: LATE
              value: "y"
            - name: URL
              value: "https://$(USER)@example.com"
            - name: A
              value: again
          volumeMounts:
            - name: keys
              mountPath: /keys
      volumes:
        - name: keys
          secret:
            secretName: creds
            items:
              - key: cert
                path: cert
        - name: external
          secret:
            secretName: mounted-elsewhere
`,
	})
	rep := CheckOverlay(dir)
	for _, want := range [][]string{
		{"Job/job", "env B", `ConfigMap "settings`, `has no key "B"`},
		{"Job/job", "env PASSWORD", `Secret "creds`, `has no key "password"`},
		{"Job/job", `volume "keys"`, `has no key "cert"`},
		{"Job/job", "env A is defined more than once"},
		{"Job/job", "env EARLY refers to $(LATE)"},
		{"Job/job", "args refers to $(NOWHERE)"},
	} {
		wantProblem(t, rep, want...)
	}
	for _, p := range rep.Problems {
		if strings.Contains(p, "NOT_A_REF") || strings.Contains(p, "$(URL)") || strings.Contains(p, "$(USER)") {
			t.Errorf("unexpected problem: %s", p)
		}
	}
	if len(rep.Problems) != 6 {
		t.Errorf("got %d problems, want 6:\n%s", len(rep.Problems), strings.Join(rep.Problems, "\n"))
	}
	if got := strings.Join(rep.ExternalSecrets, ","); got != "elsewhere,mounted-elsewhere" {
		t.Errorf("ExternalSecrets = %q", got)
	}
	if got := rep.ExternalSecretKeys["elsewhere"]; len(got) != 1 || got[0] != "token" {
		t.Errorf("keys of elsewhere = %v, want [token]", got)
	}
	if got := rep.ExternalSecretKeys["mounted-elsewhere"]; len(got) != 1 || got[0] != anyKey {
		t.Errorf("keys of mounted-elsewhere = %v, want [%s]", got, anyKey)
	}
	if s := rep.Summary(); !strings.Contains(s, "Secrets to create out-of-band: elsewhere (token), mounted-elsewhere (*)") {
		t.Errorf("summary: %s", s)
	}
}

func TestSecretDocs(t *testing.T) {
	docs := ParseSecretDocs("Create them:\n\n```sh\n" +
		"kubectl -n x create secret generic app \\\n" +
		"  --from-literal=username=u \\\n" +
		"  --from-literal=password=\"$(openssl rand -hex 8)\" \\\n" +
		"  --from-file=tokens=./tokens.txt\n" +
		"kubectl -n x create secret generic files --from-file=./conf/settings.ini --from-file key.pem\n" +
		"kubectl -n x create secret tls web-tls --cert=a.crt --key=a.key\n" +
		"kubectl create secret generic env --from-env-file=app.env\n" +
		"kubectl create secret generic app --from-literal=extra=1 --dry-run=client -o yaml | kubectl apply -f -\n" +
		"```\n\nThe secret generic named nothing is prose.\n")
	want := map[string][]string{
		"app":     {"extra", "password", "tokens", "username"},
		"files":   {"key.pem", "settings.ini"},
		"web-tls": {"tls.crt", "tls.key"},
		"env":     {anyKey},
	}
	if len(docs) != len(want) {
		t.Errorf("documented Secrets: %v", docs)
	}
	for name, keys := range want {
		for _, k := range keys {
			if !docs[name][k] {
				t.Errorf("%s: key %q not found in %v", name, k, docs[name])
			}
		}
		if len(docs[name]) != len(keys) {
			t.Errorf("%s: keys %v, want %v", name, docs[name], keys)
		}
	}

	rep := &Report{
		ExternalSecrets:    []string{"app", "env", "undocumented", "web-tls"},
		ExternalSecretKeys: map[string][]string{"app": {"password", "route-password"}, "env": {"x"}, "undocumented": {"k"}, "web-tls": {anyKey}},
	}
	CheckSecretsDocumented(rep, "README.md", docs)
	wantProblem(t, rep, `Secret "undocumented"`, "nor documented in README.md")
	wantProblem(t, rep, `Secret "app"`, `no key "route-password"`)
	if len(rep.Problems) != 2 {
		t.Errorf("problems:\n%s", strings.Join(rep.Problems, "\n"))
	}
}

// TestDocumentedSecretsCoverProd checks the real README against the prod
// overlay (also done by TestRunDefault, here with a clear message).
func TestDocumentedSecretsCoverProd(t *testing.T) {
	root := repoRoot(t)
	docs, err := LoadSecretDocs(filepath.Join(root, secretsDoc))
	if err != nil {
		t.Fatal(err)
	}
	rep := checkOK(t, filepath.Join(root, overlaysDir, "prod"))
	CheckSecretsDocumented(rep, secretsDoc, docs)
	for _, p := range rep.Problems {
		t.Error(p)
	}
	if !docs["quotetracker-tls"]["tls.crt"] {
		t.Errorf("%s does not document the TLS Secret of components/tls", secretsDoc)
	}
}

// TestTLSComponent renders prod with components/tls: it must pass the checks,
// turn TLS on for gateway and ingest only, and keep every probe usable.
func TestTLSComponent(t *testing.T) {
	root := repoRoot(t)
	dir := t.TempDir()
	rel := func(p string) string {
		r, err := filepath.Rel(dir, filepath.Join(root, p))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	writeFiles(t, dir, map[string]string{
		"kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - " +
			rel("deploy/k8s/overlays/prod") + "\ncomponents:\n  - " + rel("deploy/k8s/components/tls") + "\n",
	})
	rep := checkOK(t, dir)
	docs, err := LoadSecretDocs(filepath.Join(root, secretsDoc))
	if err != nil {
		t.Fatal(err)
	}
	CheckSecretsDocumented(rep, secretsDoc, docs)
	for _, p := range rep.Problems {
		t.Error(p)
	}
	if got := rep.ExternalSecretKeys["quotetracker-tls"]; strings.Join(got, ",") != "tls.crt,tls.key" {
		t.Errorf("keys of quotetracker-tls = %v", got)
	}
	for _, svc := range []string{"gateway", "ingest"} {
		d := find[*appsv1.Deployment](t, rep, "Deployment", svc)
		c := d.Spec.Template.Spec.Containers[0]
		for _, env := range []string{"TLS_CERT_FILE", "TLS_KEY_FILE"} {
			if e, ok := envValue(c, env); !ok || !strings.HasPrefix(e.Value, "/etc/quotetracker/tls/") {
				t.Errorf("%s: %s = %+v", svc, env, e)
			}
		}
		if d.Spec.Template.Annotations["prometheus.io/scheme"] != "https" {
			t.Errorf("%s: Prometheus is not told to scrape over HTTPS", svc)
		}
		for what, want := range map[string]struct {
			probe *corev1.Probe
			path  string
		}{"startup": {c.StartupProbe, "/healthz"}, "liveness": {c.LivenessProbe, "/healthz"}, "readiness": {c.ReadinessProbe, "/readyz"}} {
			if p := want.probe; p == nil || p.HTTPGet == nil || p.HTTPGet.Scheme != corev1.URISchemeHTTPS || p.HTTPGet.Path != want.path || p.GRPC != nil {
				t.Errorf("%s: %s probe is not an HTTPS GET of %s: %+v", svc, what, want.path, p)
			}
		}
		for _, p := range find[*corev1.Service](t, rep, "Service", svc).Spec.Ports {
			if p.Name == "http" && (p.AppProtocol == nil || *p.AppProtocol != "https") {
				t.Errorf("Service %s: port http is not marked https", svc)
			}
		}
	}
	q := find[*appsv1.Deployment](t, rep, "Deployment", "quote").Spec.Template.Spec.Containers[0]
	if _, ok := envValue(q, "TLS_CERT_FILE"); ok || q.ReadinessProbe.GRPC == nil || q.ReadinessProbe.GRPC.Mode != nil {
		t.Errorf("quote should stay plaintext")
	}
}
