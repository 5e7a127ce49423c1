package extract

import "strings"

// "A member of the crew gave evidence from behind a screen, identified
// only as Witness C. ... Witness C said": an inquiry's or a court's cipher
// for a protected witness ("Witness C", "Patient 4", "Officer A") reads as
// a two-word person's name, so an unnamed source became a named person.
// In the refined pass (names only) a person speaker of a cipher's noun
// and one capital letter or a number is anonymous. Session 27,
// hand-written long article.

// cipherNouns open a protected person's cipher.
var cipherNouns = set("witness", "patient", "victim", "juror", "source", "officer", "soldier",
	"complainant", "person", "individual", "employee", "child")

// cipherSpeaker makes a cipher's person speaker anonymous.
func cipherSpeaker(sp Speaker) Speaker {
	if sp.Kind != SpeakerPerson {
		return sp
	}
	noun, code, ok := strings.Cut(sp.Name, " ")
	if !ok || !cipherNouns.hasLower(noun) || strings.Contains(code, " ") {
		return sp
	}
	if len(code) == 1 && code[0] >= 'A' && code[0] <= 'Z' || isNumber(code) {
		sp.Kind = SpeakerAnonymous
	}
	return sp
}
