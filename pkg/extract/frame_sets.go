package extract

// frameAtScratch asks some thirty word sets whether they hold the word it
// is at, one case after another, for each of the few thousand candidate
// cue words per megabyte. frameSetsOf answers them all with one lookup:
// a word's bit for each set of frameSets that holds it.

// The sets of frameSets, by their bit.
const (
	fsBeAdjectiveForms = iota
	fsBodyStanceForms
	fsCognitionForms
	fsComplaintWords
	fsConsidersForms
	fsDesireAdjectives
	fsEstimateAtForms
	fsExhortForms
	fsFocusedForms
	fsForecastForms
	fsGappedBeliefForms
	fsNegStanceForms
	fsNounish
	fsPassiveStanceForms
	fsPollSupportForms
	fsPresentVowForms
	fsProgressiveIntentForms
	fsProgressiveStanceForms
	fsProgressiveSupportForms
	fsRecognizeForms
	fsReportVerbs
	fsRulingForms
	fsSeemedForms
	fsSideTakingForms
	fsStanceRoleNouns
	fsStandingStanceAdjectives
	fsStatementVerbs
	fsTopicParticiples
	fsTopicVerbForms
	fsViewAsForms
	numFrameSets
)

// frameSets are the sets frameAtScratch asks of its word (fb.in).
var frameSets = [numFrameSets]*wordSet{
	fsBeAdjectiveForms:         &beAdjectiveForms,
	fsBodyStanceForms:          &bodyStanceForms,
	fsCognitionForms:           &cognitionForms,
	fsComplaintWords:           &complaintWords,
	fsConsidersForms:           &considersForms,
	fsDesireAdjectives:         &desireAdjectives,
	fsEstimateAtForms:          &estimateAtForms,
	fsExhortForms:              &exhortForms,
	fsFocusedForms:             &focusedForms,
	fsForecastForms:            &forecastForms,
	fsGappedBeliefForms:        &gappedBeliefForms,
	fsNegStanceForms:           &negStanceForms,
	fsNounish:                  &nounish,
	fsPassiveStanceForms:       &passiveStanceForms,
	fsPollSupportForms:         &pollSupportForms,
	fsPresentVowForms:          &presentVowForms,
	fsProgressiveIntentForms:   &progressiveIntentForms,
	fsProgressiveStanceForms:   &progressiveStanceForms,
	fsProgressiveSupportForms:  &progressiveSupportForms,
	fsRecognizeForms:           &recognizeForms,
	fsReportVerbs:              &reportVerbs,
	fsRulingForms:              &rulingForms,
	fsSeemedForms:              &seemedForms,
	fsSideTakingForms:          &sideTakingForms,
	fsStanceRoleNouns:          &stanceRoleNouns,
	fsStandingStanceAdjectives: &standingStanceAdjectives,
	fsStatementVerbs:           &statementVerbs,
	fsTopicParticiples:         &topicParticiples,
	fsTopicVerbForms:           &topicVerbForms,
	fsViewAsForms:              &viewAsForms,
}

// frameBits has bit k set when frameSets[k] holds the word.
type frameBits uint64

// in reports whether the word is in frameSets[k].
func (b frameBits) in(k int) bool { return b&(1<<k) != 0 }

// frameSetTable maps each word of the frameSets to its frameBits.
var frameSetTable = func() wordTable[frameBits] {
	m := map[string]frameBits{}
	for k, s := range frameSets {
		for w := range s.m {
			m[w] |= 1 << k
		}
	}
	return newWordTable(m)
}()

// frameSetsOf returns the frameBits of w: frameSets[k].has(w) is
// frameSetsOf(w).in(k).
func frameSetsOf(w string) frameBits {
	b, _ := frameSetTable.get(w)
	return b
}
