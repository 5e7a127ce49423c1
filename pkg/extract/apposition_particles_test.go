package extract

import "testing"

// TestAppositionParticles: a person named in an apposition keeps the
// particles of the family name; a plain name is read as before.
func TestAppositionParticles(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content, name string }{
		{"Talks\n\nThe Saudi foreign minister, Prince Faisal bin Farhan, said there would be no ties.", "there would be no ties", "Faisal bin Farhan"},
		{"Talks\n\nThe Jordanian minister, Prince Ali bin Hussein, said the border would stay open.", "the border would stay open", "Ali bin Hussein"},
		{"Talks\n\nThe Saudi minister, Adel al-Jubeir, said the kingdom wanted calm.", "the kingdom wanted calm", "Adel al-Jubeir"},
		{"Talks\n\nThe French minister, Prince Jean de Broglie, said the plan was dead.", "the plan was dead", "Jean de Broglie"},
		// after a capitalised office (title_apposition.go)
		{"Talks\n\nThe Iraqi Prime Minister, Mohammed Shia al-Sudani, said the troops would leave.", "the troops would leave", "Mohammed Shia al-Sudani"},
		{"Talks\n\nThe Saudi Foreign Minister, Faisal bin Farhan, said the talks were over.", "the talks were over", "Faisal bin Farhan"},
		{"Talks\n\nThe UN Secretary-General, Antonio Guterres, said the world was on the brink.", "the world was on the brink", "Antonio Guterres"},
		// near misses: no particle
		{"Talks\n\nThe company's chief, Ann Lee, said the plan was dead.", "the plan was dead", "Ann Lee"},
		{"Talks\n\nThe Saudi minister, Prince Ali Hussein, said the plan was dead.", "the plan was dead", "Ali Hussein"},
	} {
		if q := find(t, ex.Extract(c.text), c.content); q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
}
