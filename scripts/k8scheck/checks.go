package main

import (
	"fmt"
	"sort"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation"
)

// clusterScoped lists the cluster-scoped kinds this checker knows about; every
// other kind must carry a namespace.
var clusterScoped = map[string]bool{
	"Namespace":                        true,
	"Node":                             true,
	"PersistentVolume":                 true,
	"StorageClass":                     true,
	"CSIDriver":                        true,
	"VolumeAttachment":                 true,
	"ClusterRole":                      true,
	"ClusterRoleBinding":               true,
	"PriorityClass":                    true,
	"RuntimeClass":                     true,
	"IngressClass":                     true,
	"CustomResourceDefinition":         true,
	"APIService":                       true,
	"MutatingWebhookConfiguration":     true,
	"ValidatingWebhookConfiguration":   true,
	"ValidatingAdmissionPolicy":        true,
	"ValidatingAdmissionPolicyBinding": true,
}

// podTemplate is a pod spec found in a workload, with what the checks need
// to know about its owner.
type podTemplate struct {
	owner     string // Kind/name
	namespace string
	labels    map[string]string
	spec      *corev1.PodSpec
	// longRunning is true for Deployments, StatefulSets, DaemonSets and
	// ReplicaSets: their containers must have readiness probes.
	longRunning bool
	// claimNames are the StatefulSet volumeClaimTemplates, mountable like
	// volumes.
	claimNames map[string]bool
}

// runChecks runs the cross-object sanity checks on rep.Objects.
func runChecks(rep *Report) {
	c := &checker{rep: rep, objects: map[string]Object{}}
	for _, o := range rep.Objects {
		c.objects[key(o.GVK.Kind, o.Namespace, o.Name)] = o
	}
	for _, o := range rep.Objects {
		c.checkMeta(o)
		c.collect(o)
	}
	for _, pt := range c.pods {
		c.checkPod(pt)
	}
	for _, o := range rep.Objects {
		switch obj := o.Obj.(type) {
		case *corev1.Service:
			c.checkService(o, obj)
		case *appsv1.StatefulSet:
			c.checkStatefulSetService(o, obj)
		case *policyv1.PodDisruptionBudget:
			c.checkSelectorMatches(o, obj.Spec.Selector, "spec.selector")
		case *networkingv1.NetworkPolicy:
			c.checkNetworkPolicy(o, obj)
		case *autoscalingv2.HorizontalPodAutoscaler:
			ref := obj.Spec.ScaleTargetRef
			if _, ok := c.objects[key(ref.Kind, o.Namespace, ref.Name)]; !ok {
				rep.problemf("%s: spec.scaleTargetRef %s/%s is not rendered by this overlay", o.ID(), ref.Kind, ref.Name)
			}
		}
	}
	secrets := make([]string, 0, len(c.externalSecrets))
	rep.ExternalSecretKeys = map[string][]string{}
	for s, keys := range c.externalSecrets {
		secrets = append(secrets, s)
		list := make([]string, 0, len(keys))
		for k := range keys {
			list = append(list, k)
		}
		sort.Strings(list)
		rep.ExternalSecretKeys[s] = list
	}
	sort.Strings(secrets)
	rep.ExternalSecrets = secrets
}

type checker struct {
	rep     *Report
	objects map[string]Object
	pods    []podTemplate
	// externalSecrets maps each Secret that pods reference but the overlay
	// does not render to the keys they read from it.
	externalSecrets map[string]map[string]bool
}

func key(kind, namespace, name string) string { return kind + "|" + namespace + "|" + name }

func (c *checker) has(kind, namespace, name string) bool {
	_, ok := c.objects[key(kind, namespace, name)]
	return ok
}

func (c *checker) checkMeta(o Object) {
	if o.Name == "" {
		c.rep.problemf("%s: metadata.name is empty", o.ID())
		return
	}
	var errs []string
	switch o.GVK.Kind {
	case "Service":
		errs = validation.IsDNS1035Label(o.Name)
	case "Namespace":
		errs = validation.IsDNS1123Label(o.Name)
	default:
		errs = validation.IsDNS1123Subdomain(o.Name)
	}
	for _, e := range errs {
		c.rep.problemf("%s: invalid metadata.name: %s", o.ID(), e)
	}
	if clusterScoped[o.GVK.Kind] {
		if o.Namespace != "" {
			c.rep.problemf("%s: cluster-scoped object has metadata.namespace %q", o.ID(), o.Namespace)
		}
		return
	}
	if o.Namespace == "" {
		c.rep.problemf("%s: namespaced object has no metadata.namespace", o.ID())
	} else if !c.has("Namespace", "", o.Namespace) {
		c.rep.problemf("%s: namespace %q is not created by this overlay", o.ID(), o.Namespace)
	}
}

// collect records the pod templates of workloads and checks that workload
// selectors select their own templates.
func (c *checker) collect(o Object) {
	add := func(meta metav1.ObjectMeta, spec *corev1.PodSpec, sel *metav1.LabelSelector, longRunning bool, claims map[string]bool) {
		pt := podTemplate{owner: o.ID(), namespace: o.Namespace, labels: meta.Labels, spec: spec, longRunning: longRunning, claimNames: claims}
		c.pods = append(c.pods, pt)
		if sel == nil {
			if longRunning {
				c.rep.problemf("%s: spec.selector is required", o.ID())
			}
			return
		}
		s, err := metav1.LabelSelectorAsSelector(sel)
		if err != nil {
			c.rep.problemf("%s: invalid spec.selector: %v", o.ID(), err)
			return
		}
		if s.Empty() {
			c.rep.problemf("%s: spec.selector is empty", o.ID())
		} else if !s.Matches(labels.Set(meta.Labels)) {
			c.rep.problemf("%s: spec.selector %s does not match the pod template labels %v", o.ID(), s, meta.Labels)
		}
	}
	switch obj := o.Obj.(type) {
	case *appsv1.Deployment:
		add(obj.Spec.Template.ObjectMeta, &obj.Spec.Template.Spec, obj.Spec.Selector, true, nil)
	case *appsv1.StatefulSet:
		claims := map[string]bool{}
		for _, vct := range obj.Spec.VolumeClaimTemplates {
			claims[vct.Name] = true
		}
		add(obj.Spec.Template.ObjectMeta, &obj.Spec.Template.Spec, obj.Spec.Selector, true, claims)
	case *appsv1.DaemonSet:
		add(obj.Spec.Template.ObjectMeta, &obj.Spec.Template.Spec, obj.Spec.Selector, true, nil)
	case *appsv1.ReplicaSet:
		add(obj.Spec.Template.ObjectMeta, &obj.Spec.Template.Spec, obj.Spec.Selector, true, nil)
	case *batchv1.Job:
		add(obj.Spec.Template.ObjectMeta, &obj.Spec.Template.Spec, obj.Spec.Selector, false, nil)
	case *batchv1.CronJob:
		t := &obj.Spec.JobTemplate.Spec.Template
		add(t.ObjectMeta, &t.Spec, obj.Spec.JobTemplate.Spec.Selector, false, nil)
	case *corev1.Pod:
		add(obj.ObjectMeta, &obj.Spec, nil, false, nil)
	}
}

// checkPod applies the per-container rules: resource requests and limits,
// a hardened securityContext, readiness probes for long-running workloads,
// probes on declared ports, and references to volumes, ConfigMaps and
// Secrets.
func (c *checker) checkPod(pt podTemplate) {
	spec := pt.spec
	volumes := map[string]bool{}
	for name := range pt.claimNames {
		volumes[name] = true
	}
	for _, v := range spec.Volumes {
		if volumes[v.Name] {
			c.rep.problemf("%s: duplicate volume %q", pt.owner, v.Name)
		}
		volumes[v.Name] = true
		c.checkVolume(pt, v)
	}
	for _, s := range spec.ImagePullSecrets {
		c.secretRef(pt.owner+": imagePullSecrets", pt, s.Name, corev1.DockerConfigJsonKey)
	}

	type containerKind struct {
		c    corev1.Container
		init bool
	}
	var all []containerKind
	for _, ct := range spec.InitContainers {
		all = append(all, containerKind{ct, true})
	}
	for _, ct := range spec.Containers {
		all = append(all, containerKind{ct, false})
	}
	if len(spec.Containers) == 0 {
		c.rep.problemf("%s: pod template has no containers", pt.owner)
	}
	for _, ck := range all {
		ct := ck.c
		where := fmt.Sprintf("%s: container %q", pt.owner, ct.Name)
		if ck.init {
			where = fmt.Sprintf("%s: init container %q", pt.owner, ct.Name)
		}
		if ct.Image == "" {
			c.rep.problemf("%s: no image", where)
		}
		c.checkResources(where, ct.Resources)
		c.checkSecurity(where, spec.SecurityContext, ct.SecurityContext)

		ports := map[string]bool{}
		numbers := map[int32]bool{}
		for _, p := range ct.Ports {
			numbers[p.ContainerPort] = true
			if p.Name == "" {
				continue
			}
			for _, e := range validation.IsValidPortName(p.Name) {
				c.rep.problemf("%s: invalid port name %q: %s", where, p.Name, e)
			}
			if ports[p.Name] {
				c.rep.problemf("%s: duplicate port name %q", where, p.Name)
			}
			ports[p.Name] = true
		}
		if !ck.init && pt.longRunning && ct.ReadinessProbe == nil {
			c.rep.problemf("%s: no readinessProbe", where)
		}
		c.checkProbe(where+": readinessProbe", ct.ReadinessProbe, ports, numbers)
		c.checkProbe(where+": livenessProbe", ct.LivenessProbe, ports, numbers)
		c.checkProbe(where+": startupProbe", ct.StartupProbe, ports, numbers)
		for _, m := range ct.VolumeMounts {
			if !volumes[m.Name] {
				c.rep.problemf("%s: volumeMount %q refers to no volume", where, m.Name)
			}
		}
		c.checkEnv(where, ct)
		for _, e := range ct.Env {
			if e.ValueFrom == nil {
				continue
			}
			if r := e.ValueFrom.SecretKeyRef; r != nil && (r.Optional == nil || !*r.Optional) {
				c.secretRef(where+": env "+e.Name, pt, r.Name, r.Key)
			}
			if r := e.ValueFrom.ConfigMapKeyRef; r != nil && (r.Optional == nil || !*r.Optional) {
				c.configMapRef(where+": env "+e.Name, pt.namespace, r.Name, r.Key)
			}
		}
		for _, e := range ct.EnvFrom {
			if r := e.SecretRef; r != nil && (r.Optional == nil || !*r.Optional) {
				c.secretRef(where+": envFrom", pt, r.Name)
			}
			if r := e.ConfigMapRef; r != nil && (r.Optional == nil || !*r.Optional) {
				c.configMapRef(where+": envFrom", pt.namespace, r.Name)
			}
		}
	}
}

// checkEnv rejects duplicate variable names (the last one silently wins,
// easy to get from a patch) and $(NAME) references, in env values, command
// and args, to variables the container does not define first: the kubelet
// leaves those unexpanded, literally "$(NAME)".
func (c *checker) checkEnv(where string, ct corev1.Container) {
	defined := map[string]bool{}
	// With envFrom the variable set is not fully known here.
	unknown := len(ct.EnvFrom) > 0
	for _, e := range ct.Env {
		if defined[e.Name] {
			c.rep.problemf("%s: env %s is defined more than once", where, e.Name)
		}
		for _, ref := range varRefs(e.Value) {
			if !defined[ref] && !unknown {
				c.rep.problemf("%s: env %s refers to $(%s), which is not defined before it in env (it would stay unexpanded)", where, e.Name, ref)
			}
		}
		defined[e.Name] = true
	}
	for field, list := range map[string][]string{"command": ct.Command, "args": ct.Args} {
		for _, arg := range list {
			for _, ref := range varRefs(arg) {
				if !defined[ref] && !unknown {
					c.rep.problemf("%s: %s refers to $(%s), which is not defined in env (it would stay unexpanded)", where, field, ref)
				}
			}
		}
	}
}

// varRefs returns the variable names referenced as $(NAME) in s, following
// the kubelet's expansion rules ($$ is an escaped $).
func varRefs(s string) []string {
	var refs []string
	for i := 0; i < len(s)-1; i++ {
		if s[i] != '$' {
			continue
		}
		switch s[i+1] {
		case '$':
			i++
		case '(':
			end := strings.IndexByte(s[i+2:], ')')
			if end < 0 {
				return refs
			}
			refs = append(refs, s[i+2:i+2+end])
			i += 2 + end
		}
	}
	return refs
}

func (c *checker) checkResources(where string, r corev1.ResourceRequirements) {
	for _, res := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		if _, ok := r.Limits[res]; !ok {
			c.rep.problemf("%s: no resources.limits.%s", where, res)
		}
		if _, ok := r.Requests[res]; !ok {
			c.rep.problemf("%s: no resources.requests.%s", where, res)
		}
		if req, ok := r.Requests[res]; ok {
			if lim, ok := r.Limits[res]; ok && req.Cmp(lim) > 0 {
				c.rep.problemf("%s: resources.requests.%s %s exceeds the limit %s", where, res, req.String(), lim.String())
			}
		}
	}
}

// checkSecurity checks the effective (container over pod) security settings.
func (c *checker) checkSecurity(where string, pod *corev1.PodSecurityContext, ct *corev1.SecurityContext) {
	if ct == nil {
		ct = &corev1.SecurityContext{}
	}
	if pod == nil {
		pod = &corev1.PodSecurityContext{}
	}
	nonRoot := ct.RunAsNonRoot
	if nonRoot == nil {
		nonRoot = pod.RunAsNonRoot
	}
	if nonRoot == nil || !*nonRoot {
		c.rep.problemf("%s: securityContext.runAsNonRoot is not true", where)
	}
	uid := ct.RunAsUser
	if uid == nil {
		uid = pod.RunAsUser
	}
	if uid != nil && *uid == 0 {
		c.rep.problemf("%s: securityContext.runAsUser is 0", where)
	}
	if ct.ReadOnlyRootFilesystem == nil || !*ct.ReadOnlyRootFilesystem {
		c.rep.problemf("%s: securityContext.readOnlyRootFilesystem is not true", where)
	}
	if ct.AllowPrivilegeEscalation == nil || *ct.AllowPrivilegeEscalation {
		c.rep.problemf("%s: securityContext.allowPrivilegeEscalation is not false", where)
	}
	if ct.Privileged != nil && *ct.Privileged {
		c.rep.problemf("%s: securityContext.privileged is true", where)
	}
	dropsAll := false
	if ct.Capabilities != nil {
		for _, cap := range ct.Capabilities.Drop {
			if cap == "ALL" {
				dropsAll = true
			}
		}
	}
	if !dropsAll {
		c.rep.problemf("%s: securityContext.capabilities.drop does not contain ALL", where)
	}
	seccomp := ct.SeccompProfile
	if seccomp == nil {
		seccomp = pod.SeccompProfile
	}
	if seccomp == nil || (seccomp.Type != corev1.SeccompProfileTypeRuntimeDefault && seccomp.Type != corev1.SeccompProfileTypeLocalhost) {
		c.rep.problemf("%s: seccompProfile is not RuntimeDefault (or Localhost)", where)
	}
}

func (c *checker) checkProbe(where string, p *corev1.Probe, names map[string]bool, numbers map[int32]bool) {
	if p == nil {
		return
	}
	checkPort := func(port intstr.IntOrString) {
		if port.Type == intstr.String {
			if !names[port.StrVal] {
				c.rep.problemf("%s: port %q is not a declared container port name", where, port.StrVal)
			}
		} else if !numbers[port.IntVal] {
			c.rep.problemf("%s: port %d is not a declared container port", where, port.IntVal)
		}
	}
	switch {
	case p.HTTPGet != nil:
		checkPort(p.HTTPGet.Port)
	case p.TCPSocket != nil:
		checkPort(p.TCPSocket.Port)
	case p.GRPC != nil:
		checkPort(intstr.FromInt32(p.GRPC.Port))
	case p.Exec != nil:
		if len(p.Exec.Command) == 0 {
			c.rep.problemf("%s: exec probe without a command", where)
		}
	default:
		c.rep.problemf("%s: probe has no handler", where)
	}
}

func (c *checker) checkVolume(pt podTemplate, v corev1.Volume) {
	where := fmt.Sprintf("%s: volume %q", pt.owner, v.Name)
	checkMode := func(mode *int32) {
		if mode != nil && (*mode < 0 || *mode > 0o777) {
			c.rep.problemf("%s: file mode %d (octal %o) is out of range 0-0777; write octal modes with a leading 0", where, *mode, *mode)
		}
	}
	switch {
	case v.ConfigMap != nil:
		checkMode(v.ConfigMap.DefaultMode)
		if v.ConfigMap.Optional == nil || !*v.ConfigMap.Optional {
			c.configMapRef(where, pt.namespace, v.ConfigMap.Name, itemKeys(v.ConfigMap.Items)...)
		}
	case v.Secret != nil:
		checkMode(v.Secret.DefaultMode)
		if v.Secret.Optional == nil || !*v.Secret.Optional {
			c.secretRef(where, pt, v.Secret.SecretName, itemKeys(v.Secret.Items)...)
		}
	case v.Projected != nil:
		checkMode(v.Projected.DefaultMode)
		for _, src := range v.Projected.Sources {
			if r := src.ConfigMap; r != nil && (r.Optional == nil || !*r.Optional) {
				c.configMapRef(where, pt.namespace, r.Name, itemKeys(r.Items)...)
			}
			if r := src.Secret; r != nil && (r.Optional == nil || !*r.Optional) {
				c.secretRef(where, pt, r.Name, itemKeys(r.Items)...)
			}
		}
	case v.PersistentVolumeClaim != nil:
		if !c.has("PersistentVolumeClaim", pt.namespace, v.PersistentVolumeClaim.ClaimName) {
			c.rep.problemf("%s: PersistentVolumeClaim %q is not rendered by this overlay", where, v.PersistentVolumeClaim.ClaimName)
		}
	}
}

func itemKeys(items []corev1.KeyToPath) []string {
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = it.Key
	}
	return keys
}

// configMapRef checks that the overlay renders the ConfigMap and that it has
// the keys read from it (a missing key keeps the pod from starting).
func (c *checker) configMapRef(where, namespace, name string, keys ...string) {
	o, ok := c.objects[key("ConfigMap", namespace, name)]
	if !ok {
		c.rep.problemf("%s: ConfigMap %q is not rendered by this overlay", where, name)
		return
	}
	cm := o.Obj.(*corev1.ConfigMap)
	for _, k := range keys {
		_, inData := cm.Data[k]
		_, inBinary := cm.BinaryData[k]
		if !inData && !inBinary {
			c.rep.problemf("%s: ConfigMap %q has no key %q", where, name, k)
		}
	}
}

// anyKey stands for "the whole Secret" (a volume without items, envFrom)
// in the keys recorded for Secrets created out-of-band.
const anyKey = "*"

// secretRef checks that a Secret the overlay renders has the keys read from
// it, and records Secrets that the overlay does not render, with those keys:
// they are expected to be created out-of-band (prod) and are listed in the
// summary.
func (c *checker) secretRef(where string, pt podTemplate, name string, keys ...string) {
	if o, ok := c.objects[key("Secret", pt.namespace, name)]; ok {
		s := o.Obj.(*corev1.Secret)
		for _, k := range keys {
			_, inData := s.Data[k]
			_, inString := s.StringData[k]
			if !inData && !inString {
				c.rep.problemf("%s: Secret %q has no key %q", where, name, k)
			}
		}
		return
	}
	if c.externalSecrets == nil {
		c.externalSecrets = map[string]map[string]bool{}
	}
	if c.externalSecrets[name] == nil {
		c.externalSecrets[name] = map[string]bool{}
	}
	if len(keys) == 0 {
		keys = []string{anyKey}
	}
	for _, k := range keys {
		c.externalSecrets[name][k] = true
	}
}

// selected returns the pod templates in namespace whose labels sel selects.
func (c *checker) selected(namespace string, sel labels.Selector) []podTemplate {
	var out []podTemplate
	for _, pt := range c.pods {
		if pt.namespace == namespace && sel.Matches(labels.Set(pt.labels)) {
			out = append(out, pt)
		}
	}
	return out
}

func (c *checker) checkSelectorMatches(o Object, ls *metav1.LabelSelector, field string) []podTemplate {
	if ls == nil {
		c.rep.problemf("%s: %s is not set", o.ID(), field)
		return nil
	}
	sel, err := metav1.LabelSelectorAsSelector(ls)
	if err != nil {
		c.rep.problemf("%s: invalid %s: %v", o.ID(), field, err)
		return nil
	}
	pods := c.selected(o.Namespace, sel)
	if len(pods) == 0 {
		c.rep.problemf("%s: %s %s matches no pod template", o.ID(), field, sel)
	}
	return pods
}

// portDeclared reports whether any container of the pods declares port
// (by name or by number).
func portDeclared(pods []podTemplate, port intstr.IntOrString) bool {
	for _, pt := range pods {
		for _, ct := range pt.spec.Containers {
			for _, p := range ct.Ports {
				if (port.Type == intstr.String && p.Name == port.StrVal) || (port.Type == intstr.Int && p.ContainerPort == port.IntVal) {
					return true
				}
			}
		}
	}
	return false
}

func (c *checker) checkService(o Object, svc *corev1.Service) {
	if svc.Spec.Type == corev1.ServiceTypeExternalName || len(svc.Spec.Selector) == 0 {
		return
	}
	sel := labels.SelectorFromSet(svc.Spec.Selector)
	pods := c.selected(o.Namespace, sel)
	if len(pods) == 0 {
		c.rep.problemf("%s: spec.selector %s matches no pod template", o.ID(), sel)
		return
	}
	for _, p := range svc.Spec.Ports {
		target := p.TargetPort
		if target.Type == intstr.Int && target.IntVal == 0 {
			target = intstr.FromInt32(p.Port)
		}
		if !portDeclared(pods, target) {
			c.rep.problemf("%s: port %q targets %s, which no selected container declares", o.ID(), p.Name, target.String())
		}
	}
}

func (c *checker) checkStatefulSetService(o Object, sts *appsv1.StatefulSet) {
	if sts.Spec.ServiceName == "" {
		return
	}
	svc, ok := c.objects[key("Service", o.Namespace, sts.Spec.ServiceName)]
	if !ok {
		c.rep.problemf("%s: spec.serviceName %q is not rendered by this overlay", o.ID(), sts.Spec.ServiceName)
		return
	}
	if s := svc.Obj.(*corev1.Service); s.Spec.ClusterIP != corev1.ClusterIPNone {
		c.rep.problemf("%s: spec.serviceName %q is not a headless Service (clusterIP: None)", o.ID(), sts.Spec.ServiceName)
	}
}

func (c *checker) checkNetworkPolicy(o Object, np *networkingv1.NetworkPolicy) {
	sel, err := metav1.LabelSelectorAsSelector(&np.Spec.PodSelector)
	if err != nil {
		c.rep.problemf("%s: invalid spec.podSelector: %v", o.ID(), err)
		return
	}
	if sel.Empty() {
		return
	}
	pods := c.selected(o.Namespace, sel)
	if len(pods) == 0 {
		c.rep.problemf("%s: spec.podSelector %s matches no pod template", o.ID(), sel)
		return
	}
	for i, rule := range np.Spec.Ingress {
		for _, p := range rule.Ports {
			if p.Port != nil && p.EndPort == nil && !portDeclared(pods, *p.Port) {
				c.rep.problemf("%s: spec.ingress[%d] allows port %s, which no selected container declares", o.ID(), i, p.Port.String())
			}
		}
		for j, peer := range rule.From {
			if peer.PodSelector == nil || peer.NamespaceSelector != nil {
				continue
			}
			ps, err := metav1.LabelSelectorAsSelector(peer.PodSelector)
			if err != nil {
				c.rep.problemf("%s: invalid spec.ingress[%d].from[%d].podSelector: %v", o.ID(), i, j, err)
				continue
			}
			if !ps.Empty() && len(c.selected(o.Namespace, ps)) == 0 {
				c.rep.problemf("%s: spec.ingress[%d].from[%d].podSelector %s matches no pod template", o.ID(), i, j, ps)
			}
		}
	}
}
