package extract

import "strings"

// "Israeli Prime Minister Benjamin Netanyahu's office said", "Sen. Marco
// Rubio's office said": a person's office was a speaker named with the
// person's title, so each article's title made another speaker ("Israeli
// Prime Minister Benjamin Netanyahu's office", "Prime Minister Benjamin
// Netanyahu's office"). Like a campaign (campaign_name.go), the refined
// pass names it after the person without the title or honorifics
// ("Benjamin Netanyahu's office"). The written form is no alias: aliases
// have no possessives (TestCleanAliases).
// Session 21, hand-written probes.

// officeName returns name in that form, or name itself when it is no
// titled person's office.
func officeName(name string) string {
	suffix := "'s office"
	owner, ok := strings.CutSuffix(name, suffix)
	if !ok {
		suffix = "’s office"
		if owner, ok = strings.CutSuffix(name, suffix); !ok {
			return name
		}
	}
	bare := stripHonorifics(bareName(strings.TrimSpace(owner)))
	if bare == "" || bare == owner || !personName(bare) {
		return name // "Prime Minister's office": no person's
	}
	for w := range strings.FieldsSeq(bare) {
		if c := w[0]; (c < 'A' || c > 'Z') && !nameParticles.has(w) {
			return name // "the governor's", "Brooklyn-based"
		}
	}
	return bare + suffix
}
