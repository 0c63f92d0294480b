//go:build race

package personalize

// raceEnabled is set when the tests run with the race detector, which
// makes each check some ten times slower.
const raceEnabled = true
