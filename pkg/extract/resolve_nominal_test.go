package extract

import "testing"

func TestRoleNominalResolvesToPerson(t *testing.T) {
	cases := []struct{ name, text, sub, want string }{
		{"title abbreviation", "Sen. Laura Whitfield toured the plant on Monday. The senator said the plant would stay open.",
			"plant would stay open", "Laura Whitfield"},
		{"place modifier fits", "Ohio Gov. Mark Dunning met farmers. Later, the Ohio governor said that prices would rise.",
			"prices would rise", "Mark Dunning"},
		{"the only person speaker so far", "Mr. Harlan told reporters in Denver that he would win. The candidate said taxes would fall.",
			"taxes would fall", "Harlan"},
		{"dominant speaker for the candidate", "Mr. Harlan told reporters that he would win. Harlan said the polls were wrong. The candidate said taxes would fall.",
			"taxes would fall", "Harlan"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.sub); got != c.want {
			t.Errorf("%s: speaker %q, want %q", c.name, got, c.want)
		}
	}
}

func TestRoleNominalNeedsEvidence(t *testing.T) {
	cases := []struct{ name, text, sub, notWant string }{
		// the place modifier does not fit the only senator named
		{"modifier mismatch", "Sen. Laura Whitfield of Iowa spoke first. The Texas senator said the vote would fail.",
			"vote would fail", "Laura Whitfield"},
		// a staffer is no candidate
		{"staff", "Campaign manager Dana Royce said the event was full. Royce said the crowd was huge. The candidate said taxes would fall.",
			"taxes would fall", "Dana Royce"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.sub); got == c.notWant {
			t.Errorf("%s: speaker %q", c.name, got)
		}
	}
}

func TestRolesMatch(t *testing.T) {
	for _, c := range []struct {
		title, head string
		want        bool
	}{
		{"Florida Sen.", "senator", true}, {"Gov.", "governor", true}, {"spokeswoman", "spokesman", true},
		{"Rep.", "congressman", true}, {"Sen.", "governor", false}, {"former secretary of state", "secretary", true},
	} {
		if got := rolesMatch(c.title, c.head); got != c.want {
			t.Errorf("rolesMatch(%q, %q) = %v", c.title, c.head, got)
		}
	}
}
