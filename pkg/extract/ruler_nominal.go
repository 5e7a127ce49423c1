package extract

// "Sheikh Tamim bin Hamad Al Thani met the envoy. ... “We want peace,” the
// emir said": a ruler's nominal ("the emir", "the king", "the sultan") is
// the person that title named before, as "the senator" is
// (resolve_nominal.go). The Gulf's rulers are titled Sheikh, so "the emir"
// and "the sheikh" read one title. Session 22, hand-written international
// probes; refined pass only (nominalPerson's callers). No train prediction
// changes.

// rulerHeads are the rulers' nominals nominalPerson reads.
var rulerHeads = set("emir", "king", "queen", "sultan", "sheikh")

// canonRuler gives "sheikh" the emir's title.
func canonRuler(w string) string {
	if w == "sheikh" {
		return "emir"
	}
	return w
}
