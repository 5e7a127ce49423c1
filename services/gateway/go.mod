module github.com/quotetracker/quotetracker/services/gateway

go 1.26.0

require github.com/quotetracker/quotetracker/pkg v0.0.0

require github.com/google/btree v1.1.3 // indirect

replace github.com/quotetracker/quotetracker/pkg => ../../pkg
