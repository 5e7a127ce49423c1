package extract

// unclosedColonFrame recognises a name or a "from" phrase before a colon
// that opens a quotation left unclosed to its paragraph's end: newsletters
// and round-ups quote long excerpts that way ("More from Ortiz: “The ...
// [Gazette.]"). The closed quotation's frames (colonNameFrame,
// colonFromFrame) take the same shapes. The frame is scored but not
// trained on (attribution.untrained): its few candidates would shift the
// accept model's weights for every other statement.
func (d *doc) unclosedColonFrame(q quotation) *attribution {
	a := d.colonNameFrame(q)
	if a == nil {
		a = d.colonFromFrame(q)
	}
	if a != nil {
		a.untrained = true
	}
	return a
}
