package quotesvc

import (
	"time"

	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/config"
)

// Config configures the quote service.
type Config struct {
	config.Common
	Streams bus.StreamSettings
	// AliasFile adds speaker aliases to the built-in table.
	AliasFile string
	// AckWait is how long an article may take before JetStream redelivers it.
	AckWait time.Duration
	// MaxDeliver bounds deliveries of one article (-1: no bound). Transient
	// failures (MongoDB or NATS down) are retried until they pass, so the
	// default is unbounded; articles the extractor fails on are bounded by
	// PoisonAttempts instead and then dead-lettered, never dropped.
	MaxDeliver int
	// WriteTimeout bounds one article's MongoDB and publish work.
	WriteTimeout time.Duration
	// ExtractTimeout bounds the extractor on one article.
	ExtractTimeout time.Duration
	// PoisonAttempts is how many deliveries an article whose extraction
	// fails gets before it is moved to the dead letters.
	PoisonAttempts int
}

// Register defines the flags.
func (c *Config) Register(f *config.FlagSet) {
	c.Common.Register(f, "127.0.0.1:9092")
	c.Streams.Register(f)
	f.String(&c.AliasFile, "alias-file", "ALIAS_FILE", "", "extra speaker alias file merged into the built-in table")
	f.Duration(&c.AckWait, "ack-wait", "ACK_WAIT", 60*time.Second, "time an article may take before it is redelivered")
	f.Int(&c.MaxDeliver, "max-deliver", "MAX_DELIVER", -1, "deliveries of one article before JetStream stops redelivering it (-1: unbounded; transient failures are retried until they pass)")
	f.Duration(&c.WriteTimeout, "write-timeout", "WRITE_TIMEOUT", 30*time.Second, "bound on storing and publishing one article's quotes")
	f.Duration(&c.ExtractTimeout, "extract-timeout", "EXTRACT_TIMEOUT", 10*time.Second, "bound on extracting one article")
	f.Int(&c.PoisonAttempts, "poison-attempts", "POISON_ATTEMPTS", 3, "deliveries of an article the extractor fails on before it is dead-lettered")
}

// Shared returns the settings common to all services.
func (c *Config) Shared() *config.Common { return &c.Common }
