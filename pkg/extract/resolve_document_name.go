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
// document's head word, or name.
func documentName(name string) string {
	words := strings.Fields(name)
	for i := 1; i < len(words); i++ {
		if !documentParticiples.has(words[i]) || !documentHeads.has(strings.ToLower(strings.TrimSuffix(words[i-1], ","))) {
			continue
		}
		for _, w := range words[i+1:] {
			if w == "by" || w == "for" || w == "from" {
				return name // "poll conducted by the Times": the agent names it
			}
		}
		return strings.TrimSuffix(strings.Join(words[:i], " "), ",") // "report, released Tuesday,"
	}
	return name
}
