package extract

// "A team led by Dr Jane Smith at Imperial College London said the drug
// slowed decline": the speaker is the team, which its leader and the
// leader's institution only describe. The noun-phrase scan stopped at
// "by" (or at "at"), so the subject was the leader ("Dr Jane Smith") or
// the institution ("Imperial College London"). A group noun ("a team", "a
// group of scientists", "a panel") then "led by", "headed by", "chaired
// by" or "run by" and a name (with its "at", "of" or "from" place) before
// the cue make the whole phrase the subject and the group its name.
// Science and health news, session 22 hand-written probes; inference only
// (the models keep the subjects they were trained with). The design docs
// have no such subject: no train prediction changes.

// subjectLedBy widens the subject of frame a over a group that the
// subject's person leads, at inference.
func (d *doc) subjectLedBy(a *attribution) {
	if d.training || !a.subj.ok() || a.inverted || d.inQuote(a.subj.s) || !d.tokAt(a.subj.s).upper {
		return
	}
	lo := d.sents[a.sent].s
	k := a.subj.s - 1
	if w := d.word(k); w == "at" || w == "of" || w == "from" {
		// the leader's institution: "Dr Jane Smith at Imperial College"
		np := d.npBack(k-1, lo)
		if !np.ok() || !d.tokAt(k-1).upper {
			return
		}
		k = np.s - 1
	}
	if d.word(k) != "by" || !leaderParticiples.has(d.word(k-1)) {
		return
	}
	group := d.npBack(k-2, lo)
	if !group.ok() || !groupNouns.has(d.head(group)) || d.inQuote(group.s) {
		return
	}
	a.subj.s = group.s
	a.left = min(a.left, group.s)
	a.name, a.title = d.splitName(group)
}

// leaderParticiples introduce the person who leads a group.
var leaderParticiples = set("led", "headed", "chaired", "run", "coordinated", "directed")

// groupNouns are groups that speak as one (a team of researchers, a panel
// of experts).
var groupNouns = set("team", "group", "consortium", "coalition", "panel", "committee", "commission",
	"delegation", "researchers", "scientists", "experts", "investigators", "analysts", "economists", "strategists", "alliance", "taskforce",
	"collaboration", "network", "study", "review", "inquiry", "board", "campaign")
