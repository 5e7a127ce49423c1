package extract

// "Sen. Mitch McConnell said ... The Kentucky Republican said": US
// political copy varies a politician's name with the state and the party
// as often as with the office ("the Massachusetts Democrat", "the Utah
// Republican"). A definite "the (former) PLACE Democrat/Republican" goes,
// like "the Florida senator" (resolve_place_role.go, whose walk and checks
// it shares), to the first person named in its sentence before it or in
// the two sentences before, unless the article gives that person another
// place ("Iowa Sen.", "R-Fla."). Without a place ("the Democrat") nothing
// changes: in a primary every candidate is one. Refined pass only.
// Measured on train (preddiff): statements identical, 8 speakers change,
// 7 on the design docs, all right (McConnell, Ryan x4, McCain, Rubio, Gowdy).

// partyHeads are the capitalised party nouns that close such a nominal.
var partyHeads = set("democrat", "republican")
