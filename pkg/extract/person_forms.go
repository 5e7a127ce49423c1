package extract

import "strings"

// "Edward G. Rendell" in one paper, "Ed Rendell" in another; "Benjamin J.
// Rhodes" and "Ben Rhodes": one person written with the long and the short
// form of the given name made two speakers across articles. A person entry
// of the alias table would join them, but person entries change the kinds
// the accept model reads (adding these moved data/accept.bin). So the
// table's "form" lines are read apart from its entries: the refined pass
// names a person whose name (in PersonNameForm) a form line lists by the
// line's name. Session 23, train speaker names: 21 design names changed
// (9 documents), 21 right, 0 wrong.

// addForms records forms as other written forms of the person name.
func (b *builder) addForms(name string, forms []string) {
	for _, f := range forms {
		b.addForm(strings.ToLower(PersonNameForm(f)), name)
	}
}

// addForm records the key of a form (lower case, in PersonNameForm); a
// later line giving the same form another name wins, as a later table's
// entries do in Merge.
func (b *builder) addForm(key, name string) {
	if b.forms == nil {
		b.forms = map[string]string{}
	}
	b.forms[key] = name
}

// personForm gives a person speaker sp the listed name of its form.
func (r *resolver) personForm(sp Speaker) Speaker {
	if r.al == nil || sp.Kind != SpeakerPerson || sp.Members != nil || !strings.Contains(sp.Name, " ") {
		return sp
	}
	n, ok := r.al.personForms[r.lowerScratch(PersonNameForm(sp.Name))]
	if !ok || n == sp.Name {
		return sp
	}
	sp.Aliases = append(sp.Aliases[:len(sp.Aliases):len(sp.Aliases)], sp.Name)
	sp.ID, sp.Name = r.id(n), n
	return sp
}

// PersonForm returns the name the table's form lines give the person
// written as name ("Edward G. Rendell": "Ed Rendell").
func (a *Aliases) PersonForm(name string) (string, bool) {
	n, ok := a.personForms[strings.ToLower(PersonNameForm(strings.TrimSpace(name)))]
	return n, ok
}
