package extract

import (
	"strings"
	"testing"
)

// TestNegatedFrameTakesNoQuotation: a quotation before "X did not respond"
// is not X's; it goes on with the statement before it.
func TestNegatedFrameTakesNoQuotation(t *testing.T) {
	for _, text := range []string{
		"“That is nonsense,” Mr. Reed said by phone on Monday. “He invents things, and everybody knows it.” The campaign did not respond.",
		"“That is nonsense,” Mr. Reed said by phone on Monday. “He invents things.” Her office didn’t immediately respond.",
		"“That is nonsense,” Mr. Reed said by phone on Monday. “He invents things.” The mayor would not comment.",
	} {
		qs := NewWithModels(nil, nil, nil).Extract(text) // rule candidates
		q := find(t, qs, "He invents things")
		if !strings.Contains(q.Speaker.Name, "Reed") {
			t.Errorf("%q: speaker %+v, want Reed", text, q.Speaker)
		}
	}
}
