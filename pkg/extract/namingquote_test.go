package extract

import "testing"

// TestNamingQuoteEndsContent: "called X “Y”" names X; the narration after
// the naming quotation is not part of the statement.
func TestNamingQuoteEndsContent(t *testing.T) {
	for text, want := range map[string]string{
		"The mayor called the new budget “a disgrace” and the council voted it down on Tuesday.": "the new budget “a disgrace”",
		"Critics have been calling the bridge “a road to nowhere” for most of the last decade.":  "the bridge “a road to nowhere”",
	} {
		qs := NewWithModels(nil, nil, nil).Extract(text) // rule candidates, no cut model
		q := find(t, qs, "“a")
		if q.Text != want { // Text drops the edge quotation marks
			t.Errorf("%q: content %q, want %q", text, q.Text, want)
		}
	}
}
