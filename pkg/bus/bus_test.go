package bus_test

import (
	"io"
	"log/slog"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/config"
	"github.com/quotetracker/quotetracker/pkg/embedded"
)

// startJetStream runs a real embedded nats-server with a temporary store
// and returns a JetStream client connected through bus.Connect.
func startJetStream(t *testing.T) jetstream.JetStream {
	t.Helper()
	srv, err := embedded.StartNATS("127.0.0.1:0", t.TempDir())
	if err != nil {
		t.Fatalf("start nats: %v", err)
	}
	t.Cleanup(srv.Shutdown)
	nc, js, err := bus.Connect(srv.URL(), "bus-test", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(nc.Close)
	return js
}

func streamConfig(t *testing.T, js jetstream.JetStream, name string) jetstream.StreamConfig {
	t.Helper()
	s, err := js.Stream(t.Context(), name)
	if err != nil {
		t.Fatalf("stream %s: %v", name, err)
	}
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatalf("stream %s info: %v", name, err)
	}
	return info.Config
}

func TestEnsureStreams(t *testing.T) {
	js := startJetStream(t)
	settings := bus.StreamSettings{
		Replicas:        0, // treated as 1
		FileStorage:     true,
		DuplicateWindow: 2 * time.Minute,
		ArticlesMaxAge:  time.Hour,
		QuotesMaxAge:    3 * time.Hour,
	}
	for i := range 2 {
		if err := bus.EnsureStreams(t.Context(), js, settings); err != nil {
			t.Fatalf("EnsureStreams #%d: %v", i+1, err)
		}
	}

	art := streamConfig(t, js, bus.ArticlesStream)
	if !slices.Equal(art.Subjects, []string{bus.ArticlesSubject}) {
		t.Errorf("ARTICLES subjects = %q", art.Subjects)
	}
	if art.Retention != jetstream.WorkQueuePolicy {
		t.Errorf("ARTICLES retention = %v, want work queue", art.Retention)
	}
	if art.Storage != jetstream.FileStorage || art.Replicas != 1 {
		t.Errorf("ARTICLES storage/replicas = %v/%d, want file/1", art.Storage, art.Replicas)
	}
	if art.MaxAge != time.Hour || art.Duplicates != 2*time.Minute {
		t.Errorf("ARTICLES max age/dup window = %v/%v, want 1h/2m", art.MaxAge, art.Duplicates)
	}

	q := streamConfig(t, js, bus.QuotesStream)
	if !slices.Equal(q.Subjects, []string{bus.QuotesSubject}) {
		t.Errorf("QUOTES subjects = %q", q.Subjects)
	}
	if q.Retention != jetstream.LimitsPolicy {
		t.Errorf("QUOTES retention = %v, want limits", q.Retention)
	}
	if q.Storage != jetstream.FileStorage || q.Replicas != 1 {
		t.Errorf("QUOTES storage/replicas = %v/%d, want file/1", q.Storage, q.Replicas)
	}
	if q.MaxAge != 3*time.Hour || q.Duplicates != 2*time.Minute {
		t.Errorf("QUOTES max age/dup window = %v/%v, want 3h/2m", q.MaxAge, q.Duplicates)
	}

	// Messages survive a repeated EnsureStreams, and new settings apply.
	if _, err := js.Publish(t.Context(), bus.QuotesSubject, []byte("q1")); err != nil {
		t.Fatal(err)
	}
	settings.QuotesMaxAge = 5 * time.Hour
	settings.ArticlesMaxAge = 2 * time.Hour
	settings.DuplicateWindow = time.Minute
	if err := bus.EnsureStreams(t.Context(), js, settings); err != nil {
		t.Fatalf("EnsureStreams with new settings: %v", err)
	}
	if got := streamConfig(t, js, bus.QuotesStream); got.MaxAge != 5*time.Hour || got.Duplicates != time.Minute {
		t.Errorf("QUOTES after update: max age %v, dup window %v; want 5h, 1m", got.MaxAge, got.Duplicates)
	}
	if got := streamConfig(t, js, bus.ArticlesStream); got.MaxAge != 2*time.Hour || got.Duplicates != time.Minute {
		t.Errorf("ARTICLES after update: max age %v, dup window %v; want 2h, 1m", got.MaxAge, got.Duplicates)
	}
	s, err := js.Stream(t.Context(), bus.QuotesStream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 1 {
		t.Errorf("QUOTES holds %d messages after update, want 1", info.State.Msgs)
	}
}

func TestEnsureStreamsMemoryStorage(t *testing.T) {
	js := startJetStream(t)
	settings := bus.DefaultStreamSettings()
	settings.FileStorage = false
	if err := bus.EnsureStreams(t.Context(), js, settings); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{bus.ArticlesStream, bus.QuotesStream} {
		if got := streamConfig(t, js, name); got.Storage != jetstream.MemoryStorage {
			t.Errorf("%s storage = %v, want memory", name, got.Storage)
		}
	}
}

func TestDuplicateMsgID(t *testing.T) {
	js := startJetStream(t)
	if err := bus.EnsureStreams(t.Context(), js, bus.DefaultStreamSettings()); err != nil {
		t.Fatal(err)
	}
	for _, subject := range []string{bus.ArticlesSubject, bus.QuotesSubject} {
		first, err := js.Publish(t.Context(), subject, []byte("a"), jetstream.WithMsgID("id-1"))
		if err != nil {
			t.Fatal(err)
		}
		if first.Duplicate {
			t.Errorf("%s: first publish reported a duplicate", subject)
		}
		second, err := js.Publish(t.Context(), subject, []byte("a again"), jetstream.WithMsgID("id-1"))
		if err != nil {
			t.Fatal(err)
		}
		if !second.Duplicate {
			t.Errorf("%s: second publish with the same msg id was not a duplicate", subject)
		}
		if second.Sequence != first.Sequence {
			t.Errorf("%s: duplicate ack sequence = %d, want the original %d", subject, second.Sequence, first.Sequence)
		}
		other, err := js.Publish(t.Context(), subject, []byte("b"), jetstream.WithMsgID("id-2"))
		if err != nil {
			t.Fatal(err)
		}
		if other.Duplicate || other.Sequence <= first.Sequence {
			t.Errorf("%s: another msg id: duplicate=%v seq=%d", subject, other.Duplicate, other.Sequence)
		}
	}
	for _, name := range []string{bus.ArticlesStream, bus.QuotesStream} {
		s, err := js.Stream(t.Context(), name)
		if err != nil {
			t.Fatal(err)
		}
		info, err := s.Info(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if info.State.Msgs != 2 {
			t.Errorf("%s holds %d messages, want 2", name, info.State.Msgs)
		}
	}
}

func TestStreamSettingsFlags(t *testing.T) {
	for _, n := range []string{"STREAM_REPLICAS", "STREAM_FILE_STORAGE", "STREAM_DUPLICATE_WINDOW", "ARTICLES_MAX_AGE", "QUOTES_MAX_AGE"} {
		t.Setenv(n, "") // restored at cleanup
		os.Unsetenv(n)
	}
	// Defaults of the flags are the documented development defaults.
	var s bus.StreamSettings
	f := config.NewFlagSet("test", io.Discard)
	s.Register(f)
	if err := f.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if s != bus.DefaultStreamSettings() {
		t.Errorf("flag defaults %+v differ from DefaultStreamSettings %+v", s, bus.DefaultStreamSettings())
	}

	t.Setenv("STREAM_REPLICAS", "3")
	t.Setenv("STREAM_FILE_STORAGE", "false")
	t.Setenv("QUOTES_MAX_AGE", "72h")
	var e bus.StreamSettings
	f = config.NewFlagSet("test", io.Discard)
	e.Register(f)
	if err := f.Parse([]string{"-articles-max-age=1h"}); err != nil {
		t.Fatal(err)
	}
	want := bus.DefaultStreamSettings()
	want.Replicas, want.FileStorage, want.QuotesMaxAge, want.ArticlesMaxAge = 3, false, 72*time.Hour, time.Hour
	if e != want {
		t.Errorf("got %+v, want %+v", e, want)
	}
}
