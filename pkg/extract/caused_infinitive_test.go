package extract

import "testing"

// TestCausedInfinitive covers a speech verb in the infinitive after the
// object of a verb of causing: the object speaks. Other infinitives frame
// nothing.
func TestCausedInfinitive(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The narrow win led her to declare that the race was over.`, "that the race was over", "her"},
		{`The long delay prompted county officials to say that the count would resume on Monday.`, "that the count would resume on Monday", "county officials"},
	})
	checkNoStatements(t, ex, []string{
		`The storm led the mayor to close the schools on Monday.`,
	})
}

// TestPurposeInfinitive covers a speech verb in a purpose infinitive after
// a verb of going or taking and a short phrase: its subject speaks.
func TestPurposeInfinitive(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The former mayor went on local radio to declare that the race was over.`, "that the race was over", "The former mayor"},
		{`The coach interrupted the meeting to announce that he would retire.`, "that he would retire", "The coach"},
	})
	checkNoStatements(t, ex, []string{
		`If it takes this long to confirm a judge, the court will wait.`,
	})
}
