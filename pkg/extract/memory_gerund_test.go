package extract

import "testing"

// TestMemoryGerund: "she remembers shouting" frames the quotation with
// "she"; a belief after a memory verb keeps its old frame.
func TestMemoryGerund(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "“Get everyone out,” she remembers shouting.", content: "Get everyone out", mention: "she"},
		{text: "She remembers shouting: “Get everyone out.”", content: "Get everyone out.", mention: "She"},
		{text: "Smith remembered saying that the plan would fail.", content: "that the plan would fail", mention: "Smith"},
	})
	for _, training := range []bool{false, true} {
		d := newDoc("Smith remembered saying that the plan would fail.")
		d.training = training
		got := d.findAttributions()
		if len(got) != 1 {
			t.Fatalf("training %v: %d frames, want 1", training, len(got))
		}
		if m := d.text[d.toks[got[0].subj.s].s:d.toks[got[0].subj.e-1].e]; training && m != "Smith remembered" || !training && m != "Smith" {
			t.Errorf("training %v: subject %q", training, m)
		}
		d.release()
	}
	// not before a belief's gerund, nor before a speech verb's other forms
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I remember feeling that the vote mattered.", false},
		{"I remember he said that the vote mattered.", false},
		{"I remember saying that the vote mattered.", true},
	} {
		d := newDoc(c.text)
		if got := d.memoryBeforeGerund(1, 2); got != c.want {
			t.Errorf("%q: memoryBeforeGerund %v, want %v", c.text, got, c.want)
		}
		d.release()
	}
}
