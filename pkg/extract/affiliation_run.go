package extract

// "“It's an incremental update,” said Jane Roe, an analyst at Apex
// Securities. … The company did not say how many phones it expects to
// sell": a body named only as a person's employer ("an analyst at Apex
// Securities", "a professor at Yale") is where that person works, not the
// article's company, yet it was the nearest body before "the company" and
// took its statements from Apple. In the refined pass a body named right
// after a role's "at" is no antecedent of a body nominal; with no other
// body in reach the nominal stays unnamed, which is better than another
// firm's name. Session 24 probe.

// outsideVoices are occupations whose holders speak as themselves, not
// for the body they work at ("an analyst at Apex"); officials, executives
// and spokespeople at a body speak for it ("Officials at Barclays").
var outsideVoices = set("analyst", "analysts", "economist", "economists", "strategist", "strategists",
	"professor", "professors", "researcher", "researchers", "fellow", "fellows", "scientist", "scientists",
	"expert", "experts", "lecturer", "student", "students", "consultant", "consultants", "trader", "traders")

// affiliationRun reports a capitalised run right after "at" that follows
// such an occupation ("analyst at", "professor at").
func (d *doc) affiliationRun(run rng) bool {
	return d.word(run.s-1) == "at" && outsideVoices.has(d.word(run.s-2))
}
