package extract

// A verb coordinated with the main verb of its sentence speaks for the
// main subject: "The judge put off deciding whether the group could
// appeal but said it could come back", "The senators vented about Jones
// vowing to fight on and said they were tired", "He mocked his rivals,
// talked over them as they answered and even assured the crowd ...". The
// coordinated cue continues the last frame before it (partOf), and here
// that frame sits in a subordinate clause or a gerund's object ("the
// group", "Jones", "they"). Likewise ", then says" after a main clause
// ("Lopez offered the man a job as Secretary of State, then says ...")
// took the object before it for its subject, and a participle after a
// comma continues the main clause too ("The retired surgeon has given no
// details about how he planned to ..., saying"). At inference, after the
// accept model, the mention and the refined-pass speaker are the
// sentence's subject (speaker_subject.go); the frames are as trained, so
// statements do not change. Session 23, train design docs: mentions 6
// right, none wrong (6 docs); with the adverbial openers "as", "when",
// "while" (the verb may continue that clause) 2 went wrong, and "that" gave
// 1 neutral change, so they are left out.

// subordinateOpeners open the clause or phrase of a frame that a
// coordinated verb does not continue.
var subordinateOpeners = set("whether", "about", "how", "why", "what", "whom", "of", "against", "over")

// coordinatedMainOwner returns the sentence's subject for a cue
// coordinated with the main verb, or noRange. Inference only.
func (d *doc) coordinatedMainOwner(a *attribution) rng {
	if d.training || a.inverted || !a.cue.ok() {
		return noRange
	}
	k := a.cue.s - 1
	for k > a.cue.s-4 && !d.inQuote(k) && (d.adverbAt(k) || clauseAux.has(d.word(k)) || coordAdverbs.has(d.word(k))) && d.word(k) != "then" {
		k--
	}
	s := d.sents[a.sent]
	if k <= s.s || d.inQuote(k) {
		return noRange
	}
	var after int // the first token after the frame the cue must not continue
	switch w := d.word(k); {
	case (w == "and" || w == "but" || d.punct(k) == "," && d.cueInfoAt(a.cue.s).participle) && a.partOf != nil:
		p := a.partOf
		if p.inverted || !p.subj.ok() || !p.cue.ok() || p.sent != a.sent || p.subj.e > p.cue.s || !subordinateOpeners.has(d.word(p.subj.s-1)) || d.inQuote(p.subj.s-1) {
			return noRange
		}
		after = p.subj.s - 1
	case w == "then" && (d.punct(k-1) == "," || d.word(k-1) == "and") && a.partOf == nil:
		if !a.subj.ok() || a.subj.e > k || a.subj.s <= s.s {
			return noRange
		}
		after = a.subj.s
	default:
		return noRange
	}
	main := d.subjectAfterIntro(a.sent, after)
	if !main.ok() {
		main = d.sentenceSubject(a.sent)
	}
	if main.ok() && main.e == main.s+1 && determiners.has(d.word(main.s)) {
		main = d.npFwd(main.s, after) // "The retired neurosurgeon has ...", cut at "retired"
	}
	v := main.e
	if d.punct(v) == "," {
		v++ // "The judge, Ann Lee, put off ..."
	}
	if !main.ok() || v >= after || !d.verbAfterIntroSubject(v, after) {
		return noRange
	}
	return main
}

// coordAdverbs may stand between a coordinating word and its verb: "and
// even assured", "but also said", "and later said".
var coordAdverbs = set("also", "later", "even", "only", "then", "again", "still", "first", "never", "not")
