package extract

import "testing"

// TestToldStory covers "tell" with a story, joke or tale as its object:
// the object is the statement, or what "the story of" is about; an
// addressee keeps its own reading.
func TestToldStory(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The coach told a joke.`, "a joke", "The coach"},
		{`She often tells the story of how her father lost the farm.`, "how her father lost the farm", "She"},
		{`The pastor told the story of a farmer who lost his land.`, "a farmer who lost his land", "The pastor"},
		{`The mayor told reporters that the plan works.`, "that the plan works", "The mayor"},
	})
}
