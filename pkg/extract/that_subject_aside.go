package extract

// thatSubjectAside recognises, at inference, the aside after the subject
// of a that-clause inside a content ("saying lobbyists gave to her PAC,
// and that the criticism, which is outlined in a report, is fair game";
// "has found that the entities, which include a trust, are still his"):
// subjectAside tests the subject from the content's start, and there it
// finds a verb or more than twelve tokens, so the content ended at the
// aside's comma ("... and that the criticism"). Here the subject starts
// after the last "that" before the comma at k. Only a ", which" aside: a
// person's (", who invoked his rights,") was left out of the annotated
// content. In the annotation of train, "that" + subject + ", which ..., "
// + auxiliary ran on through the aside all 7 times; on the held-out CV
// predictions (3 seeds), of the contents ended at such a ", which", the
// annotation ran on in 9 and ended there in 3. Inference only: training
// keeps the old contents, so the models do not move. cv3: exact tp +9 fp
// -9, all, speech and direct at 0.3 unchanged.
func (d *doc) thatSubjectAside(s, k, e int) int {
	if d.training || d.punct(k) != "," || d.word(k+1) == "who" {
		return 0
	}
	for j := k - 1; j > s && j >= k-12; j-- {
		if d.tokAt(j).kind != tWord || d.inQuote(j) {
			return 0
		}
		if d.word(j) == "that" {
			if j+1 >= k {
				return 0
			}
			return d.subjectAsideFrom(j+1, k, e)
		}
	}
	return 0
}
