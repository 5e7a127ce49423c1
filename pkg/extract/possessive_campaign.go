package extract

// "Bernie Sanders drew 20,000 people ... His campaign said it had raised $5
// million": "his campaign", "her campaign" is the campaign of the person
// the pronoun refers to, named as "Clinton's campaign" is ("Bernie Sanders
// campaign", campaignName), not a speaker "campaign" of unknown kind. The
// owner is found as a "he"/"she" subject would be (personPronoun).
// Refined pass only; session 23 probes. Train (design docs, with
// one_of_group.go): 11 right, 1 wrong, 2 neutral.

// possessiveCampaign resolves a subject "his/her campaign"; ok is false
// for any other subject or without a person for the pronoun.
func (r *resolver) possessiveCampaign(a *attribution, para int) (Speaker, bool) {
	d := r.d
	if a.subj.e-a.subj.s != 2 || d.word(a.subj.s+1) != "campaign" {
		return Speaker{}, false
	}
	p := ""
	switch d.word(a.subj.s) {
	case "his":
		p = "he"
	case "her":
		p = "she"
	default:
		return Speaker{}, false
	}
	sp, ok := r.personPronoun(p, a.subj.s, para)
	if !ok || sp.Kind != SpeakerPerson || !personName(sp.Name) {
		return Speaker{}, false
	}
	n := sp.Name + " campaign"
	return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization}, true
}
