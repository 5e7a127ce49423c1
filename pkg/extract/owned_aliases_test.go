package extract

import (
	"slices"
	"testing"
)

// The resolver shares the alias table's aliases (Aliases.resolveShared):
// the quotes must still own theirs, so that a caller writing to them
// leaves the table as it was.
func TestQuoteAliasesOwned(t *testing.T) {
	al := DefaultAliases()
	want, ok := al.Resolve("Joe Biden")
	if !ok || len(want.Aliases) == 0 {
		t.Skip("no Joe Biden with aliases in the default table")
	}
	qs := New(nil).Extract(`"We will rebuild the economy," Joe Biden said on Tuesday.`)
	n := 0
	for _, q := range qs {
		for i := range q.Speaker.Aliases {
			q.Speaker.Aliases[i] = "overwritten"
			n++
		}
	}
	if n == 0 {
		t.Fatalf("no aliases in %+v", qs)
	}
	if got, _ := al.Resolve("Joe Biden"); !slices.Equal(got.Aliases, want.Aliases) {
		t.Errorf("table aliases changed: %q, want %q", got.Aliases, want.Aliases)
	}
}
