package extract

import "strings"

// A poll, report or study that speaks was named with the participle phrase
// after it: "A poll released Monday found ..." gave the speaker "poll
// released", "the Marquette Law School poll released last week" the
// speaker "Marquette Law School poll released last week". The refined
// pass now ends such a name at the participle ("poll", "Marquette Law
// School poll") and keeps the written one as an alias; an agent after it
// ("poll conducted by the Times and ABC News") keeps the whole name, as do
// a relative clause ("the document he released") and a passive ("polls
// were conducted"). Names only (finalSpeaker): statements unchanged.

// documentParticiples put out or carry out a document.
var documentParticiples = set("released", "published", "conducted", "taken", "commissioned", "compiled", "issued", "unveiled", "posted", "circulated")

// documentHeads are the documents that speak with those participles.
var documentHeads = set("poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
	"data", "memo", "memos", "analysis", "ad", "ads", "document", "documents", "letter", "statement",
	"order", "research", "results", "figures", "estimates", "audit", "review", "paper", "brief")

// documentName returns name ended before a participle that follows a
// document's head word, or name. It runs for every speaker that is no
// person, so it walks the words in place rather than splitting them.
func documentName(name string) string {
	prev, prevEnd := "", 0
	for i := 0; i < len(name); {
		for i < len(name) && name[i] == ' ' {
			i++
		}
		j := i
		for j < len(name) && name[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		w := name[i:j]
		if prev != "" && documentParticiples.has(w) && documentHead(prev) {
			if hasAgent(name[j:]) {
				return name // "poll conducted by the Times": the agent names it
			}
			return strings.TrimSuffix(name[:prevEnd], ",") // "report, released Tuesday,"
		}
		prev, prevEnd = w, j
		i = j
	}
	return name
}

// documentHead reports a document's head word, in any case, before an
// optional comma.
func documentHead(w string) bool {
	w = strings.TrimSuffix(w, ",")
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	return documentHeads.has(string(nameKeyOf(buf[:0], w)))
}

// hasAgent reports "by", "for" or "from" among the words of s.
func hasAgent(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if w == "by" || w == "for" || w == "from" {
			return true
		}
	}
	return false
}
