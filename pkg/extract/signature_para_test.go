package extract

import "testing"

// TestSignatureParagraph covers a quotation paragraph signed after a dash in
// the next paragraph; a dash paragraph that is no name signs nothing.
func TestSignatureParagraph(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := "\"We will fix every road in this county by spring.\"\n\n- Jo Ruiz, speaking at the fair.\n\nThe county has 400 miles of road."
	q := find(t, ex.Extract(text), "We will fix every road")
	if m := mention(text, q); m != "Jo Ruiz" {
		t.Errorf("mention %q, want the signature", m)
	}
	checkNoStatements(t, ex, []string{"\"We will fix every road in this county by spring.\"\n\n- A bold promise -.\n\nThe county has 400 miles of road."})
	// a title before the name: at inference only, accepted by rule
	text = "\"We will fix every road in this county by spring.\"\n\n- Mayor Jo Ruiz, speaking at the fair.\n\nThe county has 400 miles of road."
	q = find(t, ex.Extract(text), "We will fix every road")
	if m := mention(text, q); m != "Mayor Jo Ruiz" {
		t.Errorf("mention %q, want the signature with its title", m)
	}
	d := newDoc(text)
	d.training = true
	if got := d.findAttributions(); len(got) != 0 {
		t.Errorf("titled signature built in training")
	}
	d.release()
}
