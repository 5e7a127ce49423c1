package extract

// A lone surname with a party tag in parentheses, "Ortiz (D-Calif.) said",
// was resolved to the name "Ortiz (D-Calif.)": subjectBefore gives the
// parenthesis to the mention but no name part when the subject is one word
// (with a first name, "Sen. Ana Ortiz (D-Calif.)", the name part was
// right). The refined pass now reads the name before the parenthesis; the
// plain pass keeps the name the accept model was trained with.

// beforeParenthesis returns name without a closing parenthetical ("Ortiz
// (D-Calif.)" -> "Ortiz"), or name when it has none or nothing before it.
func (d *doc) beforeParenthesis(name rng) rng {
	if !name.ok() || d.punct(name.e-1) != ")" {
		return name
	}
	for k := name.e - 2; k > name.s; k-- {
		switch d.punct(k) {
		case "(":
			if d.tokAt(k-1).kind == tWord {
				return rng{name.s, k}
			}
			return name
		case ")":
			return name
		}
	}
	return name
}
