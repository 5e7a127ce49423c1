package extract

// "“Sales will recover next year.” — Tom Reed MP", "— Jane Roe QC",
// "— Ann Lee MSP": British and Irish copy signs a quotation with the
// post-nominal letters of an office or honour after the name. "MP" is a
// role noun, so the signature was no proper name (isProperName) and the
// quotation went unsigned, while "Tom Reed OBE" was signed. At inference a
// signature that is a proper name followed by one post-nominal in capitals
// (postNominals, resolve_names.go, which also drops it from the speaker's
// name) signs the quotation. Session 25; a signature frame trains, so
// training keeps the old frames.

// postNominalName reports np, a proper name and one post-nominal in
// capitals. Inference only.
func (d *doc) postNominalName(np rng) bool {
	if d.training || np.e-np.s < 3 {
		return false
	}
	t := d.toks[np.e-1]
	return t.kind == tWord && postNominals.has(t.lower) && isAllCaps(d.text[t.s:t.e]) && d.isProperName(rng{np.s, np.e - 1})
}
