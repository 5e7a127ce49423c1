package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/kubernetes/scheme"
	sigsjson "sigs.k8s.io/json"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/api/resmap"
	"sigs.k8s.io/kustomize/api/resource"
	"sigs.k8s.io/kustomize/kyaml/filesys"
)

// Object is one rendered object, decoded into its Kubernetes API Go type.
type Object struct {
	GVK       schema.GroupVersionKind
	Namespace string
	Name      string
	Obj       runtime.Object
}

// ID names the object in messages: Kind/name.
func (o Object) ID() string { return o.GVK.Kind + "/" + o.Name }

// Report is the outcome of checking one overlay.
type Report struct {
	Dir string
	// Objects holds every object that decoded cleanly.
	Objects []Object
	// Rendered counts every object kustomize produced, by kind, including
	// those that failed to decode.
	Rendered map[string]int
	// ExternalSecrets lists Secrets referenced by pods but not rendered by
	// the overlay; they must be created out-of-band.
	ExternalSecrets []string
	// ExternalSecretKeys maps each of ExternalSecrets to the keys pods read
	// from it, sorted ("*": the whole Secret is mounted or imported).
	ExternalSecretKeys map[string][]string
	Problems           []string
	// YAML is the rendered multi-document YAML.
	YAML []byte
}

func (r *Report) problemf(format string, args ...any) {
	r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
}

// Summary is a one-line description: object counts by kind, plus the
// Secrets the overlay expects to exist already.
func (r *Report) Summary() string {
	kinds := make([]string, 0, len(r.Rendered))
	total := 0
	for k, n := range r.Rendered {
		kinds = append(kinds, k)
		total += n
	}
	sort.Strings(kinds)
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%s=%d", k, r.Rendered[k])
	}
	s := fmt.Sprintf("%d objects", total)
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, " ") + ")"
	}
	if len(r.ExternalSecrets) > 0 {
		list := make([]string, len(r.ExternalSecrets))
		for i, name := range r.ExternalSecrets {
			list[i] = name
			if keys := r.ExternalSecretKeys[name]; len(keys) > 0 {
				list[i] += " (" + strings.Join(keys, " ") + ")"
			}
		}
		s += "; Secrets to create out-of-band: " + strings.Join(list, ", ")
	}
	return s
}

// CheckOverlay renders the kustomization in dir, decodes every object
// strictly and runs the sanity checks. All findings end up in
// Report.Problems.
func CheckOverlay(dir string) *Report {
	rep := &Report{Dir: dir, Rendered: map[string]int{}}
	m, err := render(dir)
	if err != nil {
		rep.problemf("kustomize build failed: %v", err)
		return rep
	}
	if rep.YAML, err = m.AsYaml(); err != nil {
		rep.problemf("cannot serialize the rendered objects: %v", err)
	}
	resources := m.Resources()
	if len(resources) == 0 {
		rep.problemf("kustomize build produced no objects")
		return rep
	}
	for _, res := range resources {
		rep.Rendered[res.GetGvk().Kind]++
		obj, problems := decode(res)
		rep.Problems = append(rep.Problems, problems...)
		if len(problems) == 0 {
			rep.Objects = append(rep.Objects, obj)
		}
	}
	runChecks(rep)
	return rep
}

// render builds the kustomization in dir with the kustomize library, using
// the same defaults as `kubectl apply -k` / `kustomize build`.
func render(dir string) (resmap.ResMap, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
	return k.Run(filesys.MakeFsOnDisk(), abs)
}

// decode converts one rendered resource into its typed API object. Kinds not
// registered in client-go's scheme (CRDs, typos, wrong apiVersion) and any
// unknown or duplicate field are reported as problems.
func decode(res *resource.Resource) (Object, []string) {
	g := res.GetGvk()
	gvk := schema.GroupVersionKind{Group: g.Group, Version: g.Version, Kind: g.Kind}
	o := Object{GVK: gvk, Namespace: res.GetNamespace(), Name: res.GetName()}
	id := o.ID()
	if gvk.Kind == "" || gvk.Version == "" {
		return o, []string{fmt.Sprintf("%s: missing apiVersion or kind", id)}
	}
	obj, err := scheme.Scheme.New(gvk)
	if err != nil {
		if runtime.IsNotRegisteredError(err) {
			return o, []string{fmt.Sprintf("%s: unknown kind %q for apiVersion %q (not a built-in Kubernetes API type)", id, gvk.Kind, gvk.GroupVersion().String())}
		}
		return o, []string{fmt.Sprintf("%s: %v", id, err)}
	}
	data, err := res.MarshalJSON()
	if err != nil {
		return o, []string{fmt.Sprintf("%s: cannot convert to JSON: %v", id, err)}
	}
	strictErrs, err := sigsjson.UnmarshalStrict(data, obj)
	if err != nil {
		return o, []string{fmt.Sprintf("%s: cannot decode into %T: %v", id, obj, err)}
	}
	if len(strictErrs) > 0 {
		out := make([]string, len(strictErrs))
		for i, e := range strictErrs {
			out[i] = fmt.Sprintf("%s: %v", id, e)
		}
		return o, out
	}
	o.Obj = obj
	return o, nil
}
