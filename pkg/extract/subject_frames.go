package extract

// inSubjectOf reports a frame a that lies inside the subject of the later
// frame nx ("Lee, in the wake of a poll showing her ahead, told CNN that
// ..."): a's content ends where nx's cue begins. A parenthetical frame ("The
// aide who met her, Ortiz recalled, asked ...") is no part of the subject.
func (d *doc) inSubjectOf(a, nx *attribution) bool {
	return nx.cue.ok() && !nx.inverted && nx.partOf == nil && nx.subj.ok() && nx.left == nx.subj.s && nx.subj.s < a.left && nx.cue.s > a.right &&
		d.punct(a.right) != ","
}
