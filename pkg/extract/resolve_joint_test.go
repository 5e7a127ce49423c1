package extract

import (
	"slices"
	"testing"
)

// TestJointSpeakers: names joined by "and" speak together, each as the
// article resolves it; a plural title before them is both's; a subject
// that is not all names keeps the old reading.
func TestJointSpeakers(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Lavrov and Blinken said the talks would continue.", "the talks would continue", "Sergei Lavrov and Antony Blinken", SpeakerPerson, ""},
		{"Ana Smith and Bob Jones said the talks would continue.", "the talks would continue", "Ana Smith and Bob Jones", SpeakerPerson, ""},
		{"Smith and Jones said the talks would continue.", "the talks would continue", "Smith and Jones", "", ""},
		{"Senators Ana Smith and Bob Jones wrote that the bill was flawed.", "the bill was flawed", "Ana Smith and Bob Jones", SpeakerPerson, ""},
		{"Russia and China said the talks would continue.", "the talks would continue", "Russia and China", "", ""},
		{"Ana Smith, Bob Jones and Carla Diaz wrote that the bill was flawed.", "the bill was flawed", "Ana Smith, Bob Jones and Carla Diaz", SpeakerPerson, ""},
		{"The FBI and the Justice Department said the probe was over.", "the probe was over", "Federal Bureau of Investigation and Department of Justice", SpeakerOrganization, ""},
		{"Ana Smith and the others said the talks would continue.", "the talks would continue", "Ana Smith and the others", SpeakerAnonymous, ""},
		{"Unlike Ana Smith, Bob Jones and Carla Diaz said the plan was fine.", "the plan was fine", "Carla Diaz", SpeakerPerson, ""},
	})
}

// TestJointSpeakerList: a list of three names, with or without the serial
// comma, is one speaker named "A, B and C"; a lower-case word in it is no
// list of names.
func TestJointSpeakerList(t *testing.T) {
	for text, want := range map[string]string{
		"Ana Smith, Bob Jones, and Carla Diaz": "Ana Smith, Bob Jones and Carla Diaz",
		"Ana Smith, Bob Jones and Carla Diaz":  "Ana Smith, Bob Jones and Carla Diaz",
		"Ana Smith and her aides":              "",
	} {
		d := newDoc(text + " wrote that the bill was flawed.")
		r := newResolver(d, DefaultAliases())
		r.refined = true
		end := 0
		for end < len(d.toks) && d.word(end) != "wrote" {
			end++
		}
		sp, ok := r.jointSpeaker(&attribution{subj: rng{0, end}, name: noRange, title: noRange})
		if ok != (want != "") || sp.Name != want {
			t.Errorf("%q: %q, %v; want %q", text, sp.Name, ok, want)
		}
	}
}

// TestJointSpeakerMembers: a joint speaker lists its members under the
// ids their statements alone get, so a client lists the joint statement
// under each of them.
func TestJointSpeakerMembers(t *testing.T) {
	ex := New(DefaultAliases())
	sp := find(t, ex.Extract("Lavrov and Blinken said the talks would continue."), "the talks would continue").Speaker
	var ids []string
	for _, m := range sp.Members {
		ids = append(ids, m.ID)
	}
	if want := []string{"sergei-lavrov", "antony-blinken"}; !slices.Equal(ids, want) {
		t.Errorf("members %q, want %q", ids, want)
	}
	alone := find(t, ex.Extract("Paul D. Ryan said the bill was dead."), "the bill was dead").Speaker
	joint := find(t, ex.Extract("Donald Trump and Paul D. Ryan said the bill was dead."), "the bill was dead").Speaker
	if len(joint.Members) != 2 || joint.Members[1].ID != alone.ID || len(alone.Members) != 0 {
		t.Errorf("joint members %v, alone %q", joint.Members, alone.ID)
	}
}

// TestResolveDepthBound: resolve gives up at its depth bound instead of
// calling itself on (a stack overflow is no panic Extract recovers).
func TestResolveDepthBound(t *testing.T) {
	d := newDoc("Ana Smith and Bob Jones said the talks would continue.")
	r := newResolver(d, DefaultAliases())
	r.refined = true
	a := &attribution{subj: rng{0, 5}, name: noRange, title: noRange}
	if sp := r.resolve(a); sp.Name != "Ana Smith and Bob Jones" {
		t.Fatalf("resolve = %q", sp.Name)
	}
	r.depth = maxResolveDepth
	if sp := r.resolve(a); sp.Kind != SpeakerUnknown {
		t.Errorf("resolve at the depth bound = %q (%s), want unknown", sp.Name, sp.Kind)
	}
}
