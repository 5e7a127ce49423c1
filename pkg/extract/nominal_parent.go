package extract

// "The company denied wrongdoing and said it would fight the charges":
// the statement of a verb coordinated with a first verb whose own frame
// was dropped ("denied wrongdoing") has the first frame's speaker
// (parentSpeaker), but only when that speaker resolved to someone or the
// subject is a capitalised name: a subject may be no subject. A nominal
// opening the sentence ("The company", "the coach", "The club") is one
// too, though it resolves to a description of unknown kind, so the
// speaker was "unknown" while "The company said ..." gave "company".
// Refined pass only (names); session 24, hand-written court and business
// probes. Train names: see the commit.

// nominalSubject reports a subject of an article and one or two lower-case
// words whose head names a person's role, a body or a group, opening its
// sentence.
func (r *resolver) nominalSubject(p *attribution) bool {
	d := r.d
	s := p.subj
	if !s.ok() || s.e-s.s < 2 || s.e-s.s > 3 || d.word(s.s) != "the" || s.s != d.sents[d.sentOf[s.s]].s || d.inQuote(s.s) {
		return false
	}
	for k := s.s + 1; k < s.e; k++ {
		if t := d.tokAt(k); t.kind != tWord || t.upper {
			return false
		}
	}
	h := d.word(s.e - 1)
	return roleNouns.has(h) || bodyNouns.has(h) || descriptorWords.has(h) || localDescriptor(h) || anonymousHeads.has(h)
}
