package extract

import (
	"strings"
	"testing"
)

// TestDirectionalMarks covers a directional mark before the quotation mark
// that opens a paragraph (typed as a closing one): at inference the mark
// is skipped and the quotation is the statement; in training it stays a
// token. A mark inside a word or between words changes nothing else.
func TestDirectionalMarks(t *testing.T) {
	text := "Palin posted again.\n\n\u202a”We will win this fight,” said Ann Kim."
	q := find(t, New(nil).Extract(text), "We will win this fight")
	if q.Speaker.Name != "Ann Kim" {
		t.Errorf("speaker %q, want Ann Kim", q.Speaker.Name)
	}
	for _, training := range []bool{false, true} {
		d := newDocFor("Lee\u200f said \u2067the plan\u2069 failed.", training)
		var words []string
		for _, tk := range d.toks {
			words = append(words, d.text[tk.s:tk.e])
		}
		d.release()
		got := strings.Join(words, " ")
		want := "Lee said the plan failed ."
		if training {
			want = "Lee \u200f said \u2067 the plan \u2069 failed ."
		}
		if got != want {
			t.Errorf("training %v: tokens %q, want %q", training, got, want)
		}
	}
	if invisibleFormat('a') || invisibleFormat('\u200d') || !invisibleFormat('\u202c') {
		t.Error("invisibleFormat: wrong marks")
	}
}
