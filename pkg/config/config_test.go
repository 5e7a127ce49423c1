package config

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

// unsetenv clears name for the duration of the test.
func unsetenv(t *testing.T, name string) {
	t.Helper()
	t.Setenv(name, "") // restores the old value at cleanup
	os.Unsetenv(name)
}

type vals struct {
	s string
	i int
	b bool
	d time.Duration
}

func define(f *FlagSet, v *vals) {
	f.String(&v.s, "name", "QT_TEST_NAME", "def", "a name")
	f.Int(&v.i, "count", "QT_TEST_COUNT", 7, "a count")
	f.Bool(&v.b, "on", "QT_TEST_ON", false, "a switch")
	f.Duration(&v.d, "wait", "QT_TEST_WAIT", 3*time.Second, "a wait")
}

func clearTestEnv(t *testing.T) {
	for _, n := range []string{"QT_TEST_NAME", "QT_TEST_COUNT", "QT_TEST_ON", "QT_TEST_WAIT"} {
		unsetenv(t, n)
	}
}

func TestDefaults(t *testing.T) {
	clearTestEnv(t)
	var v vals
	f := NewFlagSet("test", io.Discard)
	define(f, &v)
	if err := f.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if want := (vals{"def", 7, false, 3 * time.Second}); v != want {
		t.Errorf("got %+v, want %+v", v, want)
	}
}

func TestEnvFallback(t *testing.T) {
	clearTestEnv(t)
	t.Setenv("QT_TEST_NAME", "from-env")
	t.Setenv("QT_TEST_COUNT", "42")
	t.Setenv("QT_TEST_ON", "true")
	t.Setenv("QT_TEST_WAIT", "1m30s")
	var v vals
	f := NewFlagSet("test", io.Discard)
	define(f, &v)
	if err := f.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if want := (vals{"from-env", 42, true, 90 * time.Second}); v != want {
		t.Errorf("got %+v, want %+v", v, want)
	}
}

func TestEmptyEnvValueIsUsed(t *testing.T) {
	clearTestEnv(t)
	t.Setenv("QT_TEST_NAME", "") // set but empty: an explicit empty string
	var v vals
	f := NewFlagSet("test", io.Discard)
	define(f, &v)
	if err := f.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if v.s != "" {
		t.Errorf("name = %q, want the empty env value", v.s)
	}
}

func TestFlagOverridesEnv(t *testing.T) {
	clearTestEnv(t)
	t.Setenv("QT_TEST_NAME", "from-env")
	t.Setenv("QT_TEST_COUNT", "42")
	t.Setenv("QT_TEST_ON", "true")
	t.Setenv("QT_TEST_WAIT", "1m")
	var v vals
	f := NewFlagSet("test", io.Discard)
	define(f, &v)
	if err := f.Parse([]string{"-name=flag", "-count", "5", "-on=false", "-wait=250ms", "rest"}); err != nil {
		t.Fatal(err)
	}
	if want := (vals{"flag", 5, false, 250 * time.Millisecond}); v != want {
		t.Errorf("got %+v, want %+v", v, want)
	}
	if got := f.Args(); len(got) != 1 || got[0] != "rest" {
		t.Errorf("Args() = %q, want [rest]", got)
	}
}

func TestInvalidEnvFailsParse(t *testing.T) {
	tests := []struct {
		env, value string
	}{
		{"QT_TEST_COUNT", "forty"},
		{"QT_TEST_COUNT", "1.5"},
		{"QT_TEST_ON", "maybe"},
		{"QT_TEST_WAIT", "10"}, // missing unit
		{"QT_TEST_WAIT", "soon"},
	}
	for _, tt := range tests {
		t.Run(tt.env+"="+tt.value, func(t *testing.T) {
			clearTestEnv(t)
			t.Setenv(tt.env, tt.value)
			var v vals
			f := NewFlagSet("test", io.Discard)
			define(f, &v)
			err := f.Parse([]string{"-name=x"})
			if err == nil {
				t.Fatalf("Parse succeeded with %s=%q; got %+v", tt.env, tt.value, v)
			}
			if !strings.Contains(err.Error(), tt.env) || !strings.Contains(err.Error(), tt.value) {
				t.Errorf("error %q does not name the variable and its value", err)
			}
		})
	}
}

func TestInvalidEnvErrorsAreAllReported(t *testing.T) {
	clearTestEnv(t)
	t.Setenv("QT_TEST_COUNT", "x")
	t.Setenv("QT_TEST_WAIT", "y")
	var v vals
	f := NewFlagSet("test", io.Discard)
	define(f, &v)
	err := f.Parse(nil)
	if err == nil {
		t.Fatal("Parse succeeded")
	}
	for _, want := range []string{"QT_TEST_COUNT", "QT_TEST_WAIT"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %s", err, want)
		}
	}
}

func TestInvalidEnvOverriddenByFlagStillFails(t *testing.T) {
	// A bad value in the environment is a deployment error even when a flag
	// happens to set the same setting.
	clearTestEnv(t)
	t.Setenv("QT_TEST_COUNT", "many")
	var v vals
	f := NewFlagSet("test", io.Discard)
	define(f, &v)
	if err := f.Parse([]string{"-count=3"}); err == nil {
		t.Fatal("Parse succeeded despite an invalid env value")
	}
}

func TestInvalidFlagFailsParse(t *testing.T) {
	clearTestEnv(t)
	var out bytes.Buffer
	var v vals
	f := NewFlagSet("test", &out)
	define(f, &v)
	if err := f.Parse([]string{"-count=abc"}); err == nil {
		t.Fatal("Parse accepted -count=abc")
	}
	if err := f.Parse([]string{"-unknown"}); err == nil {
		t.Fatal("Parse accepted an unknown flag")
	}
}

func TestNoEnvName(t *testing.T) {
	var s string
	f := NewFlagSet("test", io.Discard)
	f.String(&s, "plain", "", "dflt", "no env")
	if err := f.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if s != "dflt" {
		t.Errorf("plain = %q, want dflt", s)
	}
	if u := f.Lookup("plain").Usage; u != "no env" {
		t.Errorf("usage = %q, want it without an env note", u)
	}
}

func TestUsageNamesEnv(t *testing.T) {
	clearTestEnv(t)
	var out bytes.Buffer
	var v vals
	f := NewFlagSet("test", &out)
	define(f, &v)
	if err := f.Parse([]string{"-h"}); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("Parse(-h) = %v, want flag.ErrHelp", err)
	}
	for _, want := range []string{"a count (env QT_TEST_COUNT)", "a wait (env QT_TEST_WAIT)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("usage output lacks %q:\n%s", want, out.String())
		}
	}
}

var commonEnv = []string{"NATS_URL", "MONGO_URI", "MONGO_DB", "GRPC_ADDR", "HTTP_ADDR", "LOG_LEVEL", "LOG_FORMAT"}

func TestCommonDefaults(t *testing.T) {
	for _, n := range commonEnv {
		unsetenv(t, n)
	}
	var c Common
	f := NewFlagSet("svc", io.Discard)
	c.Register(f, "127.0.0.1:9999")
	if err := f.Parse(nil); err != nil {
		t.Fatal(err)
	}
	want := Common{
		NATSURL: "nats://127.0.0.1:4222", MongoURI: "mongodb://127.0.0.1:27017/", MongoDB: "quotetracker",
		GRPCAddr: "127.0.0.1:9999", HTTPAddr: "", LogLevel: "info", LogFormat: "text",
	}
	if c != want {
		t.Errorf("got %+v, want %+v", c, want)
	}
}

func TestCommonFromEnv(t *testing.T) {
	for _, n := range commonEnv {
		unsetenv(t, n)
	}
	t.Setenv("NATS_URL", "nats://nats:4222")
	t.Setenv("MONGO_URI", "mongodb://db:27017/")
	t.Setenv("MONGO_DB", "qt")
	t.Setenv("GRPC_ADDR", ":9090")
	t.Setenv("HTTP_ADDR", ":8080")
	t.Setenv("LOG_LEVEL", "debug")
	t.Setenv("LOG_FORMAT", "json")
	var c Common
	f := NewFlagSet("svc", io.Discard)
	c.Register(f, "127.0.0.1:9999")
	if err := f.Parse([]string{"-mongo-db=override"}); err != nil {
		t.Fatal(err)
	}
	want := Common{
		NATSURL: "nats://nats:4222", MongoURI: "mongodb://db:27017/", MongoDB: "override",
		GRPCAddr: ":9090", HTTPAddr: ":8080", LogLevel: "debug", LogFormat: "json",
	}
	if c != want {
		t.Errorf("got %+v, want %+v", c, want)
	}
}
