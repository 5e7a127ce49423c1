package extract

// signatureParaFrame recognises a quotation paragraph signed in the next
// paragraph after a dash, as in fact checks and collected quotes:
//
//	"Almost all new income is going to the top 1 percent."
//
//	- Bernie Sanders.
//
// The signature paragraph holds only the name, or the name and a comma
// with a note on the occasion ("-President Obama, tweeting after the
// speech.").
func (d *doc) signatureParaFrame(q quotation) *attribution {
	first, last := q.first(), q.last()
	p := d.toks[last].para
	if first != d.paraS[d.toks[first].para] || last+1 != d.paraS[p+1] || p+2 > d.npara() {
		return nil // the quotation fills its paragraph(s)
	}
	k, pe := d.paraS[p+1], d.paraS[p+2]
	if !d.isDash(k) {
		return nil
	}
	for k < pe && d.isDash(k) {
		k++
	}
	np := d.npFwd(k, pe)
	if !np.ok() || np.s != k || !d.toks[k].upper && d.training || np.e-np.s > 6 {
		return nil
	}
	name, title, titled := np, noRange, false
	if !d.isProperName(np) {
		// "- President Obama", "- campaign chair Tom Reed": a title
		// before the name, at inference only
		// (the frames the models train on stay those of a bare name)
		if d.training {
			return nil
		}
		name, title = d.splitName(np)
		if !name.ok() || !title.ok() || !d.isProperName(name) || !d.isProperName(rng{title.s, name.e}) && !roleNouns.has(d.word(title.e-1)) {
			return nil
		}
		titled = true
	}
	e := np.e
	if d.punct(e) == "(" && !d.training {
		if c := d.closingParen(e, pe); c > 0 {
			e = c + 1 // "- Dr. Ann Lee (University of Leeds)" (signature_list.go)
			titled = true
		}
	}
	if !(e >= pe || d.punct(e) == "," || isTerminal(d.punct(e)) && e+1 >= pe) {
		return nil
	}
	a := &attribution{sent: d.sentOf[np.s], cue: rng{d.paraS[p+1], np.s}, cueText: "—", class: cueSpeech,
		subj: np, name: name, title: title, left: d.paraS[p+1], right: np.e, conf: 0.8, inverted: true, ruleAccepted: titled}
	a.content = d.quotationContent(q)
	return a
}
