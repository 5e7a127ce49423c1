package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"google.golang.org/protobuf/types/known/timestamppb"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// articleRecord is an article in a JSON or JSON-lines input. The field
// names of the evaluation corpus (publisher, publication_date) are
// accepted too.
type articleRecord struct {
	URL             string `json:"url"`
	Title           string `json:"title"`
	Outlet          string `json:"outlet"`
	Publisher       string `json:"publisher"`
	PublishedAt     string `json:"published_at"`
	PublicationDate string `json:"publication_date"`
	Text            string `json:"text"`
}

// sourcedArticle is an article read from input, with where it came from.
type sourcedArticle struct {
	origin  string
	article *qtv1.Article
	err     error
}

func runIngest(ctx context.Context, env *cliEnv, args []string) error {
	fs, cf := clientCommand(env, "ingest", ingestEnv, ingestDefault)
	var title, url, outlet, published, format string
	fs.String(&title, "title", "", "", "title (text input; default: the file name)")
	fs.String(&url, "url", "", "", "article URL (text input)")
	fs.String(&outlet, "outlet", "", "", "outlet that published the article (text input)")
	fs.String(&published, "published", "", "", "publication date, YYYY-MM-DD or RFC 3339 (text input; default: now)")
	fs.String(&format, "format", "", "auto", "input format: auto (by extension), text, json, jsonl")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: quotectl ingest [flags] FILE... ('-' reads standard input)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	if fs.NArg() == 0 {
		return usageError("ingest needs at least one file ('-' for standard input)")
	}
	pub, err := optionalTime("published", published)
	if err != nil {
		return err
	}
	meta := &qtv1.Article{Title: title, Url: url, Outlet: outlet, PublishedAt: pub}

	conn, err := cf.dial()
	if err != nil {
		return err
	}
	defer conn.Close()
	client := qtv1.NewIngestServiceClient(conn)
	failed, total := 0, 0
	for _, path := range fs.Args() {
		for sa := range readArticles(env.stdin, path, format, meta) {
			total++
			if sa.err != nil {
				failed++
				fmt.Fprintf(env.stderr, "%s: %v\n", sa.origin, sa.err)
				continue
			}
			cctx, cancel := context.WithTimeout(ctx, cf.timeout)
			resp, err := client.IngestArticle(cctx, &qtv1.IngestArticleRequest{Article: sa.article})
			cancel()
			if err != nil {
				failed++
				fmt.Fprintf(env.stderr, "%s: ingest: %v\n", sa.origin, err)
				if ctx.Err() != nil {
					return ctx.Err()
				}
				continue
			}
			if cf.json {
				b, _ := json.Marshal(map[string]any{"source": sa.origin, "article_id": resp.GetArticleId(), "duplicate": resp.GetDuplicate()})
				fmt.Fprintln(env.stdout, string(b))
			} else {
				state := "ingested"
				if resp.GetDuplicate() {
					state = "duplicate"
				}
				fmt.Fprintf(env.stdout, "%s %s %s\n", state, resp.GetArticleId(), sa.origin)
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d articles failed", failed, total)
	}
	return nil
}

// readArticles yields the articles in one input, each with its own error
// so one bad record does not stop the rest.
func readArticles(stdin io.Reader, path, format string, meta *qtv1.Article) func(yield func(sourcedArticle) bool) {
	return func(yield func(sourcedArticle) bool) {
		var r io.Reader = stdin
		if path != "-" {
			f, err := os.Open(path)
			if err != nil {
				yield(sourcedArticle{origin: path, err: err})
				return
			}
			defer f.Close()
			r = f
		}
		r = skipByteOrderMark(r)
		if format == "auto" {
			switch strings.ToLower(filepath.Ext(path)) {
			case ".json":
				format = "json"
			case ".jsonl", ".ndjson":
				format = "jsonl"
			default:
				format = "text"
			}
		}
		switch format {
		case "text":
			b, err := io.ReadAll(r)
			if err != nil {
				yield(sourcedArticle{origin: path, err: err})
				return
			}
			a := cloneArticle(meta)
			a.Text = string(b)
			if a.Title == "" && path != "-" {
				a.Title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			}
			yield(sourcedArticle{origin: path, article: a})
		case "json":
			var recs []articleRecord
			b, err := io.ReadAll(r)
			if err == nil {
				if trimmed := strings.TrimSpace(string(b)); strings.HasPrefix(trimmed, "[") {
					err = json.Unmarshal(b, &recs)
				} else {
					var rec articleRecord
					err = json.Unmarshal(b, &rec)
					recs = []articleRecord{rec}
				}
			}
			if err != nil {
				yield(sourcedArticle{origin: path, err: fmt.Errorf("parse JSON: %w", err)})
				return
			}
			for i, rec := range recs {
				a, err := rec.article(meta)
				if !yield(sourcedArticle{origin: fmt.Sprintf("%s[%d]", path, i), article: a, err: err}) {
					return
				}
			}
		case "jsonl":
			sc := bufio.NewScanner(r)
			sc.Buffer(make([]byte, 64<<10), 16<<20)
			line := 0
			for sc.Scan() {
				line++
				if strings.TrimSpace(sc.Text()) == "" {
					continue
				}
				var rec articleRecord
				origin := fmt.Sprintf("%s:%d", path, line)
				if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
					if !yield(sourcedArticle{origin: origin, err: fmt.Errorf("parse JSON: %w", err)}) {
						return
					}
					continue
				}
				a, err := rec.article(meta)
				if !yield(sourcedArticle{origin: origin, article: a, err: err}) {
					return
				}
			}
			if err := sc.Err(); err != nil {
				yield(sourcedArticle{origin: fmt.Sprintf("%s:%d", path, line+1), err: err})
			}
		default:
			yield(sourcedArticle{origin: path, err: usageError("unknown --format %q: want auto, text, json or jsonl", format)})
		}
	}
}

// skipByteOrderMark returns r without the UTF-8 byte order mark that
// editors on Windows write at the start of a file: JSON decoding refuses
// it, and in a text it would be the article's first character.
func skipByteOrderMark(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && string(b) == "\ufeff" {
		_, _ = br.Discard(3) // the three bytes were peeked
	}
	return br
}

func cloneArticle(a *qtv1.Article) *qtv1.Article {
	return &qtv1.Article{Title: a.GetTitle(), Url: a.GetUrl(), Outlet: a.GetOutlet(), PublishedAt: a.GetPublishedAt()}
}

// article builds the request article; flags fill fields the record lacks.
func (r articleRecord) article(meta *qtv1.Article) (*qtv1.Article, error) {
	a := cloneArticle(meta)
	a.Text = r.Text
	if r.URL != "" {
		a.Url = r.URL
	}
	if r.Title != "" {
		a.Title = r.Title
	}
	if o := firstNonEmpty(r.Outlet, r.Publisher); o != "" {
		a.Outlet = o
	}
	if p := firstNonEmpty(r.PublishedAt, r.PublicationDate); p != "" {
		t, err := parseTime(p)
		if err != nil {
			return nil, err
		}
		a.PublishedAt = timestamppb.New(t)
	}
	return a, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
