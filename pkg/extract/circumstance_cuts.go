package extract

// circumstanceCuts open the writer's circumstance after the content ("said
// he would win during an appearance Friday on CBS", "deny any support
// despite the group's new name", "amid the protests"): here too the cut
// model passed more points than the annotation's contents ran through. On
// train (held-out folds, 3 seeds) the lower threshold gave all: tp +2, fp
// -6; speech: tp +2, fp -6; direct: fp -7 (0.1 gave less, 0.3 lost
// matches).
var circumstanceCuts = set("despite", "during", "amid")
