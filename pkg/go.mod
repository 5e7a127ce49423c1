module github.com/quotetracker/quotetracker/pkg

go 1.26.0
