package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func pharmacyLecturer() *profile.Profile {
	return &profile.Profile{
		Name: "Lin Qiaoyu", Headline: "Clinical Operations Lead | Oncology trials", Title: "Clinical Operations Lead",
		Company: "Meridian Biologics", Location: "Shanghai, China",
		Experience: []profile.Experience{
			{Title: "Clinical Operations Lead", Company: "Meridian Biologics", Start: "2021", End: "present",
				Description: "Led MB-114, a Phase II trial in gastric cancer across 31 sites."},
			{Title: "兼职讲师 (Adjunct Lecturer), GCP", Company: "复旦大学药学院", Start: "2020", End: "present"},
		},
		Education: []profile.Education{{School: "中国药科大学", Degree: "硕士 (MSc)", Field: "药理学 Pharmacology"}},
	}
}

func TestSchoolOfAUniversityInAnotherScript(t *testing.T) {
	wantVerdicts(t, pharmacyLecturer(), []lineWant{
		// "药学院" is Fudan's School of Pharmacy: the line's English for it
		// cannot be checked word for word, and is not called invented.
		{"Teaching GCP as an adjunct lecturer at Fudan's School of Pharmacy alongside running MB-114 is a rare mix.", true},
		// The rest of the line is still checked.
		{"Teaching GCP as an adjunct lecturer at Fudan's School of Pharmacy alongside running MB-117 is a rare mix.", false},
	})
}
