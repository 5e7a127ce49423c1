package extract

import "strings"

// "The inquiry, chaired by Lord Fraser Whyte, ... Lord Whyte said": a
// peer's style with the surname names the person the article gave in full
// with that style and surname. "Lord" is no honorific (it stays in "Lord
// Cameron", the peer's name), so the two-word form was another speaker
// than the full name that "Whyte said" already reached. Only the same
// style links: "Lady Whyte" is not "Lord Fraser Whyte". Refined pass,
// names only. Session 28, long article 55 and hand-written probes.

// peerStyles open a peer's name, kept in it: "Lord Whyte", "Baroness Hale".
var peerStyles = set("lord", "lady", "baroness", "baron", "viscount")

// peerFullName returns the full name ("Lord Fraser Whyte") for core
// "Lord Whyte" when the article named a person with the same style before
// the surname; ok is false otherwise.
func (r *resolver) peerFullName(core rng) (string, bool) {
	d := r.d
	if core.e-core.s != 2 || !peerStyles.has(d.word(core.s)) {
		return "", false
	}
	f, ok := r.fullName[stripPossessive(d.word(core.s+1))]
	style := d.text[d.toks[core.s].s:d.toks[core.s].e]
	if !ok || len(f) <= len(style)+1 || !strings.EqualFold(f[:len(style)], style) || f[len(style)] != ' ' {
		return "", false
	}
	given, _, _ := strings.Cut(f[len(style)+1:], " ")
	if given == f[len(style)+1:] {
		return "", false // the full name is this one ("Lord Whyte")
	}
	if w := strings.ToLower(strings.TrimSuffix(given, ".")); roleNouns.has(w) || honorifics[w] {
		return "", false // "Lord Justice Tom Reed" is named "Tom Reed"
	}
	return f, true
}
