package extract

import "strings"

// One person, one speaker id whether or not the paper writes the Arabic
// article of a family name: Reuters writes "Bashar al-Assad", "Abdel
// Fattah el-Sisi", "Ahmed al-Sharaa", AP "Bashar Assad", and "al-" and
// "el-" are the same article transliterated two ways. The id leaves out a
// lower-case "al-" or "el-" that joins a capitalised family name after the
// first word ("bashar-assad" for both); the speaker's name keeps it as
// written. A capitalised "Al" stays: "Al Maktoum" and "Al Thani" are
// dynasties' names and "Al" a given name ("Al Gore"). Session 26,
// hand-written probes; speaker ids only.

// dropArabicArticles returns name without the lower-case Arabic articles
// of its family names ("Bashar al-Assad" -> "Bashar Assad").
func dropArabicArticles(name string) string {
	if !strings.Contains(name, " al-") && !strings.Contains(name, " el-") {
		return name
	}
	var sb strings.Builder
	sb.Grow(len(name))
	rest := name
	for {
		i := strings.Index(rest, " ")
		if i < 0 {
			sb.WriteString(rest)
			return sb.String()
		}
		sb.WriteString(rest[:i+1])
		rest = rest[i+1:]
		if len(rest) > 3 && (strings.HasPrefix(rest, "al-") || strings.HasPrefix(rest, "el-")) && 'A' <= rest[3] && rest[3] <= 'Z' {
			rest = rest[3:]
		}
	}
}
