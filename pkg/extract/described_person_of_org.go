package extract

// "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist
// Church, said": a name in apposition to a lower-case description before
// "of" and an organisation is a person's, whatever its first name. The
// description is what an expert's word ("Analyst Sophie Klein of ...") is
// to personOfOrg (person_of_org.go): without it a name of no listed first
// name before "of" stayed the organisation's, and the church spoke.
// Refined pass only, as personOfOrg.

// describedBefore reports a comma right before token s with a lower-case
// word before it in the same sentence and clause, outside quotations:
// the run from s is in apposition to a description ("One pastor, ...",
// "A lawyer for the family, ...").
func (d *doc) describedBefore(s int) bool {
	c := s - 1
	if d.punct(c) != "," || c >= len(d.sentOf) {
		return false
	}
	first := d.sents[d.sentOf[c]].s
	for k := c - 1; k >= first; k-- {
		t := d.tokAt(k)
		if t.kind != tWord || d.inQuote(k) {
			return false // a comma or a quotation ends the clause
		}
		if !t.upper && !isNumber(t.lower) {
			return true
		}
	}
	return false
}

// orgAfterComma returns the capitalised run that ends subj when name,
// the subject's name, is a lower-case description before a comma or holds
// one, else
// name: "A neighbor, Odalys Brantley of the Elm Street Association said",
// whose name the subject rules took to be "neighbor", gives "Elm Street
// Association", after which personOfOrg reads the person.
func (d *doc) orgAfterComma(subj, name rng) rng {
	if name.e < subj.e && (d.punct(name.e) == "," || !d.tokAt(name.e-1).upper) {
		name.e = subj.e
	}
	s := name.e
	for s > name.s && d.tokAt(s-1).kind == tWord && d.toks[s-1].upper {
		s--
	}
	for k := name.s; k < s; k++ {
		if d.punct(k) == "," {
			return rng{s, name.e}
		}
	}
	return name
}
