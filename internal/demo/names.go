package demo

// Word lists for synthetic people, firms, companies and matters. Every name
// is made up by combining them; none is meant to be a real person or firm.

var firstNames = []string{
	"Aisha", "Alex", "Amara", "Amelia", "Ana", "Anil", "Anna", "Arjun", "Ben", "Bianca",
	"Camille", "Carlos", "Charlotte", "Chen", "Chloe", "Chris", "Claire", "Daniel", "David", "Deepa",
	"Diego", "Elena", "Eleanor", "Emeka", "Emily", "Emma", "Ethan", "Fatima", "Felix", "Freya",
	"Gabriel", "Grace", "Hannah", "Harriet", "Hiroshi", "Imogen", "Isaac", "Isabel", "Jack", "James",
	"Jia", "Joanna", "Jonah", "Jordan", "Joseph", "Julia", "Kavya", "Kemi", "Kenji", "Laila",
	"Laura", "Leo", "Lucia", "Lucy", "Maya", "Marcus", "Maria", "Mateo", "Mei", "Michael",
	"Mira", "Nadia", "Naomi", "Nathan", "Nikhil", "Nina", "Noah", "Oliver", "Olivia", "Omar",
	"Oscar", "Priya", "Rachel", "Rafael", "Rahul", "Rebecca", "Ren", "Rosa", "Ruth", "Sam",
	"Samira", "Sana", "Sarah", "Sebastian", "Sofia", "Sophie", "Tariq", "Thomas", "Tobi", "Tom",
	"Valentina", "Victoria", "Wei", "William", "Xavier", "Yara", "Yusuf", "Zainab", "Zara", "Zoe",
}

var lastNames = []string{
	"Abbott", "Adeyemi", "Ahmed", "Alvarez", "Andersen", "Archer", "Baker", "Banerjee", "Barnes", "Bauer",
	"Bennett", "Bianchi", "Blake", "Brennan", "Brooks", "Campbell", "Carter", "Castillo", "Chen", "Clarke",
	"Coleman", "Costa", "Das", "Davies", "Dubois", "Edwards", "Ellis", "Evans", "Fernandes", "Fischer",
	"Fitzgerald", "Flores", "Foster", "Gallagher", "Garcia", "Ghosh", "Goldberg", "Grant", "Gupta", "Hall",
	"Hansen", "Harper", "Hayes", "Hughes", "Ibrahim", "Iyer", "Jensen", "Johnson", "Kapoor", "Kaur",
	"Kelly", "Khan", "Kim", "Kowalski", "Kumar", "Larsen", "Lee", "Lewis", "Lindqvist", "Lopez",
	"Mahmood", "Marshall", "Martin", "Mehta", "Mensah", "Morales", "Moreau", "Murphy", "Nakamura", "Nguyen",
	"Novak", "Okafor", "Okonkwo", "Oliveira", "Osei", "Park", "Patel", "Perez", "Quinn", "Rahman",
	"Ramos", "Reyes", "Rossi", "Russo", "Sato", "Schmidt", "Shah", "Silva", "Singh", "Sullivan",
	"Suzuki", "Tanaka", "Taylor", "Thompson", "Turner", "Varga", "Walsh", "Weber", "Williams", "Yilmaz",
}

// firmNames are surnames as law firms are named after them.
var firmNames = []string{
	"Ashby", "Barrow", "Calder", "Castell", "Danvers", "Ellery", "Fairbrook", "Garland", "Hale", "Harcourt",
	"Hollis", "Kingsley", "Langford", "Marlow", "Merrow", "Norcott", "Pemberton", "Prescott", "Quayle", "Radcliffe",
	"Renshaw", "Sandford", "Selwyn", "Thorne", "Trevelyan", "Underhill", "Vane", "Wakefield", "Whitmore", "Wyatt",
}

var companyStems = []string{
	"Aldgate", "Ashcombe", "Bellhaven", "Blackmoor", "Brightwater", "Broadleigh", "Carrow", "Castlegate", "Cinder", "Corvane",
	"Dunmore", "Eastmere", "Elmstead", "Fenwick", "Foxhollow", "Greyfield", "Gullane", "Halden", "Harrowgate", "Holloway",
	"Ironbridge", "Juniper", "Kestrel", "Kingsmead", "Lanark", "Larkspur", "Lumen", "Marlowe", "Meridian", "Millbrook",
	"Northgate", "Norvane", "Oakhurst", "Orwell", "Pellham", "Penrose", "Quarry", "Ravensworth", "Redstone", "Rowan",
	"Saltmarsh", "Selby", "Stellan", "Stonebridge", "Tamsin", "Thornbury", "Tidewell", "Tolland", "Umber", "Vantor",
	"Wexcombe", "Westbrook", "Whinfell", "Wrenfield", "Yarrow", "Ysolde", "Zennor", "Alder", "Brackwater", "Coldharbour",
}

var companyKinds = []string{
	"Pharma", "Therapeutics", "Energy", "Capital", "Logistics", "Holdings", "Retail", "Telecom", "Foods", "Infrastructure",
	"Insurance", "Biotech", "Shipping", "Renewables", "Software", "Mining", "Hotels", "Media", "Aerospace", "Partners",
}

// practices are practice areas, as they appear in titles and roles.
var practices = []string{
	"M&A", "Private Equity", "Capital Markets", "Banking & Finance", "Restructuring", "Litigation",
	"International Arbitration", "Funds", "Tax", "Competition", "IP", "Employment", "Real Estate", "Projects",
}

var publicationOutlets = []string{
	"the Law Society Gazette", "Legal Business", "the Butterworths Journal", "IFLR", "Global Arbitration Review",
	"the Company Lawyer", "Practical Law", "Lexology",
}

var hooks = []string{
	"The team closed three cross-border deals last quarter and is short-handed.",
	"It is a partner-track hire with a real business case behind it.",
	"The practice is growing and you would lead your own matters early.",
	"Hybrid working is genuine: two days in the office.",
	"The client funds secondments to in-house teams.",
	"The pay sits at the top of the market for your year.",
	"The role comes with a dedicated associate and a trainee.",
	"They are building the team around one new anchor client.",
}

var clients = []string{
	"a top-10 firm", "a US firm in London", "a magic circle firm", "a boutique litigation practice",
	"an elite disputes boutique", "a fast-growing national firm", "a FTSE 100 in-house team",
}

// closers end a personalization line.
var closers = []string{".", ".", " - a rare mix.", " and it stayed with me."}
