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

// TestBidiMarks covers the bidirectional embedding marks before a pasted
// post's quotation: skipped at inference, so that a closing-style mark
// after them opens the paragraph's quotation; kept in training.
func TestBidiMarks(t *testing.T) {
	text := "Her post drew replies.\n\n\u202a”Sorry, you should have said it,” posted Ann Lee."
	checkContents(t, NewWithModels(nil, nil, nil), []contentCase{
		{text: text, content: "Sorry, you should have said it", mention: "Ann Lee"},
	})
	if n := len(tokenizeMarks(text, nil, false)) - len(tokenize(text, nil)); n != 1 {
		t.Errorf("training tokens: %d more than at inference, want 1", n)
	}
}
