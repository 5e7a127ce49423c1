package main

import (
	"math"
	"testing"
)

func TestHeldOutFit(t *testing.T) {
	// ranked perfectly: AUC 1
	_, auc := heldOutFit([]scored{{0.9, 1}, {0.2, 0}, {0.8, 1}, {0.1, 0}})
	if auc != 1 {
		t.Errorf("perfect ranking: AUC %v, want 1", auc)
	}
	// all tied: AUC 0.5, log loss ln 2
	ll, auc := heldOutFit([]scored{{0.5, 1}, {0.5, 0}, {0.5, 1}})
	if auc != 0.5 || math.Abs(ll-math.Ln2) > 1e-9 {
		t.Errorf("ties: AUC %v log loss %v, want 0.5 and ln 2", auc, ll)
	}
	// one of the four positive-negative pairs in the wrong order
	_, auc = heldOutFit([]scored{{0.9, 1}, {0.6, 0}, {0.4, 1}, {0.1, 0}})
	if auc != 0.75 {
		t.Errorf("one swapped pair of four: AUC %v, want 0.75", auc)
	}
}
