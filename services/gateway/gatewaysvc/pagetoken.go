package gatewaysvc

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"

	"github.com/quotetracker/quotetracker/pkg/apierr"
)

// Page tokens are opaque to clients and tamper-evident: the cursor and a
// hash of the query it belongs to, signed with HMAC-SHA256. A forged token,
// or one reused with other filters, is rejected as InvalidArgument.

const (
	tokenVersion = 1
	macLen       = 16
	maxTokenLen  = 512
)

var errBadToken = apierr.New(apierr.ErrInvalidArgument, "invalid page_token: not a token this server issued for this query")

type tokenSigner struct{ key []byte }

// tokenPayload is a position in a listing (quotes: Cursor; speakers: an
// offset in ID) and the hash of the listing's filters.
type tokenPayload struct {
	Cursor
	Filter uint64
}

func (s tokenSigner) encode(p tokenPayload) string {
	buf := make([]byte, 0, 1+8+8+len(p.ID)+macLen)
	buf = append(buf, tokenVersion)
	buf = binary.BigEndian.AppendUint64(buf, p.Filter)
	buf = binary.BigEndian.AppendUint64(buf, uint64(p.SaidAt))
	buf = append(buf, p.ID...)
	buf = append(buf, s.mac(buf)...)
	return base64.RawURLEncoding.EncodeToString(buf)
}

func (s tokenSigner) decode(tok string, filter uint64) (tokenPayload, error) {
	if len(tok) > maxTokenLen {
		return tokenPayload{}, errBadToken
	}
	raw, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(raw) < 1+8+8+macLen || raw[0] != tokenVersion {
		return tokenPayload{}, errBadToken
	}
	body, sum := raw[:len(raw)-macLen], raw[len(raw)-macLen:]
	if !hmac.Equal(sum, s.mac(body)) {
		return tokenPayload{}, errBadToken
	}
	p := tokenPayload{
		Filter: binary.BigEndian.Uint64(body[1:9]),
		Cursor: Cursor{SaidAt: int64(binary.BigEndian.Uint64(body[9:17])), ID: string(body[17:])},
	}
	if p.Filter != filter {
		return tokenPayload{}, fmt.Errorf("%w (the filters differ from the first page's)", errBadToken)
	}
	return p, nil
}

func (s tokenSigner) mac(b []byte) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write(b)
	return m.Sum(nil)[:macLen]
}

// filterHash identifies a listing's filters; parts are length-prefixed so
// that no two filter sets hash alike by concatenation.
func filterHash(kind string, parts ...string) uint64 {
	h := sha256.New()
	h.Write([]byte(kind))
	for _, p := range parts {
		var n [4]byte
		binary.BigEndian.PutUint32(n[:], uint32(len(p)))
		h.Write(n[:])
		h.Write([]byte(p))
	}
	return binary.BigEndian.Uint64(h.Sum(nil)[:8])
}
