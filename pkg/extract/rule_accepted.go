package extract

// acceptedByRule reports a statement of a rule whose finds are precise on
// train, so the accept model does not score it. Each such rule either
// builds its frame at inference only or accepts by rule only at inference,
// so the models train on the same candidates with or without it: adding a
// few candidates to training shifts the accept model's weights for every
// other statement, which cost more than the rule gained.
func (d *doc) acceptedByRule(a *attribution) bool {
	return a.ruleAccepted || // frames built at inference only (evidence_participle.go, hope_fear.go, asked_question.go, tell_that.go, so_content.go, exhort_to.go, complaints_that.go, present_vow.go, seemed_generic.go, recognize_that.go, tagged_quote.go, chant_of.go, called_for.go, referring_progressive.go, label_call_quoted.go, progressive_talking.go, focused_on.go, stance_role.go, summary_noun.go, be_adjective.go, poll_support.go, quoted_as_saying.go, linking_phrase.go, reply_noun_colon.go, ...)
		d.headlineAccepted(a) || // headline stances and a cue after the headline's opening name (headline_stance.go)
		d.bodyStance(a) || // body-text stance verbs (stance_body.go, perfect_stance.go, perfect_support.go, body_attacked.go)
		d.evidenceFindingAccepted(a) || // findings of polls and studies (evidence_participle.go)
		d.evidenceOpeningAccepted(a) || // "In the latest poll, ..." (evidence_findings.go)
		d.visualFindingAccepted(a) || // "The video shows ..." (evidence_findings.go)
		d.hopeFearAccepted(a) || // hopes, fears and beliefs with a modal clause (hope_fear.go)
		d.topicObjectAccepted(a) || // "mentioned X", "highlighted X" (topic_frames.go)
		d.confirmedObjectAccepted(a) || // "confirmed the death" (confirmed_object.go)
		d.expectedToAccepted(a) || // "is not expected to sign" (expected_to.go)
		d.refusedToAccepted(a) || // "refused to answer" (refused_to.go)
		d.declinedToAccepted(a) || // "declined to comment" (refused_to.go)
		d.agreedToAccepted(a) || // "agreed to pay" (agreed_to.go)
		d.possessiveHeadlineColon(a) // "Russia's Lavrov: ..." (possessive_headline.go)
}
