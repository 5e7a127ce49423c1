// Package store is the MongoDB system of record: articles and quotes,
// written append-only with deterministic ids so that every write is
// idempotent under redelivery (a duplicate-key error means "already
// stored"). Reads are whole-collection scans done once at start-up; nothing
// here is meant for the request path (see DESIGN.md: the embedded server
// uses no secondary index for reads).
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"go.mongodb.org/mongo-driver/v2/mongo/readpref"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

const (
	articlesCollection = "articles"
	quotesCollection   = "quotes"
	duplicateKeyCode   = 11000
)

// Store reads and writes the quotetracker database.
type Store struct {
	client   *mongo.Client
	articles *mongo.Collection
	quotes   *mongo.Collection
}

// Connect opens a client to uri and uses database db. It does not wait for
// the server; call Ping for that.
func Connect(uri, db string) (*Store, error) {
	opts := options.Client().ApplyURI(uri).
		SetServerSelectionTimeout(5 * time.Second).
		SetConnectTimeout(5 * time.Second).
		SetAppName("quotetracker")
	client, err := mongo.Connect(opts)
	if err != nil {
		return nil, fmt.Errorf("connect mongodb: %w", err)
	}
	d := client.Database(db)
	return &Store{client: client, articles: d.Collection(articlesCollection), quotes: d.Collection(quotesCollection)}, nil
}

// Close disconnects the client.
func (s *Store) Close(ctx context.Context) error {
	if err := s.client.Disconnect(ctx); err != nil {
		return fmt.Errorf("disconnect mongodb: %w", err)
	}
	return nil
}

// Ping checks that the primary answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.client.Ping(ctx, readpref.Primary()); err != nil {
		return fmt.Errorf("ping mongodb: %w", err)
	}
	return nil
}

// EnsureIndexes creates the indexes operators use to inspect the data on a
// real MongoDB. The services themselves never query by them.
//
// The indexes are created one per command: FerretDB v1.24 panics (and drops
// the connection) on a createIndexes command naming two or more indexes that
// already exist, which made every restart fail here.
func (s *Store) EnsureIndexes(ctx context.Context) error {
	for _, m := range []mongo.IndexModel{
		{Keys: bson.D{{Key: "speaker.id", Value: 1}, {Key: "said_at", Value: -1}}},
		{Keys: bson.D{{Key: "article.id", Value: 1}}},
	} {
		if _, err := s.quotes.Indexes().CreateOne(ctx, m); err != nil {
			return fmt.Errorf("create quote indexes: %w", err)
		}
	}
	return nil
}

// InsertArticle stores an article; duplicate reports that an article with
// the same id was already stored (which is not an error).
func (s *Store) InsertArticle(ctx context.Context, a *qtv1.Article) (duplicate bool, err error) {
	_, err = s.articles.InsertOne(ctx, articleToDoc(a))
	if err == nil {
		return false, nil
	}
	if mongo.IsDuplicateKeyError(err) {
		return true, nil
	}
	return false, fmt.Errorf("insert article %s: %w", a.GetId(), err)
}

// InsertQuotes stores quotes in one unordered batch. Quotes already stored
// are skipped; inserted counts the new ones.
func (s *Store) InsertQuotes(ctx context.Context, quotes []*qtv1.Quote) (inserted int, err error) {
	if len(quotes) == 0 {
		return 0, nil
	}
	docs := make([]any, len(quotes))
	for i, q := range quotes {
		docs[i] = quoteToDoc(q)
	}
	res, err := s.quotes.InsertMany(ctx, docs, options.InsertMany().SetOrdered(false))
	if err == nil {
		return len(res.InsertedIDs), nil
	}
	var bwe mongo.BulkWriteException
	if !errors.As(err, &bwe) || bwe.WriteConcernError != nil {
		return 0, fmt.Errorf("insert %d quotes: %w", len(quotes), err)
	}
	for _, we := range bwe.WriteErrors {
		if we.Code != duplicateKeyCode {
			return 0, fmt.Errorf("insert quote %d of %d: %w", we.Index, len(quotes), err)
		}
	}
	return len(quotes) - len(bwe.WriteErrors), nil
}

// EachQuote calls fn for every stored quote, in no particular order.
func (s *Store) EachQuote(ctx context.Context, fn func(*qtv1.Quote) error) error {
	cur, err := s.quotes.Find(ctx, bson.D{}, options.Find().SetBatchSize(1000))
	if err != nil {
		return fmt.Errorf("find quotes: %w", err)
	}
	defer cur.Close(ctx)
	for cur.Next(ctx) {
		var d quoteDoc
		if err := cur.Decode(&d); err != nil {
			return fmt.Errorf("decode quote: %w", err)
		}
		if err := fn(d.toProto()); err != nil {
			return err
		}
	}
	if err := cur.Err(); err != nil {
		return fmt.Errorf("read quotes: %w", err)
	}
	return nil
}

// CountQuotes returns the number of stored quotes.
func (s *Store) CountQuotes(ctx context.Context) (int64, error) {
	n, err := s.quotes.CountDocuments(ctx, bson.D{})
	if err != nil {
		return 0, fmt.Errorf("count quotes: %w", err)
	}
	return n, nil
}
