package extract

import (
	_ "embed"
	"strings"
)

// "Edward G. Rendell" in one paper, "Ed Rendell" in another; "Benjamin J.
// Rhodes" and "Ben Rhodes": one person written with the long and the short
// form of the given name made two speakers across articles. The alias
// table would join them, but its entries change the kinds the accept
// model reads (adding these moved data/accept.bin). The refined pass
// names a person whose name (in PersonNameForm) data/personforms.txt lists
// as another form by the line's first name. Session 23, train speaker
// names: 21 design names changed (9 documents), 21 right, 0 wrong.

//go:embed data/personforms.txt
var personFormsData string

// personForms maps a listed form, lower case, to the name to give.
var personForms = loadPersonForms(personFormsData)

func loadPersonForms(data string) map[string]string {
	m := map[string]string{}
	for line := range dataLines(data) {
		name, forms, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		name = strings.TrimSpace(name)
		for f := range strings.SplitSeq(forms, ",") {
			if f = strings.TrimSpace(f); f != "" {
				m[strings.ToLower(f)] = name
			}
		}
	}
	return m
}

// personForm gives a person speaker sp the listed name of its form.
func (r *resolver) personForm(sp Speaker) Speaker {
	if sp.Kind != SpeakerPerson || sp.Members != nil || !strings.Contains(sp.Name, " ") {
		return sp
	}
	n, ok := personForms[r.lowerScratch(PersonNameForm(sp.Name))]
	if !ok || n == sp.Name {
		return sp
	}
	sp.Aliases = append(sp.Aliases[:len(sp.Aliases):len(sp.Aliases)], sp.Name)
	sp.ID, sp.Name = r.id(n), n
	return sp
}
