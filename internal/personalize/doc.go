// Package personalize is the personalization validator: it decides whether
// a recruiter's personalization line references something specific on the
// candidate's profile, and explains the verdict. It is pure (no I/O, no
// clock, no network), deterministic, and fast enough to run on every
// keystroke: prepare the profile once with NewIndex and pass it in
// Options.Index.
//
// # The rules
//
// Check applies the six rules of DESIGN.md:
//
//  1. length: at least Options.MinWords words (default 6), at most
//     Options.MaxChars characters when the channel sets a limit;
//  2. placeholder: no "[...]", "{{...}}", "{...}", "<...>", TODO, TBD, XXX
//     or "insert ..." left in the line (see Placeholders);
//  3. specific: some words of the line, matched against one profile field
//     regardless of case, punctuation, inflection (a Snowball stemmer plus
//     irregular forms and close suffixes) and order, add up to a specific
//     reference. Each word weighs what it says: nothing for function words,
//     the candidate's name, words found in mail-merge fields (name,
//     headline, current title and company, location) and words common to
//     almost every profile (lists/common-words.txt); 0.3 for the ~4,000
//     most common English words, 0.6 for the next ~7,000, 0.8 for other
//     dictionary words and 1 for what no dictionary has: jargon, names,
//     acronyms, figures (lists/english-*.txt, from SCOWL). Words found
//     together in one field count half as much again, and twice as much
//     when four or more match, so "food bank" and "training new first
//     officers" are references while "food", or "fuzzing" alone, are not.
//     A capitalised name of two or more words written the same on the
//     profile ("Building Up Toronto") is a reference whatever its words.
//     A reference needs a score of 1;
//  4. unsupported: names (capitalised words and runs of them, acronyms,
//     mixed-case words), figures and claims ("your book", "your keynote")
//     must be on the profile. A word outside the recruiter's own part of
//     the sentence ("our client's CFO", "my client's new Head of Growth") that
//     the profile does not have rejects the line even when other words
//     match, so "your win in the Apple v. Samsung design patent retrial"
//     fails for a patent litigator who never worked on it;
//  5. stock: a stock phrase (lists/stock-phrases.txt) with no specific
//     reference outside it;
//  6. reuse: not the same or nearly the same line (see ReuseIndex) as one
//     already sent to another candidate.
//
// The word lists are embedded; a team lead extends them with files in the
// config folder (LoadLists).
//
// # What the validator deliberately does not catch
//
//   - Truth. It checks that the line refers to what the profile says, not
//     that the profile is right or that the praise is sincere. A line that
//     quotes a profile fact and then says something false about it in
//     common words ("your Phase III trial failed") passes.
//   - Claims made only in ordinary words. A fabricated achievement written
//     without a name, acronym, figure or claim noun ("your work on car
//     safety") is rejected only when nothing else in the line is specific;
//     next to a real reference it passes.
//   - The recruiter's side. Names and figures after "our", "my", "we" or
//     "client" up to the end of the sentence are taken to be about the
//     client and are not checked against the profile.
//   - Meaning. It matches words, not ideas: a line that paraphrases a
//     profile fact with no word in common ("your cancer drug study" for
//     "Phase III oncology trial") is not a reference, and synonyms are not
//     expanded.
//   - Tone, grammar, spelling and length beyond the limits; whether the
//     reference suits the role; whether the line is polite.
//   - Headline-only specifics. DESIGN.md makes the headline a mail-merge
//     field, so a skill that appears only in the headline does not count.
//   - Reuse for the same candidate, and reuse of short lines (under three
//     words' worth of sequences) except verbatim.
package personalize
