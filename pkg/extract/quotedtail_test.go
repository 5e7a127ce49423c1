package extract

import (
	"strings"
	"testing"
)

// An unquoted reported statement carried on by a lower-case quoted phrase
// later in its sentence is one statement.
func TestQuotedTailOfIndirect(t *testing.T) {
	qs := New(nil).Extract("The mayor said that the bridge was finished, but the road is still “a long way from being ready for cars.”")
	want := "that the bridge was finished, but the road is still “a long way from being ready for cars.”"
	if len(qs) != 1 || qs[0].Text != want {
		t.Fatalf("got %+v, want one statement %q", qs, want)
	}
}

// A quotation after a colon opens a new quoted statement.
func TestQuotedTailOfIndirectColon(t *testing.T) {
	qs := New(nil).Extract("The mayor said that the bridge was finished, and then one more thing: “we will open it in May.”")
	for _, q := range qs {
		if strings.Contains(q.Text, "finished") && strings.Contains(q.Text, "May") {
			t.Errorf("joined across a colon: %q", q.Text)
		}
	}
}

// A reported statement that already holds a quoted phrase also takes a
// lower-case quoted tail of its sentence.
func TestQuotedTailOfPartial(t *testing.T) {
	qs := New(nil).Extract("The coach said the team “played with heart” and showed “real promise for next season.”")
	want := "the team “played with heart” and showed “real promise for next season.”"
	if len(qs) != 1 || qs[0].Text != want {
		t.Fatalf("got %+v, want one statement %q", qs, want)
	}
}
