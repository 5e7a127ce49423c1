package extract

import "strings"

// "Singer Taylor Swift said", "Rapper Drake said", "Comedian Trevor Noah
// said": entertainment copy opens a sentence with the performer's trade,
// capitalised, before the name. nameAfterTitle dropped a description only
// before a known first name, and neither a one-word stage name ("Drake",
// "Adele", "Zendaya") nor a given name of both genders or none listed
// ("Taylor", "Trevor") has one, so the speaker was "Singer Taylor Swift"
// and later "Swift" another person. A performer's trade opening a run of
// two to four capitalised words, before a name that looks like a person's
// (a lone word not a plural), stays out of the name. "Star" ("Star Tribune"), "host" ("Host
// Committee") and "broadcaster" (a company's trade) are left out.
// Refined pass only (nameAfterTitle's result is); session 25,
// hand-written entertainment probes.

// performerOpening returns the name after a performer's trade opening
// run, or run.
func (r *resolver) performerOpening(run rng) rng {
	d := r.d
	n := run.e - run.s
	if n < 2 || n > 4 || !performerTrades.has(d.word(run.s)) {
		return run
	}
	for k := run.s + 1; k < run.e; k++ {
		if t := d.tokAt(k); t.kind != tWord || !t.upper {
			return run
		}
	}
	name := rng{run.s + 1, run.e}
	if !r.looksPerson(name) || !r.personRun(name) || n == 2 && strings.HasSuffix(d.word(name.s), "s") {
		// "Model Cities": a lone plural is no stage name
		return run
	}
	return name
}

// performerTrades are the trades of entertainment copy written before a
// performer's name.
var performerTrades = set("singer", "rapper", "actress", "actor", "comedian", "comedienne", "musician",
	"songwriter", "singer-songwriter", "model", "supermodel", "dj", "influencer", "youtuber", "dancer",
	"choreographer", "drummer", "guitarist", "pianist", "bassist", "frontman", "frontwoman", "crooner",
	"popstar", "rocker", "diva", "starlet", "heartthrob", "socialite")
