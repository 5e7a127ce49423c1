package extract

import "testing"

// TestEndBeforeSourceAside covers a forward content ended before an aside on
// how the source spoke or what it left out; at inference only.
func TestEndBeforeSourceAside(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Officials told Reuters the toll could rise, speaking on condition of anonymity.", content: "the toll could rise", mention: "Officials"},
		{text: "A diplomat said the talks had stalled, speaking on the condition of anonymity because he was not authorised to speak.", content: "the talks had stalled", mention: "A diplomat"},
		{text: "The minister said the talks had stalled, speaking to reporters in Geneva.", content: "the talks had stalled", mention: "The minister"},
		{text: "The official said the ceasefire was holding, speaking by phone from Kyiv.", content: "the ceasefire was holding", mention: "The official"},
		{text: "A source said the deal was close, who asked not to be named.", content: "the deal was close", mention: "A source"},
		{text: "A source said the deal was close, asking not to be identified.", content: "the deal was close", mention: "A source"},
		{text: "The aide said the bill would pass, on condition of anonymity.", content: "the bill would pass", mention: "The aide"},
		{text: "The health ministry said 23 people had been killed, without giving details.", content: "23 people had been killed", mention: "The health ministry"},
		{text: "The army said it had repelled the attack, without elaborating.", content: "it had repelled the attack", mention: "The army"},
		// no comma, a gerund of another sense, or inside a quotation: the content goes on
		{text: "He said the firm would grow without giving up its roots.", content: "the firm would grow without giving up its roots", mention: "He"},
		{text: "He said the firm would grow, without doubt, in the next year.", content: "the firm would grow, without doubt, in the next year", mention: "He"},
		{text: "She said the job was mostly about talking, speaking and listening.", content: "the job was mostly about talking, speaking and listening", mention: "She"},
		{text: "She said it was “a deal, speaking on behalf of everyone here.”", content: "it was “a deal, speaking on behalf of everyone here.”", mention: "She"},
	})
	d := newDoc("Officials told Reuters the toll could rise, speaking on condition of anonymity.")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.content[fi].e-1) != "anonymity" {
			t.Errorf("content ended before the aside in training")
		}
	}
	d.release()
}
