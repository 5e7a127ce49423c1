package extract

import "testing"

func TestModelEncoding(t *testing.T) {
	m := NewModel()
	m.Bias, m.Threshold, m.NonSpeechThreshold = 0.25, 0.5, 0.8
	m.W[7] = -1.5
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var got Model
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if got.Bias != m.Bias || got.Threshold != m.Threshold || got.NonSpeechThreshold != m.NonSpeechThreshold || got.W[7] != -1.5 {
		t.Errorf("round trip: bias %v threshold %v non-speech %v w7 %v", got.Bias, got.Threshold, got.NonSpeechThreshold, got.W[7])
	}
	if got.threshold(true) != 0.5 || float32(got.threshold(false)) != 0.8 {
		t.Errorf("thresholds: speech %v, non-speech %v", got.threshold(true), got.threshold(false))
	}
	if err := got.UnmarshalBinary([]byte("QTLR9xxxxxxxxxxxx")); err == nil {
		t.Error("an unknown header was accepted")
	}
}

// TestModelEncodingV1 reads the older encoding, which has no non-speech
// threshold: the one threshold serves both.
func TestModelEncodingV1(t *testing.T) {
	b := []byte("QTLR1\x00\x00\x00\x00\x00\x00\x00\x3f")
	var m Model
	if err := m.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if m.Threshold != 0.5 || m.threshold(false) != 0.5 {
		t.Errorf("v1 thresholds %v / %v, want 0.5", m.Threshold, m.threshold(false))
	}
}
