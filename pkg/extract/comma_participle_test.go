package extract

import "testing"

// TestCommaParticiple: a participle of saying after a comma, before a
// that-clause or a quotation, is kept; a participle whose object is no
// clause ("writing songs") gives no statement.
func TestCommaParticiple(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content string }{
		{"Split.\n\nThe singer, 31, confirmed the news in an Instagram Story, writing that she was \"single and happy.\"", "that she was \"single and happy.\""},
		{"Split.\n\nThe 34-year-old announced his retirement on Instagram, writing that it was \"time to say goodbye.\"", "that it was \"time to say goodbye.\""},
	} {
		find(t, ex.Extract(c.text), c.content)
	}
	for _, text := range []string{
		"Split.\n\nThe singer spent the summer in Spain, writing songs for the album.",
	} {
		for _, q := range ex.Extract(text) {
			if q.IsSpeech {
				t.Errorf("%q: statement %q, want none", text, q.Text)
			}
		}
	}
}
