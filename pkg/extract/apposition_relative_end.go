package extract

// "His wife, Anna Sartori, who works as a school cleaner, said": the
// subject runs on over a relative clause after the apposition's name, so
// the name did not end the subject and the speaker was "wife, Anna
// Sartori". The name may end at a comma before "who". Session 27,
// hand-written long article; names only.

// relativeAfterName reports a comma and "who" right after the run
// ending at e.
func (d *doc) relativeAfterName(e, subjEnd int) bool {
	return e < subjEnd-1 && d.punct(e) == "," && d.word(e+1) == "who"
}
