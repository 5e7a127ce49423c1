package grpcserver

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/quotetracker/quotetracker/pkg/auth"
	"github.com/quotetracker/quotetracker/pkg/config"
)

// security is the resolved form of config.Security.
type security struct {
	tls    *tls.Config
	policy *auth.Policy
	// selfDial is how the server's own HTTP/JSON proxy reaches its gRPC
	// listener: plaintext, or TLS pinned to the server's own certificate.
	selfDial grpc.DialOption
}

func newSecurity(c config.Security, log *slog.Logger) (security, error) {
	s := security{selfDial: grpc.WithTransportCredentials(insecure.NewCredentials())}
	switch {
	case c.TLSCertFile != "" && c.TLSKeyFile != "":
		cert, err := tls.LoadX509KeyPair(c.TLSCertFile, c.TLSKeyFile)
		if err != nil {
			return s, fmt.Errorf("load TLS certificate: %w", err)
		}
		s.tls = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12, NextProtos: []string{"h2", "http/1.1"}}
		own := cert.Certificate[0]
		s.selfDial = grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{
			// The proxy dials its own listener by IP address; instead of
			// host-name checks it accepts exactly this server's certificate.
			InsecureSkipVerify: true, //nolint:gosec // pinned below
			VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
				if len(raw) == 0 || !bytes.Equal(raw[0], own) {
					return errors.New("not this server's certificate")
				}
				return nil
			},
			MinVersion: tls.VersionTLS12,
		}))
	case c.TLSCertFile != "" || c.TLSKeyFile != "":
		return s, errors.New("TLS needs both a certificate file and a key file")
	}
	if c.AuthTokenFile != "" {
		tokens, err := auth.LoadTokens(c.AuthTokenFile)
		if err != nil {
			return s, err
		}
		s.policy = auth.NewPolicy(tokens, c.OpenReads)
		log.Info("authentication on", "tokens", len(tokens), "open_reads", c.OpenReads)
	} else {
		log.Warn("authentication off: anyone who can reach this server may call it")
	}
	if s.tls == nil && s.policy != nil {
		log.Warn("tokens travel without TLS; use TLS outside a trusted network")
	}
	return s, nil
}
