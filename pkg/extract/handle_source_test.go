package extract

import "testing"

// TestHandleSource covers a handle after "according to", before and after
// the content: the whole handle is the source; a plain source is as before.
func TestHandleSource(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Social\n\nThe outage affected thousands of users, according to @DownDetector.", "@DownDetector", "@DownDetector", ""},
		{"Social\n\nAccording to @NWS_Houston, the storm would bring heavy rain.", "@NWS_Houston", "@NWS_Houston", ""},
		{"Social\n\nAccording to the weather service, the storm would bring heavy rain.", "the weather service", "weather service", ""},
	})
}
