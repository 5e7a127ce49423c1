package extract

// A finding of a poll, a study or a record is often reported with the
// evidence noun modified by a participle phrase or a time or prepositional
// phrase: "A national poll released Sunday by the Post shows ...", "A
// survey conducted last week found that ...", "A survey of voters in March
// found ...", "..., records compiled by the center show." The subject
// finder stops inside the phrase and no frame is found. These frames are
// precise on train and rule-accepted (attribution.ruleAccepted): they are
// built at inference only, so the models' training candidates stay as
// they were.
// Their Confidence is the frame's default 0.8: on train (cross-validated)
// about nine in ten of these findings match the annotation.

// evidenceParticiples modify an evidence noun: "a poll released Sunday".
var evidenceParticiples = set("released", "conducted", "taken", "published", "compiled", "commissioned",
	"done", "carried", "issued", "sponsored", "fielded", "obtained", "reviewed", "filed", "completed")

// evidenceModifiers open a time or prepositional phrase after an evidence
// noun. After "by" or "from" the general rules usually take the author as
// the subject ("a poll by the Herald shows", evidenceSubject); this frame
// takes the ones they miss ("a survey by the group in March found", "...,
// a study by the council found"): on train 3 more matches, no false
// positive.
var evidenceModifiers = set("this", "last", "earlier", "in", "on", "of", "for", "among", "by", "from", "there")

// evidenceParticipleSubject returns the subject of a "show"/"find" cue
// whose subject ends at k with an evidence noun's participle phrase, from
// the noun phrase's start to k, or noRange.
func (d *doc) evidenceParticipleSubject(s sentence, k int, c cueInfo) rng {
	if d.training || c.lemma != "show" && c.lemma != "find" || k <= s.s {
		return noRange
	}
	for j := k; j >= s.s && j > k-10; j-- {
		if d.toks[j].kind != tWord || d.inQuote(j) || d.evidenceClauseWord(d.word(j)) && !(j > s.s && d.namesJoined(j)) {
			return noRange
		}
		if j < k && evidenceNouns.has(d.word(j)) && evidenceModifiers.has(d.word(j+1)) && !visualEvidence.has(d.word(j)) {
			// "A Quinnipiac poll this month found", "a survey of voters in
			// March found"
			if m := d.word(j + 1); m == "by" || m == "from" {
				// "a poll by the Herald shows": the general rules take the
				// author right after "by" (evidenceSubject)
				if g, _, _ := d.subjectBefore(k, s.s); g.ok() && g.s-1 == j+1 && d.evidenceFindingAfter(s, k) {
					return noRange
				}
			}
			subj, _, _ := d.subjectBefore(j, s.s)
			if !subj.ok() || subj.e != j+1 {
				subj = d.evidenceNounPhrase(s, j) // "the most recent polling": an -ing noun
			}
			if !subj.ok() {
				return noRange
			}
			return rng{subj.s, k + 1}
		}
		if !evidenceParticiples.has(d.word(j)) {
			continue
		}
		// the noun right before the participle or before a short phrase
		// ("a poll of South Carolina released on Tuesday")
		for n := j - 1; n >= s.s && n > j-6; n-- {
			if d.toks[n].kind != tWord || d.inQuote(n) || d.evidenceClauseWord(d.word(n)) {
				return noRange
			}
			if evidenceNouns.has(d.word(n)) {
				subj, _, _ := d.subjectBefore(n, s.s)
				if !subj.ok() || subj.e != n+1 {
					return noRange
				}
				return rng{subj.s, k + 1}
			}
		}
		return noRange
	}
	return noRange
}

// evidenceClauseWord reports a word that starts or ends a clause, which no
// participle phrase of a subject holds.
func (d *doc) evidenceClauseWord(w string) bool {
	return relativeWords.has(w) || clauseAux.has(w) || w == "and" || w == "but" || cueInfoOf(w).class != 0 || subjPronouns.has(w)
}

// namesJoined reports an "and" between two capitalised words: "by The Post
// and ABC News".
func (d *doc) namesJoined(j int) bool {
	return d.word(j) == "and" && d.tokAt(j-1).upper && d.tokAt(j+1).upper
}

// evidenceFindingAccepted reports a finding of a poll, a study or a record
// ("polls show Lee leading", "records show"), rule-accepted at inference:
// its candidates still train the models.
func (d *doc) evidenceFindingAccepted(a *attribution) bool {
	if d.training || a.class != cueBelief || !a.cue.ok() || a.partOf != nil {
		return false
	}
	l := cueInfoOf(d.word(a.cue.s)).lemma
	if l != "show" && l != "find" || !d.evidenceSubject(a) {
		return false
	}
	// "Photos and video from those tours show": the subject found may be
	// the phrase after the evidence noun
	for k := max(a.subj.s-8, d.sents[a.sent].s); k < a.subj.e; k++ {
		if visualEvidence.has(d.word(k)) {
			return false // a video "shows" a scene, which is rarely annotated
		}
	}
	return true
}

var visualEvidence = set("video", "videos", "footage", "photo", "photos", "image", "images", "picture", "pictures")
