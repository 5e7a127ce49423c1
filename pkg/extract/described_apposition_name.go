package extract

// "The jury president, the Danish actress Signe Holm, said": after the
// comma of a description, a second, lower-case description ("the Danish
// actress", "the veteran striker") stands before the name, so the
// capitalised run after the comma was not the name and the speaker was
// the whole subject, of unknown kind. The name is the capitalised run
// that ends the subject when only a determiner, one capitalised word
// (a nationality) and lower-case words stand before it. Session 27,
// hand-written long article; names only.

// describedNameStart returns where the name starts in s..e (after "the
// Danish actress"), or s when the words before the subject's last
// capitalised run are no such description.
func (d *doc) describedNameStart(s, e int) int {
	if w := d.word(s); w != "the" && w != "a" && w != "an" {
		return s
	}
	p := e
	for p > s && d.tokAt(p-1).kind == tWord && d.toks[p-1].upper {
		p--
	}
	if p-s < 2 || p-s > 5 || e-p < 2 {
		return s
	}
	lower := false
	for k := s + 1; k < p; k++ {
		t := d.tokAt(k)
		switch {
		case t.kind != tWord:
			return s
		case t.upper && k != s+1:
			return s // one capitalised word only, first: "the Danish actress"
		case !t.upper:
			if t.lower == "and" || t.lower == "of" {
				return s
			}
			lower = true
		}
	}
	if !lower || d.tokAt(p-1).kind != tWord {
		return s
	}
	return p
}
