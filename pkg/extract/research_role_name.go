package extract

// "Lead author Maya Patel, a professor of epidemiology at the University
// of Michigan, said", "Researcher Maya Patel, 54, said", "Co-author Maya
// Patel said": science, sports and local copy write a lower-case role of
// its own ("author", "researcher", "investigator") before a name, often
// after a capitalised adjective opening the sentence ("Lead", "Senior",
// "Study"). nameAfterTitle strips only capitalised runs and the titles of
// roleNouns and honorifics, so the name kept the role: "Lead author Maya
// Patel" (the run without an apposition found the name, with one it did
// not). When such a role word is followed by a capitalised name of two to
// three words with no organisation's word, the name is those words.
// longerSurnameName, which gives a name the longer form the article wrote
// ("Maya Patel" = "Co-author Maya Patel"), skips a form with such a role as
// it skips one with a descriptor.
// Refined pass only (nameAfterTitle's result is); session 24, hand-written
// science probes. Train predictions: see the commit.

// researchRoleName returns the name after a role word of descriptorWords,
// localDescriptors or researchRoles inside the run, or run.
func (r *resolver) researchRoleName(run rng) rng {
	d := r.d
	for k := run.e - 3; k >= run.s && k >= run.e-5; k-- {
		w := d.word(k)
		research := researchRoles.has(w)
		if !research && !descriptorWords.has(w) && !localDescriptor(w) {
			continue
		}
		if !research && firstNameGender(d.word(k+1)) == genderUnknown {
			return run // "Neighbour Watch Green": a description only before a known first name, as nameAfterTitle
		}
		if k > run.s && !d.tokAt(k).upper && !d.tokAt(k-1).upper && !researchAdjectives.has(d.word(k-1)) {
			return run // "the study's lead author": an article run, not an opening
		}
		if !r.looksPerson(rng{k + 1, run.e}) {
			return run // "Author Services Inc"
		}
		for j := k + 1; j < run.e; j++ {
			if t := d.tokAt(j); t.kind != tWord || !t.upper {
				return run
			}
		}
		return rng{k + 1, run.e}
	}
	return run
}

// researchRoles are roles of science and sports news before a name,
// which need no known first name after them ("Lead author Maya Patel":
// the first-name list is short); the descriptions of descriptorWords and
// localDescriptors do.
var researchRoles = set("author", "researcher", "co-author", "coauthor", "investigator", "co-investigator",
	"epidemiologist", "virologist", "biologist", "chemist", "psychologist", "neuroscientist",
	"astronomer", "geologist", "meteorologist", "forecaster", "climatologist", "ecologist",
	"statistician", "trainer", "jockey", "referee", "umpire", "rookie", "teammate", "forward")

// researchAdjectives qualify a role before a name ("lead author", "senior
// researcher", "principal investigator").
var researchAdjectives = set("lead", "senior", "principal", "study", "chief", "co-lead", "first", "head", "assistant")
