package aliasfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "aliases.txt")
	if err := os.WriteFile(good, []byte("person | Olga Ivanova | deputy minister | O. Ivanova\nform | Bill Keating | | William Keating\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	al, err := Load(good)
	if err != nil {
		t.Fatal(err)
	}
	if sp, ok := al.Resolve("O. Ivanova"); !ok || sp.Name != "Olga Ivanova" {
		t.Errorf("Resolve(O. Ivanova) = %+v, %v; want the operator's entry", sp, ok)
	}
	if sp, ok := al.Resolve("Ned Price"); !ok || sp.ID != "ned-price" {
		t.Errorf("Resolve(Ned Price) = %+v, %v; want the built-in entry kept", sp, ok)
	}
	if n, ok := al.PersonForm("William R. Keating"); !ok || n != "Bill Keating" {
		t.Errorf("PersonForm(William R. Keating) = %q, %v; want the operator's form", n, ok)
	}
	if n, ok := al.PersonForm("Edward Rendell"); !ok || n != "Ed Rendell" {
		t.Errorf("PersonForm(Edward Rendell) = %q, %v; want the built-in form kept", n, ok)
	}

	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("# ok\nform | Bill Keating | congressman | William Keating\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Load(bad) error = %v; want one naming the file and line 2", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.txt")); err == nil {
		t.Error("Load(missing file) gave no error")
	}
	if al, err := Load(""); err != nil || al == nil {
		t.Errorf("Load(\"\") = %v, %v; want the built-in table", al, err)
	}
}
