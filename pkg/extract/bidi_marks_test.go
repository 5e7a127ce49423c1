package extract

import "testing"

// TestBidiMarks covers the bidirectional embedding marks before a pasted
// post's quotation: skipped at inference, so that a closing-style mark
// after them opens the paragraph's quotation; kept in training.
func TestBidiMarks(t *testing.T) {
	text := "Her post drew replies.\n\n\u202a”Sorry, you should have said it,” posted Ann Lee."
	checkContents(t, NewWithModels(nil, nil, nil), []contentCase{
		{text: text, content: "Sorry, you should have said it,", mention: "Ann Lee"},
	})
	if n := len(tokenizeMarks(text, nil, false)) - len(tokenize(text, nil)); n != 1 {
		t.Errorf("training tokens: %d more than at inference, want 1", n)
	}
}
