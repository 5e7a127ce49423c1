package extract

import "testing"

// TestCrownPrinceName: an office kept after a country's adjective ("Saudi
// Crown Prince") is the title, and "the crown prince" the person.
func TestCrownPrinceName(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nSaudi Crown Prince Mohammed bin Salman met the delegation in Riyadh on Monday. The crown prince said the kingdom wanted peace.", "kingdom wanted peace", "Mohammed bin Salman"},
		{"Talks resumed.\n\nJordanian Crown Prince Hussein bin Abdullah opened the forum in Amman. The crown prince said the region needed jobs.", "region needed jobs", "Hussein bin Abdullah"},
		{"Talks resumed.\n\nBahraini Crown Prince Salman bin Hamad Al Khalifa met the delegation in Manama. The crown prince said the talks were useful.", "talks were useful", "Salman bin Hamad Al Khalifa"},
		// as before: an office of role words before the name
		{"Talks resumed.\n\nSaudi Foreign Minister Faisal bin Farhan met the delegation in Riyadh. The minister said the kingdom wanted peace.", "kingdom wanted peace", "Faisal bin Farhan"},
		// near miss: "the crown prince" is the one named so, not the king
		{"Talks resumed.\n\nSaudi Crown Prince Mohammed bin Salman met King Abdullah II in Riyadh on Monday. The crown prince said the kingdom wanted peace.", "kingdom wanted peace", "Mohammed bin Salman"},
	})
}
