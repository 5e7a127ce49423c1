package extract

// A person who opens the sentence before a he or she is its antecedent
// (resolve_new_subject.go) also when an apposition, an age or a relative
// clause stands between the name and its verb: "“We will act,” Tom Kane
// said. Bob Ruiz, the club's manager, was less sure. He said ...",
// "Joel Hill, 39, came from Ohio.", "Ann Lee, who runs the shelter, was
// worried." Refined pass only (speaker names). Session 22, from the design
// docs' errors of pronoun speakers (see the commit for the counts).

// maxSubjectApposition bounds the words of such an apposition.
const maxSubjectApposition = 30

// subjectAppositionEnd returns the token after the apposition that opens
// at the comma k after a sentence's subject (the verb, if the subject
// goes on), or k when none closes before a lower-case word within the
// sentence ending at e: the closing comma must follow a lower-case word
// or a number inside, and no quotation, dash or parenthesis may stand in
// between ("Smith, Jones and Lee" is a list, not an apposition).
func (d *doc) subjectAppositionEnd(k, e int) int {
	lower := false
	for x := k + 1; x < e && x <= k+maxSubjectApposition; x++ {
		t := d.tokAt(x)
		switch t.kind {
		case tWord:
			if !t.upper {
				if x == k+1 && (t.lower == "and" || t.lower == "or" || t.lower == "but") {
					return k
				}
				lower = true
			}
			continue
		case tQuote:
			return k
		}
		if t.lower != "," {
			return k
		}
		if !lower {
			return k
		}
		n := d.tokAt(x + 1)
		if n.kind != tWord || n.upper || n.lower == "and" || n.lower == "or" || n.lower == "but" || d.inQuote(x+1) {
			return k
		}
		return x + 1
	}
	return k
}
