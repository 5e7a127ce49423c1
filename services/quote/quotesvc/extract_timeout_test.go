package quotesvc

import (
	"strings"
	"testing"
	"time"

	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// TestExtractBound: a run whose result arrives after the bound is timed out
// even when the result wins the select (with a 1ns bound the result and
// the timer are often ready together, and select picks either); a run
// inside the bound keeps its result. The clock jumps an hour per reading,
// so the run takes an hour while the one-minute timer never fires.
func TestExtractBound(t *testing.T) {
	art := &qtv1.Article{Text: "The bridge will reopen, the mayor said."}
	instant := func(string) []extract.Quote { return []extract.Quote{{}} }
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	slowClock := func() time.Time { clock = clock.Add(time.Hour); return clock }
	late := &Service{cfg: Config{ExtractTimeout: time.Minute}, extractFn: instant, now: slowClock}
	if _, err := late.extract(art); err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Fatalf("result an hour late: err = %v, want a time-out", err)
	}
	inTime := &Service{cfg: Config{ExtractTimeout: time.Minute}, extractFn: instant, now: time.Now}
	if found, err := inTime.extract(art); err != nil || len(found) != 1 {
		t.Fatalf("1m bound: found %d, err %v; want the result", len(found), err)
	}
}
