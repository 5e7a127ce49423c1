module github.com/quotetracker/quotetracker/services/ingest

go 1.26.0

require github.com/quotetracker/quotetracker/pkg v0.0.0

replace github.com/quotetracker/quotetracker/pkg => ../../pkg
