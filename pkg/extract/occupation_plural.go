package extract

// "Forecasters at the Met Office said", "Meteorologists at the National
// Weather Service said", "Paramedics at the scene said": people of a
// trade at or from a body. npBack crosses the preposition back to the
// head only for anonymous heads ("Economists at Goldman Sachs") and
// roles (pluralRole, plural_role.go), so the body was the speaker ("Met
// Office"), though the forecasters spoke. Weather, disaster and science
// copy names such groups often. At inference the plural of a trade
// continues the phrase too; in training the old reading stays, so the
// models do not move. Session 24, hand-written weather probes; train
// predictions: see the commit.

// occupationPlural reports, at inference, the plural of a trade at k
// before "at", "from" or "with".
func (d *doc) occupationPlural(k int) bool {
	if d.training {
		return false
	}
	switch d.word(k + 1) {
	case "at", "from", "with":
		return occupationPlurals.has(d.word(k))
	}
	return false
}

// occupationPlurals are trades of weather, disaster, health and science
// news that anonymousHeads and pluralRoleOnly lack.
var occupationPlurals = set("forecasters", "meteorologists", "seismologists", "climatologists", "volcanologists",
	"epidemiologists", "virologists", "physicians", "surgeons", "nurses", "paramedics", "medics", "rescuers",
	"firefighters", "engineers", "astronomers", "geologists", "biologists", "ecologists", "psychologists",
	"physicists", "chemists", "statisticians", "teachers", "staff", "volunteers", "inspectors", "auditors",
	"regulators", "coaches", "players", "scouts")

// occupationGroup reports a subject that opens (after an article) with a
// trade occupationPlural read: the people, anonymous, as resolve_group.go
// names "Economists at Goldman Sachs".
func (d *doc) occupationGroup(subj rng) bool {
	if subj.e-subj.s < 3 {
		return false // asked of every subject (resolve): trimming only shortens it
	}
	t := d.trimDet(subj)
	return t.e-t.s >= 3 && d.occupationPlural(t.s)
}
