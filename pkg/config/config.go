// Package config reads settings from command-line flags that fall back to
// environment variables, so one binary runs unchanged on a laptop and in
// Kubernetes (where settings arrive as env vars).
package config

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

// FlagSet is a flag.FlagSet whose flags take their defaults from
// environment variables. An env value that does not parse is an error at
// Parse, so a typo in a manifest fails start-up instead of being ignored.
type FlagSet struct {
	*flag.FlagSet
	envErrs []error
}

// NewFlagSet returns an empty FlagSet that reports errors (not exits).
func NewFlagSet(name string, output io.Writer) *FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(output)
	return &FlagSet{FlagSet: fs}
}

// String defines a string flag with an env fallback.
func (f *FlagSet) String(p *string, name, env, def, usage string) {
	f.StringVar(p, name, def, withEnv(usage, env))
	f.fromEnv(name, env)
}

// Int defines an int flag with an env fallback.
func (f *FlagSet) Int(p *int, name, env string, def int, usage string) {
	f.IntVar(p, name, def, withEnv(usage, env))
	f.fromEnv(name, env)
}

// Bool defines a bool flag with an env fallback.
func (f *FlagSet) Bool(p *bool, name, env string, def bool, usage string) {
	f.BoolVar(p, name, def, withEnv(usage, env))
	f.fromEnv(name, env)
}

// Duration defines a duration flag with an env fallback.
func (f *FlagSet) Duration(p *time.Duration, name, env string, def time.Duration, usage string) {
	f.DurationVar(p, name, def, withEnv(usage, env))
	f.fromEnv(name, env)
}

// Parse parses args after reporting any invalid environment value.
func (f *FlagSet) Parse(args []string) error {
	if err := errors.Join(f.envErrs...); err != nil {
		return err
	}
	return f.FlagSet.Parse(args)
}

func (f *FlagSet) fromEnv(name, env string) {
	if env == "" {
		return
	}
	if v, ok := os.LookupEnv(env); ok {
		if err := f.Set(name, v); err != nil {
			f.envErrs = append(f.envErrs, fmt.Errorf("env %s=%q: %w", env, v, err))
		}
	}
}

func withEnv(usage, env string) string {
	if env == "" {
		return usage
	}
	return usage + " (env " + env + ")"
}

// Common holds the settings every service shares.
type Common struct {
	NATSURL string
	// NATSCredsFile, NATSUser/NATSPassword or NATSToken authenticate the
	// service to NATS (at most one kind).
	NATSCredsFile string
	NATSUser      string
	NATSPassword  string
	NATSToken     string
	// MongoURI carries MongoDB credentials (user:password@…, authSource).
	MongoURI  string
	MongoDB   string
	GRPCAddr  string
	HTTPAddr  string
	LogLevel  string
	LogFormat string
	Security  Security
}

// Security configures the service's own listeners.
type Security struct {
	// TLSCertFile and TLSKeyFile turn on TLS on the gRPC and HTTP listeners.
	TLSCertFile string
	TLSKeyFile  string
	// AuthTokenFile turns on bearer-token authentication: one token per
	// line, optionally followed by "read" or "write" (the default).
	AuthTokenFile string
	// OpenReads lets reads through without a token when authentication is on.
	OpenReads bool
}

// Register defines the shared flags; grpcAddr is the service's default
// listen address.
func (c *Common) Register(f *FlagSet, grpcAddr string) {
	f.String(&c.NATSURL, "nats-url", "NATS_URL", "nats://127.0.0.1:4222", "NATS server URL(s), comma-separated")
	f.String(&c.NATSCredsFile, "nats-creds", "NATS_CREDS", "", "NATS credentials file (JWT + nkey)")
	f.String(&c.NATSUser, "nats-user", "NATS_USER", "", "NATS user name")
	f.String(&c.NATSPassword, "nats-password", "NATS_PASSWORD", "", "NATS password")
	f.String(&c.NATSToken, "nats-token", "NATS_TOKEN", "", "NATS authentication token")
	f.String(&c.MongoURI, "mongo-uri", "MONGO_URI", "mongodb://127.0.0.1:27017/", "MongoDB connection URI")
	f.String(&c.MongoDB, "mongo-db", "MONGO_DB", "quotetracker", "MongoDB database name")
	f.String(&c.GRPCAddr, "grpc-addr", "GRPC_ADDR", grpcAddr, "gRPC listen address")
	f.String(&c.HTTPAddr, "http-addr", "HTTP_ADDR", "", "HTTP listen address for Prometheus /metrics (empty: off)")
	f.String(&c.LogLevel, "log-level", "LOG_LEVEL", "info", "log level: debug, info, warn, error")
	f.String(&c.LogFormat, "log-format", "LOG_FORMAT", "text", "log format: text or json")
	f.String(&c.Security.TLSCertFile, "tls-cert-file", "TLS_CERT_FILE", "", "TLS certificate (PEM) for the gRPC and HTTP listeners")
	f.String(&c.Security.TLSKeyFile, "tls-key-file", "TLS_KEY_FILE", "", "TLS private key (PEM)")
	f.String(&c.Security.AuthTokenFile, "auth-token-file", "AUTH_TOKEN_FILE", "", "bearer tokens, one per line (TOKEN [read|write]); empty: no authentication")
	f.Bool(&c.Security.OpenReads, "open-reads", "OPEN_READS", false, "with authentication on, let reads through without a token")
}
