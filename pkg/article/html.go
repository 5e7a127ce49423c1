package article

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// looksLikeHTML reports whether text is markup rather than plain text: it
// has a document marker or several common block or inline tags.
func looksLikeHTML(text string) bool {
	lower := strings.ToLower(text)
	if strings.Contains(lower, "<!doctype html") || strings.Contains(lower, "<html") || strings.Contains(lower, "<body") {
		return true
	}
	tags := 0
	for _, t := range []string{"<p>", "<p ", "</p>", "<br", "<div", "</div>", "<a href", "</a>", "<span", "<script", "<li>", "<h1", "<h2", "<em>", "<strong>"} {
		tags += strings.Count(lower, t)
		if tags >= 3 {
			return true
		}
	}
	return false
}

// htmlToText extracts the readable text of an HTML document: block
// elements become paragraph breaks, entities are decoded, and scripts,
// styles and other non-content elements are dropped.
func htmlToText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b bytes.Buffer
	skip := 0 // depth inside elements whose text is not content
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken: // io.EOF or malformed input: keep what was read
			return tidyParagraphs(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case nonContent[tag] && tt == html.StartTagToken:
				skip++
			case nonContent[tag] && tt == html.EndTagToken:
				skip = max(skip-1, 0)
			case blockTags[tag]:
				b.WriteString("\n\n")
			case tag == "br":
				b.WriteString("\n")
			}
		}
	}
}

var (
	nonContent = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "head": true, "svg": true, "iframe": true, "nav": true, "footer": true}
	blockTags  = map[string]bool{"p": true, "div": true, "section": true, "article": true, "header": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "li": true, "ul": true, "ol": true, "blockquote": true, "figure": true, "figcaption": true, "table": true, "tr": true, "pre": true, "main": true, "aside": true}
)

// tidyParagraphs trims lines, folds runs of spaces and keeps at most one
// blank line between paragraphs.
func tidyParagraphs(s string) string {
	var out []string
	blank := true
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, line)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
