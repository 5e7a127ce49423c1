package gatewaysvc

import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/statements"
)

// The statement RPCs (GetStatement, CheckAttribution, SearchQuotes) need an
// Index that groups its quotes into statements, as memIndex does; they are
// reached through these optional interfaces so that the Index interface
// itself stays as it is.
type (
	statementSource interface {
		Statements() *statements.Index
	}
	// rawQuotes gives stored quotes without copying them; the caller must
	// not modify them.
	rawQuotes interface {
		quote(id string) (*qtv1.Quote, bool)
	}
	speakerProfiles interface {
		SpeakerProfile(ref string) (*qtv1.Speaker, bool)
	}
)

func (s *quoteServer) statements() (*statements.Index, error) {
	if src, ok := s.index.(statementSource); ok {
		return src.Statements(), nil
	}
	return nil, status.Error(codes.Unimplemented, "this server's index does not group quotes into statements")
}

// storedQuote returns quote id for reading only.
func (s *quoteServer) storedQuote(id string) (*qtv1.Quote, bool) {
	if r, ok := s.index.(rawQuotes); ok {
		return r.quote(id)
	}
	return s.index.Get(id)
}

func listKind(req *qtv1.ListQuotesRequest) string {
	if req.GetAllAppearances() {
		return "quotes"
	}
	return "statements"
}

func (s *quoteServer) GetStatement(_ context.Context, req *qtv1.GetStatementRequest) (*qtv1.GetStatementResponse, error) {
	id := req.GetId()
	if id == "" || len(id) > maxIDLen {
		return nil, invalid("id must be 1..%d bytes", maxIDLen)
	}
	x, err := s.statements()
	if err != nil {
		return nil, err
	}
	st, ok := x.Get(id)
	if !ok {
		return nil, status.Errorf(codes.NotFound, "no statement or quote with id %q", id)
	}
	return &qtv1.GetStatementResponse{Statement: s.statementProto(st)}, nil
}

// statementProto builds the API's Statement from the index's snapshot and
// the stored quotes; everything is copied, nothing shared with the index.
func (s *quoteServer) statementProto(st statements.Statement) *qtv1.Statement {
	out := &qtv1.Statement{Id: st.ID, Appearances: make([]*qtv1.Appearance, 0, len(st.Appearances))}
	var first *qtv1.Quote
	for _, id := range st.Appearances {
		q, ok := s.storedQuote(id)
		if !ok {
			continue
		}
		if first == nil {
			first = q
		}
		out.Appearances = append(out.Appearances, &qtv1.Appearance{
			QuoteId: q.GetId(),
			Article: cloneMsg(q.GetArticle()),
			Span:    cloneMsg(q.GetSpan()),
			Text:    q.GetText(),
			SaidAt:  cloneMsg(q.GetSaidAt()),
			Kind:    q.GetKind(),
			Cue:     q.GetCue(),
		})
	}
	if first == nil {
		return out
	}
	out.Text = first.GetText()
	out.FirstAppearance = proto.Clone(out.Appearances[0]).(*qtv1.Appearance)
	if sum, ok := s.index.Speaker(st.SpeakerID); ok {
		out.Speaker = sum.GetSpeaker()
	} else {
		out.Speaker = cloneMsg(first.GetSpeaker())
	}
	return out
}

func cloneMsg[M proto.Message](m M) M {
	if m.ProtoReflect().IsValid() {
		return proto.Clone(m).(M)
	}
	var zero M
	return zero
}
