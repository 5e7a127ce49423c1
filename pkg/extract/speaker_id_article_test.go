package extract

import "testing"

// TestSpeakerIDArabicArticle: "al-" and "el-" before a family name give
// the id without them; a capitalised "Al", a first word, a lower-case word
// after the hyphen and other names keep theirs.
func TestSpeakerIDArabicArticle(t *testing.T) {
	for _, c := range [][2]string{
		{"Bashar al-Assad", "Bashar Assad"},
		{"Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"},
		{"Abdel Fattah el-Sisi", "Abdel Fattah Sisi"},
		{"Ahmed al-Sharaa", "Ahmed Sharaa"},
		{"Mahmoud al-Zahar el-Haddad", "Mahmoud Zahar Haddad"},
	} {
		if a, b := SpeakerID(c[0]), SpeakerID(c[1]); a != b {
			t.Errorf("SpeakerID(%q) = %q, SpeakerID(%q) = %q: want one id", c[0], a, c[1], b)
		}
	}
	for name, want := range map[string]string{
		"Mohammed bin Rashid Al Maktoum": "mohammed-bin-rashid-al-maktoum",
		"Mohammed bin Rashid Al-Maktoum": "mohammed-bin-rashid-al-maktoum",
		"al-Qaeda":                       "al-qaeda",
		"Al Gore":                        "al-gore",
		"Jane al-fresco":                 "jane-al-fresco",
		"Jane al-":                       "jane-al",
		"Jane Real-Time":                 "jane-real-time",
	} {
		if got := SpeakerID(name); got != want {
			t.Errorf("SpeakerID(%q) = %q, want %q", name, got, want)
		}
	}
}
