module github.com/quotetracker/quotetracker/cmd/quotectl

go 1.26.0

require github.com/quotetracker/quotetracker/pkg v0.0.0

require golang.org/x/sync v0.25.0 // indirect

replace github.com/quotetracker/quotetracker/pkg => ../../pkg

require (
	github.com/quotetracker/quotetracker/services/gateway v0.0.0
	github.com/quotetracker/quotetracker/services/ingest v0.0.0
	github.com/quotetracker/quotetracker/services/quote v0.0.0
)

replace (
	github.com/quotetracker/quotetracker/services/gateway => ../../services/gateway
	github.com/quotetracker/quotetracker/services/ingest => ../../services/ingest
	github.com/quotetracker/quotetracker/services/quote => ../../services/quote
)
