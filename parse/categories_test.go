package parse

import (
	"testing"

	"github.com/factpane/factpane/model"
)

// TestCategories: what a number counts comes from its clause — the counted
// noun and the verb, before or after it.
func TestCategories(t *testing.T) {
	type want struct {
		text string
		cat  model.Category
		sub  string
	}
	tests := []struct {
		in   string
		want []want
	}{
		// verb after the noun, causative, passive
		{"Gunmen stormed a concert hall in which 84 people died.", []want{{"84", model.Casualties, model.Killed}}},
		{"The blasts left more than 300 people wounded.", []want{{"300", model.Casualties, model.Wounded}}},
		{"Nine people were detained in Austria.", []want{{"Nine", model.Arrests, model.Detained}}},
		{"Rescuers said 41 people were missing.", []want{{"41", model.Casualties, model.Missing}}},
		{"At least 14 were killed.", []want{{"14", model.Casualties, model.Killed}}},
		// casualties are people: a toll of animals is a count, and people
		// listed with them still share the verb
		{"Rangers said 140 pilot whales died on the beach.", []want{{"140", model.Count, ""}}},
		{"The flood killed 300 sheep and two shepherds.", []want{{"300", model.Count, ""}, {"two", model.Casualties, model.Killed}}},
		// a scaled amount after money in its sentence is money, unless it
		// counts things
		{"The shops had a 900 million pounds turnover for a 45 million loss.", []want{{"900 million pounds", model.Money, ""}, {"45 million", model.Money, ""}}},
		{"It paid $3 billion and 2 million users signed up.", []want{{"$3 billion", model.Money, ""}, {"2 million", model.Count, ""}}},
		// "from" revises a toll only with a verb of change: a casualty
		// word earlier in the sentence says nothing of "data from 300"
		{"The study, called \"save lives,\" began in May and took data from 300 patients.", []want{{"300", model.Count, ""}}},
		{"New bodies were found, raising the confirmed death toll from 12 to 20.", []want{{"12", model.Casualties, model.Killed}, {"20", model.Casualties, model.Killed}}},
		// killings by their manner are deaths
		{"Insurgents beheaded four hostages on Sunday.", []want{{"four", model.Casualties, model.Killed}}},
		{"Militiamen massacred 60 farmers in the valley.", []want{{"60", model.Casualties, model.Killed}}},
		{"Taliban spokesman said 190 were dead.", []want{{"190", model.Casualties, model.Killed}}},
		// an apposition's number shares the verb after it
		{"In the outbreak, half of those infected, over 900 people, have died.", []want{{"half", model.Percent, ""}, {"900", model.Casualties, model.Killed}}},
		{"All aboard — the pilot, his son and six others — died in the crash.", []want{{"six", model.Casualties, model.Killed}}},
		{"The blast killed 5 people, injured 20 and destroyed homes.", []want{{"5", model.Casualties, model.Killed}, {"20", model.Casualties, model.Wounded}}},
		// charges are counted apart from the people charged; "times" counts acts
		{"She was charged with three counts of fraud.", []want{{"three", model.Count, ""}}},
		{"He pleaded guilty to 19 out of 20 federal fraud charges.", []want{{"19", model.Count, ""}, {"20", model.Count, ""}}},
		{"Police filed 12 charges against him.", []want{{"12", model.Count, ""}}},
		{"Four people were charged.", []want{{"Four", model.Arrests, model.Charged}}},
		{"Of the fatalities, 7 were men and 3 were women.", []want{{"7", model.Casualties, model.Killed}, {"3", model.Casualties, model.Killed}}},
		// victims counted after the toll share what befell them; alone,
		// victims are lumped casualties
		{"A gunman opened fire, killing five. Two of the victims were guards.", []want{{"five", model.Casualties, model.Killed}, {"Two", model.Casualties, model.Killed}}},
		{"Two of the victims were guards.", []want{{"Two", model.Casualties, ""}}},
		// an owner's share after a possessive name is no model number
		{"She led with 52% to Prime Minister Ann Ray's 44%.", []want{{"52%", model.Percent, ""}, {"44%", model.Percent, ""}}},
		// disappearances are the missing; weekends are a span
		{"A report listed 310 deaths and 95 disappearances under the junta.", []want{{"310", model.Casualties, model.Killed}, {"95", model.Casualties, model.Missing}}},
		{"After three weekends at the top, the film slipped.", []want{{"three weekends", model.Duration, ""}}},
		// a toll that passes or approaches a number
		{"The death toll kept rising, passing 9,000 people by Friday.", []want{{"9,000", model.Casualties, model.Killed}}},
		{"Officials said the death toll might approach 5,000 in the north.", []want{{"5,000", model.Casualties, model.Killed}}},
		// a death rate is a toll: suicides are deaths
		{"The county saw twelve suicides per 100,000 residents.", []want{{"twelve", model.Casualties, model.Killed}}},
		{"Teen suicide rates of about 6.5 per 100,000 people were the lowest.", []want{{"6.5", model.Casualties, model.Killed}}},
		{"Burglary rates of about 6.5 per 1,000 homes were the lowest.", []want{{"6.5", model.Measure, ""}}},
		{"He said the fatalities included five men and one woman.", []want{{"five", model.Casualties, model.Killed}, {"one", model.Casualties, model.Killed}}},
		{"He was charged with one count of murder.", []want{{"one", model.Count, ""}}},
		{"He was stabbed five times.", []want{{"five", model.Count, ""}}},
		// verb before the number
		{"The fire killed four and injured eighteen.", []want{{"four", model.Casualties, model.Killed}, {"eighteen", model.Casualties, model.Wounded}}},
		{"The storm struck, injuring at least 32 people.", []want{{"32", model.Casualties, model.Wounded}}},
		{"Police arrested 23 people.", []want{{"23", model.Arrests, model.Arrested}}},
		// event nouns
		{"Doctors counted 35 bodies at a clinic.", []want{{"35", model.Casualties, model.Killed}}},
		{"Road accidents caused 640 deaths and 5,120 injuries.", []want{{"640", model.Casualties, model.Killed}, {"5,120", model.Casualties, model.Wounded}}},
		{"Police carried out 128 raids overnight.", []want{{"128", model.Raids, ""}}},
		{"Israel carried out 50 air strikes.", []want{{"50", model.Raids, ""}}},
		{"They treated 25 wounded people.", []want{{"25", model.Casualties, model.Wounded}}},
		// partitives
		{"Six people were held, three of whom were charged later.", []want{{"Six", model.Arrests, model.Detained}, {"three", model.Arrests, model.Charged}}},
		{"The other four were later released.", []want{{"four", model.Arrests, model.Released}}},
		{"Three of the deceased were tourists.", []want{{"Three", model.Casualties, model.Killed}}},
		// "N of the M X": the verb is the part's; the whole only describes
		// (and "the four" alone is what the story already counted)
		{"Three of the four suspects were arrested.", []want{{"Three", model.Arrests, model.Arrested}}},
		{"Two of the five men were charged with murder.", []want{{"Two", model.Arrests, model.Charged}}},
		{"Police arrested three of the four suspects.", []want{{"three", model.Arrests, model.Arrested}}},
		{"Five of the 20 passengers were killed.", []want{{"Five", model.Casualties, model.Killed}, {"20", model.Count, ""}}},
		{"Two of 12 suspects were later released.", []want{{"Two", model.Arrests, model.Released}, {"12", model.Count, ""}}},
		{"Four of the 12 people killed were children.", []want{{"Four", model.Casualties, model.Killed}, {"12", model.Casualties, model.Killed}}},
		{"Six of the 15 detained were released on bail.", []want{{"Six", model.Arrests, model.Released}, {"15", model.Arrests, model.Detained}}},
		{"Seven of the 11 people arrested were later released.", []want{{"Seven", model.Arrests, model.Released}, {"11", model.Arrests, model.Arrested}}},
		{"Of the 60 climbers, 18 were killed.", []want{{"60", model.Count, ""}, {"18", model.Casualties, model.Killed}}},
		{"Police arrested 12 of the 30 protesters.", []want{{"12", model.Arrests, model.Arrested}, {"30", model.Count, ""}}},
		// copula and death toll
		{"The official death toll rose from eleven to 26.", []want{{"eleven", model.Casualties, model.Killed}, {"26", model.Casualties, model.Killed}}},
		{"This updated a previous toll of 19.", []want{{"19", model.Casualties, model.Killed}}},
		{"The vote took place on Saturday, with a turnout of about 3 million voters.", []want{{"3 million", model.Count, ""}}},
		{"The number of people killed has risen to 45.", []want{{"45", model.Casualties, model.Killed}}},
		{"After a bomb killed a man, a crowd of 5,000 gathered.", []want{{"5,000", model.Count, ""}}},
		// lists share the verb
		{"Officials reported 120 soldiers, 85 civilians, and hundreds of militants killed.", []want{
			{"120", model.Casualties, model.Killed}, {"85", model.Casualties, model.Killed}, {"hundreds", model.Casualties, model.Killed}}},
		{"The recorded deaths are twelve villagers, six police officers, and one officer of the border guard.", []want{
			{"twelve", model.Casualties, model.Killed}, {"six", model.Casualties, model.Killed}, {"one", model.Casualties, model.Killed}}},
		{"Ortega said 70 residents were wounded, as were thirteen guards.", []want{{"70", model.Casualties, model.Wounded}, {"thirteen", model.Casualties, model.Wounded}}},
		// an aside between the number and its verb
		{"Around twenty more, including a colleague, were injured.", []want{{"twenty", model.Casualties, model.Wounded}}},
		{"One teacher was, according to the police, among the dead.", []want{{"One", model.Casualties, model.Killed}}},
		// elliptical object of a headline verb
		{"Blast kills reporter, at least six others", []want{{"six", model.Casualties, model.Killed}}},
		// personnel, and a verb that turns personnel into casualties
		{"Spain has mobilised 80,000 security personnel.", []want{{"80,000", model.Personnel, ""}}},
		{"Over 2,000 rescuers arrived.", []want{{"2,000", model.Personnel, ""}}},
		{"The ambush killed 12 soldiers.", []want{{"12", model.Casualties, model.Killed}}},
		{"Some 172 patients remain in hospital, including 19 children.", []want{{"172", model.Casualties, model.Wounded}, {"19", model.Casualties, model.Wounded}}},
		{"Hospitals treated 96 people for burns.", []want{{"96", model.Count, ""}}},
		{"Some 500 National Guard members were deployed.", []want{{"500", model.Personnel, ""}}},
		{"Some 11 million staff and security personnel were deployed.", []want{{"11 million", model.Personnel, ""}}},
		{"The firm has 300 staff and two offices.", []want{{"300", model.Count, ""}, {"two", model.Count, ""}}},
		// counts: the verb is not a casualty verb
		{"Crews dispatched around 40 trucks.", []want{{"40", model.Count, ""}}},
		{"At least nineteen people died and 45 were rescued.", []want{{"nineteen", model.Casualties, model.Killed}, {"45", model.Count, ""}}},
		{"The flood destroyed at least 300 houses.", []want{{"300", model.Count, ""}}},
		{"Rescue teams pulled 17 survivors from the rubble.", []want{{"17", model.Count, ""}}},
		{"Officials said 36 people were under the rubble.", []want{{"36", model.Casualties, model.Missing}}},
		{"The jury convicted three men, and two others were acquitted.", []want{{"three", model.Arrests, model.Convicted}, {"two", model.Arrests, model.Released}}},
		{"Police detained 17 people and charged four.", []want{{"17", model.Arrests, model.Detained}, {"four", model.Arrests, model.Charged}}},
		{"The death toll has risen to 45, officials said.", []want{{"45", model.Casualties, model.Killed}}},
		{"Two people remain in critical condition, and one is missing.", []want{{"Two", model.Count, ""}, {"one", model.Casualties, model.Missing}}},
		{"The bloc's chief said all 27 member states had agreed.", []want{{"27", model.Count, ""}}},
		{"Security services hold files on 8,400 people who have been radicalised.", []want{{"8,400", model.Count, ""}}},
		// a verb governs its own object; a coordinated clause has its own verb
		{"The outbreak infected 4,000 people and killed 112.", []want{{"4,000", model.Count, ""}, {"112", model.Casualties, model.Killed}}},
		{"The storm affected 20,000 residents and killed 15.", []want{{"20,000", model.Count, ""}, {"15", model.Casualties, model.Killed}}},
		{"The fighting displaced 50,000 people and killed 300.", []want{{"50,000", model.Count, ""}, {"300", model.Casualties, model.Killed}}},
		{"Authorities evacuated 3,000 people and the fire killed two.", []want{{"3,000", model.Count, ""}, {"two", model.Casualties, model.Killed}}},
		{"The flood killed a child and displaced thousands.", []want{{"thousands", model.Count, ""}}},
		{"Police arrested 23 people and seized 40 weapons.", []want{{"23", model.Arrests, model.Arrested}, {"40", model.Count, ""}}},
		{"Forty people were shot and killed.", []want{{"Forty", model.Casualties, model.Killed}}},
		{"Outbreak infects 4,000 and kills 112", []want{{"4,000", model.Count, ""}, {"112", model.Casualties, model.Killed}}},
		{"The virus infects 4,000 people and kills 112 every year.", []want{{"4,000", model.Count, ""}, {"112", model.Casualties, model.Killed}}},
		{"Gunmen abducted 30 villagers and 12 were killed.", []want{{"30", model.Count, ""}, {"12", model.Casualties, model.Killed}}},
		{"The fire destroyed 200 homes and killed three.", []want{{"200", model.Count, ""}, {"three", model.Casualties, model.Killed}}},
		{"Police arrested 12 men and three women.", []want{{"12", model.Arrests, model.Arrested}, {"three", model.Arrests, model.Arrested}}},
		{"The gunmen killed a guard, 12 soldiers and two civilians.", []want{{"12", model.Casualties, model.Killed}, {"two", model.Casualties, model.Killed}}},
		{"The blast killed a soldier and 12 people were injured.", []want{{"12", model.Casualties, model.Wounded}}},
		{"The quake killed a boy and 200 homes collapsed.", []want{{"200", model.Count, ""}}},
		{"The militants seized 40 hostages and executed 12.", []want{{"40", model.Count, ""}, {"12", model.Casualties, model.Killed}}},
		{"Officials said the storm left 12 dead, 40 injured and thousands homeless.", []want{
			{"12", model.Casualties, model.Killed}, {"40", model.Casualties, model.Wounded}, {"thousands", model.Count, ""}}},
		{"Of the children aged 5, 120 were vaccinated.", []want{{"120", model.Count, ""}}},
		// headlines: present-tense verbs govern their objects too
		{"Police arrest 12, seize 40 guns", []want{{"12", model.Arrests, model.Arrested}, {"40", model.Count, ""}}},
		{"Cholera outbreak sickens 4,000, kills 112", []want{{"4,000", model.Count, ""}, {"112", model.Casualties, model.Killed}}},
		{"Floods displace 50,000 and kill 300 in Kenya", []want{{"50,000", model.Count, ""}, {"300", model.Casualties, model.Killed}}},
		{"Storms kill 9, drive 8,000 from homes", []want{{"9", model.Casualties, model.Killed}, {"8,000", model.Count, ""}}},
		{"After the arrest 12 people protested.", []want{{"12", model.Count, ""}}},
		{"Nine out of 10 residents were evacuated.", []want{{"Nine", model.Count, ""}, {"10", model.Count, ""}}},
		// an object's own predicate comes right after it
		{"Authorities have evacuated 3,000 residents as the fire killed two.", []want{{"3,000", model.Count, ""}, {"two", model.Casualties, model.Killed}}},
		{"The virus has infected more than 4,000 people, killed 112 and forced 30,000 into quarantine.", []want{
			{"4,000", model.Count, ""}, {"112", model.Casualties, model.Killed}, {"30,000", model.Count, ""}}},
		{"The hospital received 40 people injured in the blast.", []want{{"40", model.Casualties, model.Wounded}}},
		{"Police disclosed 12 people were arrested.", []want{{"12", model.Arrests, model.Arrested}}},
		{"Rescuers found 12 people still trapped.", []want{{"12", model.Casualties, model.Missing}}},
		{"It sickened 300 and hospitalised 40.", []want{{"300", model.Count, ""}, {"40", model.Count, ""}}},
		// after "left", the word after the object decides
		{"The storm left five people missing.", []want{{"five", model.Casualties, model.Missing}}},
		{"The attack left 12 soldiers, four police officers and three civilians dead.", []want{
			{"12", model.Casualties, model.Killed}, {"four", model.Casualties, model.Killed}, {"three", model.Casualties, model.Killed}}},
		{"The floods left thousands homeless.", []want{{"thousands", model.Count, ""}}},
		{"The floods killed 12 people and left thousands homeless.", []want{{"12", model.Casualties, model.Killed}, {"thousands", model.Count, ""}}},
		{"Floods kill 12, leave thousands homeless", []want{{"12", model.Casualties, model.Killed}, {"thousands", model.Count, ""}}},
		{"The cyclone killed 40 and left 200,000 without power.", []want{{"40", model.Casualties, model.Killed}, {"200,000", model.Count, ""}}},
		{"Floods left 12 dead and thousands homeless.", []want{{"12", model.Casualties, model.Killed}, {"thousands", model.Count, ""}}},
		{"The storm left two dead and 300,000 homes without power.", []want{{"two", model.Casualties, model.Killed}, {"300,000", model.Count, ""}}},
		{"The blizzard left 500 motorists stranded.", []want{{"500", model.Count, ""}}},
		{"The quake killed 300 people and left 1,200 injured.", []want{{"300", model.Casualties, model.Killed}, {"1,200", model.Casualties, model.Wounded}}},
		{"The crash left two people critically injured.", []want{{"two", model.Casualties, model.Wounded}}},
		{"The fire left 12 people in hospital.", []want{{"12", model.Casualties, model.Wounded}}},
		// in hospital with an illness: ill, not hurt
		{"There were 4,210 flu patients in hospital on Friday.", []want{{"4,210", model.Count, ""}}},
		{"On Friday 812 went to hospital with measles.", []want{{"812", model.Count, ""}}},
		// "a shot" is a vaccine's, "a shooting line" a team's
		{"With 30 million adults yet to get a single shot, the drive goes on.", []want{{"30 million", model.Count, ""}}},
		{"The pair scored just 19 combined points on a shooting line of 8-for-25.", []want{{"19", model.Count, ""}, {"8-for-25", model.Count, ""}}},
		// the things counted in a clause about deaths are no toll
		{"Four out of seven northern districts saw flu deaths rise.", []want{{"Four", model.Count, ""}, {"seven", model.Count, ""}}},
		{"She hopes to move all 38 pending cases off death row.", []want{{"38", model.Count, ""}}},
		// a number before 1800 with a noun after it is an amount, not a year
		{"Inspectors found errors in 1300 cases last year.", []want{{"1300", model.Count, ""}}},
		// bodies that govern; processes a program kills
		{"The union has two leadership bodies and one board.", []want{{"two", model.Count, ""}}},
		{"Divers found 12 bodies in the river.", []want{{"12", model.Casualties, model.Killed}}},
		{"The scheduler killed 3 processes overnight.", []want{{"3", model.Count, ""}}},
		// a surgeon's operations are no raids; a decimal counts no one
		{"Some 2,000 routine operations such as knee replacements were put off.", []want{{"2,000", model.Count, ""}}},
		{"Police carried out 40 operations against the gangs.", []want{{"40", model.Raids, ""}}},
		{"By then versions 2.6 and 2.7 were released.", []want{{"2.6", model.Count, ""}, {"2.7", model.Count, ""}}},
		// lives saved are no toll; lives claimed are
		{"The new drug could save thousands of lives.", []want{{"thousands", model.Count, ""}}},
		{"The storm claimed 40 lives.", []want{{"40", model.Casualties, model.Killed}}},
		// a clause boundary keeps the next clause's verb away
		{"Two suspects were named – one was killed in the raid.", []want{{"Two", model.Count, ""}, {"one", model.Casualties, model.Killed}}},
		{"Floods kill at least 34 in the south, thousands displaced", []want{{"34", model.Casualties, model.Killed}, {"thousands", model.Count, ""}}},
		// a part of the number before shares its verb
		{"Twelve people were killed, including four children.", []want{{"Twelve", model.Casualties, model.Killed}, {"four", model.Casualties, model.Killed}}},
		{"Forty people were injured, 12 of them seriously.", []want{{"Forty", model.Casualties, model.Wounded}, {"12", model.Casualties, model.Wounded}}},
		{"The hospital treated 57 patients, 12 of them children.", []want{{"57", model.Count, ""}, {"12", model.Count, ""}}},
		{"The ferry carried 57 passengers, 12 of them children.", []want{{"57", model.Count, ""}, {"12", model.Count, ""}}},
		// "the two men" names what the story already counted
		{"Police said 30 people were arrested; the two men were later freed.", []want{{"30", model.Arrests, model.Arrested}, {"two", model.Arrests, model.Released}}},
		{"The two men met in Paris.", nil},
		// a number after a noun for one person is an age only when set off:
		// with a noun of its own it is a count
		{"Police questioned the suspect, 34 others and a driver.", []want{{"34", model.Count, ""}}},
		{"The crash killed the driver, 45, and injured 12 passengers.", []want{{"12", model.Casualties, model.Wounded}}},
		// units decide first
		{"The firm lost $5 million and 10% of its staff in three months.", []want{
			{"$5 million", model.Money, ""}, {"10%", model.Percent, ""}, {"three months", model.Duration, ""}}},
		{"USGS reported the magnitude was 5.5; others reported 5.8.", []want{{"5.5", model.Measure, ""}, {"5.8", model.Measure, ""}}},
		// rescued, evacuated, displaced, treated, hospitalised: counted, not casualties
		{"Lifeboat crews rescued 26 people from the ferry.", []want{{"26", model.Count, ""}}},
		{"The state has 500 soldiers ready and search and rescue teams on call.", []want{{"500", model.Personnel, ""}}},
		{"About 4,500 residents were evacuated overnight.", []want{{"4,500", model.Count, ""}}},
		{"Nineteen of the survivors have been hospitalised.", []want{{"Nineteen", model.Count, ""}}},
		{"Coastguards said more than thirty victims were rescued.", []want{{"thirty", model.Count, ""}}},
		{"The landslide killed 9 and 60 were airlifted to safety.", []want{{"9", model.Casualties, model.Killed}, {"60", model.Count, ""}}},
		// "casualties" and "victims" lump the dead and the injured
		{"Casualties rose to 310 by the evening.", []want{{"310", model.Casualties, ""}}},
		{"The bombing left 75 victims.", []want{{"75", model.Casualties, ""}}},
		// wounding verbs, and the dead among them
		{"Three wardens were stabbed in the yard.", []want{{"Three", model.Casualties, model.Wounded}}},
		{"Police said 340 fans were trampled.", []want{{"340", model.Casualties, model.Killed}}},
		{"Six villagers were shot dead.", []want{{"Six", model.Casualties, model.Killed}}},
		{"Gunmen shot dead 7 farmers.", []want{{"7", model.Casualties, model.Killed}}},
		{"Two men were stabbed to death.", []want{{"Two", model.Casualties, model.Killed}}},
		// "the death of all N"
		{"The blaze caused the death of all 14 guests.", []want{{"14", model.Casualties, model.Killed}}},
		// a phrase that modifies the noun before: its number is not what befell it
		{"Police said 150 members in 9 countries were arrested.", []want{{"150", model.Arrests, model.Arrested}, {"9", model.Count, ""}}},
		{"Delegates from 30 nations were hurt in the crush.", []want{{"30", model.Count, ""}}},
		// the parts of a toll break it down
		{"By noon 15 bodies were recovered, nine men and six women.", []want{
			{"15", model.Casualties, model.Killed}, {"nine", model.Casualties, model.Killed}, {"six", model.Casualties, model.Killed}}},
		// a noun of its own says what a member of a list counts
		{"Last year brought 2 million cases of flu and 30,000 deaths.", []want{{"2 million", model.Count, ""}, {"30,000", model.Casualties, model.Killed}}},
		// officers, agents, staff are security personnel only when the sentence says so
		{"The depot manager has 40 officers under him.", []want{{"40", model.Count, ""}}},
		{"The city deployed 2,000 officers for the match.", []want{{"2,000", model.Personnel, ""}}},
		{"The border guard sent 300 agents to the crossing.", []want{{"300", model.Personnel, ""}}},
		// definitions and limits are no amounts
		{"The law counts shootings in which four or more people are wounded.", nil},
		{"Infections with R values below 1 fade.", nil},
		// a measured value named before its number
		{"The virus has an R value of about 3.", []want{{"3", model.Measure, ""}}},
		{"Estimates lie in the range 5–9.", []want{{"5–9", model.Measure, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			figs := figuresOf(t, tt.in)
			if len(figs) != len(tt.want) {
				t.Fatalf("got %d figures %+v, want %d", len(figs), figs, len(tt.want))
			}
			for i, w := range tt.want {
				f := figs[i]
				if f.Mentions[0].Text != w.text || f.Category != w.cat || f.Subtype != w.sub {
					t.Errorf("got %q %s/%s, want %q %s/%s", f.Mentions[0].Text, f.Category, f.Subtype, w.text, w.cat, w.sub)
				}
			}
		})
	}
}

// TestLabels: a label says what the number is in a few words.
func TestLabels(t *testing.T) {
	tests := []struct{ in, label string }{
		{"Gunmen stormed a concert hall in which 84 people died.", "people died"},
		{"Police carried out 128 raids overnight on Monday.", "raids"},
		{"Names of the 84 people killed in the shooting.", "people killed in the shooting"},
		{"Police found dozens of weapons.", "weapons"},
		{"The fire killed four.", "killed"},
	}
	for _, tt := range tests {
		figs := figuresOf(t, tt.in)
		if len(figs) != 1 || figs[0].Label != tt.label {
			t.Errorf("%q: got %+v, want label %q", tt.in, figs, tt.label)
		}
	}
}
