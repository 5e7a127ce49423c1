package extract

// "“Best day ever,” she captioned the post.": a caption verb takes the
// post or photo as its object, and the quotation before it is what was
// written, so post_verb.go's frame (a verb that is no cue, after a
// quotation) takes it with its object. Inference only, like that frame.
// Hand-written probes; no train prediction changes.

// captionVerbs write a quotation as a caption.
var captionVerbs = set("captioned", "captions")
