package extract

// "The flooding was severe, police in Houston said", "..., the National
// Weather Service in Houston said", "..., the U.S. embassy in Kyiv said":
// a body followed by its place. npBack crosses "in" or "at" back to the
// head before it only for people ("officials in Gaza", "a spokesman for
// the campaign"); for a body the subject was the place alone ("Houston"),
// which opens no clause, so a statement before the cue had no frame at
// all, and one after it had the place for its speaker. At inference,
// npBack also crosses the preposition back to a body's head: a force, an
// office or agency in lower case ("police", "the fire department"), or a
// capitalised organisation's last word ("Service", "Cross", "Agency").
// The phrase is rare in the political news of train (23 "BODY in Place"
// on the design docs, one of them a speaker); training keeps the old
// subjects, so the models do not move. Session 24, hand-written disaster
// and crime probes; train predictions: see the commit.

// bodyBeforePlace reports, at inference, a body's head at k before "in"
// or "at" at k+1 followed by a capitalised place.
func (d *doc) bodyBeforePlace(k int) bool {
	if d.training {
		return false
	}
	if p := d.word(k + 1); p != "in" && p != "at" || !d.tokAt(k+2).upper || d.tokAt(k+2).kind != tWord {
		return false
	}
	t := d.tokAt(k)
	if t.kind != tWord || d.inQuote(k) {
		return false
	}
	if t.upper {
		if placedOrgAcronyms.has(t.lower) {
			return true // "UNICEF in Gaza"
		}
		return placedOrgHeads.has(t.lower) && k > d.sents[d.sentOf[k]].s && d.tokAt(k-1).upper && d.tokAt(k-1).kind == tWord // "National Weather Service", "Red Cross"
	}
	return placedBodyHeads.has(t.lower)
}

// placedBodyHeads are bodies written in lower case before their place.
var placedBodyHeads = set("police", "department", "agency", "service", "embassy", "consulate", "office",
	"bureau", "ministry", "authorities", "authority", "council", "prosecutors", "prosecutor's", "sheriff's",
	"coroner", "court", "hospital", "military", "army", "navy", "government", "administration", "mission")

// countryBodyHeads are a country's bodies, which the place names as
// before: "the government in Beijing" is the Government of China.
var countryBodyHeads = set("government", "authorities", "authority", "administration", "military", "army", "navy", "ministry")

// placedOrgHeads are the last words of organisations' names.
var placedOrgHeads = set("service", "agency", "cross", "crescent", "center", "centre", "office", "department",
	"ministry", "police", "survey", "council", "commission", "authority", "institute", "administration",
	"guard", "bureau", "embassy", "consulate", "board", "force", "command")

// placedOrgAcronyms are organisations of one word before their place.
var placedOrgAcronyms = set("unicef", "unhcr", "fema", "unrwa", "fbi", "nhs", "who", "msf", "icrc", "usgs", "nws")

// bodyPlace returns, when subj ends with a body's head, "in" or "at" and
// a capitalised place that bodyBeforePlace took in, the place's range, the
// capitalised organisation's name before the preposition, if any
// ("National Weather Service"), and whether an agent opens the subject
// ("A spokesman for"); else noRange twice.
func (d *doc) bodyPlace(subj rng) (place, org rng, agent bool) {
	place, org = noRange, noRange
	for k := subj.e - 3; k >= subj.s && k >= subj.e-6; k-- {
		if !d.bodyBeforePlace(k) {
			continue
		}
		if d.capitalRunEnd(k+2, subj.e) != subj.e {
			return
		}
		place = rng{k + 2, subj.e}
		for j := subj.s; j < k; j++ {
			if t := d.tokAt(j); t.kind != tWord || extendPreps.has(t.lower) || t.lower == "and" {
				// "A spokesman for the police in Houston", "Officials at the
				// embassy in London": an agent or people of the body,
				// anonymous (resolve_agent.go); else none of ours
				agent = j > subj.s && j <= subj.s+2 && officePeople(d.word(j-1), t.lower) // "A diplomat at the embassy in London" (resolve_office_in_place.go)
				if !agent {
					place = noRange
				}
				return
			}
		}
		if d.tokAt(k).upper && (k > subj.s || placedOrgAcronyms.has(d.word(k))) {
			s := k
			for s > subj.s && d.tokAt(s-1).upper && d.tokAt(s-1).kind == tWord {
				s--
			}
			org = rng{s, k + 1}
		}
		return
	}
	return
}

// bodyInPlaceSpeaker resolves a subject bodyPlace reads: in the plain
// pass the place alone, as trained; in the refined pass a capitalised
// organisation is itself ("the National Weather Service in Houston" is the
// National Weather Service, not Houston) and a body in lower case is
// named with its place ("police in Houston", "US embassy in Kyiv"), as
// placedOfficeSpeaker (resolve_office_in_place.go) and forceBefore
// (resolve_group.go) name them at the opening of a sentence.
func (r *resolver) bodyInPlaceSpeaker(a *attribution, place, org rng, agent bool) Speaker {
	d := r.d
	if agent && r.refinedOnly() {
		return r.anonymous(r.textOf(d.trimDet(a.subj))) // "A spokesman for the police in Houston"
	}
	if org.ok() && r.refinedOnly() {
		n := stripPossessive(r.textOf(org))
		if sp, ok := r.al.Resolve(n); ok {
			return sp
		}
		return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization}
	}
	if r.refinedOnly() && !d.tokAt(place.s-2).upper && !countryBodyHeads.has(d.word(place.s-2)) {
		// "the US embassy in Kyiv", "police in Houston": the body with its
		// place, as placedOfficeSpeaker names an office opening the sentence
		n := stripPossessive(r.textOf(d.trimDet(a.subj)))
		return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization}
	}
	b := *a
	b.subj = place
	b.name, b.title = d.splitName(place)
	sp := r.resolve(&b)
	a.bodyFrom = b.bodyFrom
	return sp
}
