package gatewaysvc

import (
	"errors"
	"testing"

	"github.com/quotetracker/quotetracker/pkg/apierr"
)

// FuzzPageToken: any string either decodes to exactly the payload a token
// was made from (when it is that token) or is refused as InvalidArgument;
// decoding never panics, and a token never decodes under other filters.
func FuzzPageToken(f *testing.F) {
	signer := tokenSigner{key: []byte("fuzz-key")}
	valid := signer.encode(tokenPayload{Cursor: Cursor{SaidAt: 1640995200000000000, ID: "0123456789abcdef0123456789abcdef"}, Filter: 42})
	f.Add(valid, uint64(42))
	f.Add(valid, uint64(43))
	f.Add("", uint64(0))
	f.Add("AAAA", uint64(0))
	f.Add(valid[:len(valid)-1]+"A", uint64(42))
	f.Fuzz(func(t *testing.T, tok string, filter uint64) {
		p, err := signer.decode(tok, filter)
		if err != nil {
			if !errors.Is(err, apierr.ErrInvalidArgument) {
				t.Fatalf("error of the wrong kind: %v", err)
			}
			return
		}
		if p.Filter != filter {
			t.Fatalf("token accepted under filter %d, made for %d", filter, p.Filter)
		}
		if again := signer.encode(p); again != tok {
			t.Fatalf("accepted a token (%q) this server would not have issued (%q)", tok, again)
		}
	})
}
