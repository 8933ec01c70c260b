"""The words the entity index reads names with: titles, organisation words,
places, peoples, pronouns and first names that tell a person's gender."""

from __future__ import annotations

from verify.extraction.lexicon import word_set

TITLES = word_set(
    """president vice prime minister secretary senator sen sen. rep rep. representative gov
    gov. governor mr mr. mrs mrs. ms ms. dr dr. former chancellor king queen pope judge justice
    gen gen. general speaker chairman chairwoman chair leader mayor attorney ambassador
    spokesman spokeswoman spokesperson candidate nominee adviser advisor director chief
    commissioner lt lt. col col. capt capt. sgt sgt. rev rev. sir dame lord prof prof. professor
    congressman congresswoman sheriff officer deputy premier foreign defense defence state
    house white press first lady u.s. us u.k. uk u.n. un republican democratic democrat
    gop then acting interim late senators founder billionaire reporter secretary-general
    pastor rabbi actor actress anchor co-anchor admiral adm adm. prince princess sheikh
    imam cardinal archbishop bishop ayatollah emir sergeant lieutenant colonel captain
    commander moderator co-moderator emperor"""
)

# capitalised only because they start a sentence or a clause
FUNCTION_WORDS = word_set(
    """the a an and but or if in on at of for to by with from as after before while when
    where why how what who which that this these those there then yet so nor not no yes
    however meanwhile despite although though because since until unless whether still
    also even just only both either neither each every all some many most more much
    such other another according asked during under over into about against between
    i we you he she it they his her its their our my your him them us me one today
    yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    feb aug sep sept oct nov dec mr mrs ms dr here now last next first new later earlier soon
    instead whatever whoever wherever whenever however"""
)

ORG_WORDS = word_set(
    """party committee department ministry house senate congress kremlin administration
    campaign council agency bureau office court times post news journal media association
    foundation institute university company corp corp. inc inc. group union commission army
    police force government parliament reserve bank fund network channel magazine
    service services organization organisation club league team board staff pentagon
    state-media tass ria cnn fox msnbc nbc abc cbs bbc reuters fbi cia nsa nato gop dnc rnc
    eu un isis taliban hamas hezbollah city county movement coalition alliance
    society research caucus fed directorate center centre front federation chamber
    embassy consulate"""
)

COUNTRIES = word_set(
    """russia ukraine america china iran iraq israel syria turkey germany france britain
    england japan india pakistan afghanistan mexico canada cuba venezuela brazil poland
    belarus moscow kyiv kiev washington beijing tehran london paris berlin brussels
    europe nato palestine egypt lebanon jordan qatar korea taiwan italy spain greece sweden
    norway denmark finland netherlands belgium switzerland austria portugal ireland scotland
    hungary romania bulgaria serbia croatia slovakia lithuania latvia estonia moldova armenia
    azerbaijan kazakhstan uzbekistan mongolia vietnam cambodia thailand malaysia indonesia
    philippines singapore australia argentina chile colombia peru ecuador bolivia nicaragua
    honduras guatemala haiti panama nigeria kenya ethiopia somalia sudan libya tunisia algeria
    morocco yemen oman kuwait bahrain iceland greenland cyprus nepal bangladesh myanmar burma
    zimbabwe uganda rwanda ghana senegal congo liberia tanzania rome madrid athens ankara
    damascus baghdad kabul islamabad cairo riyadh tokyo seoul pyongyang havana caracas warsaw
    minsk vienna"""
)

# the words of a body's name that a "for" may follow inside it ("Center for
# Responsive Politics", "Office for National Statistics", "Club for Growth")
BODIES_BEFORE_FOR = (
    "Center", "Centers", "Club", "Institute", "Office", "Committee", "Council", "Coalition",
    "Foundation", "Alliance", "Fund", "Association", "Society", "Union", "Partnership",
    "Commission", "Network", "Campaign", "Project", "Americans", "Citizens",
)  # fmt: skip

# US states and places often named in news, so that "he" is not taken for one
PLACES = frozenset(
    line.strip()
    for line in """alabama
    alaska
    arizona
    arkansas
    california
    colorado
    connecticut
    delaware
    florida
    georgia
    hawaii
    idaho
    illinois
    indiana
    iowa
    kansas
    kentucky
    louisiana
    maine
    maryland
    massachusetts
    michigan
    minnesota
    mississippi
    missouri
    montana
    nebraska
    nevada
    new hampshire
    new jersey
    new mexico
    new york
    north carolina
    north dakota
    ohio
    oklahoma
    oregon
    pennsylvania
    rhode island
    south carolina
    south dakota
    tennessee
    texas
    utah
    vermont
    virginia
    west virginia
    wisconsin
    wyoming
    united states
    america
    middle east
    europe
    asia
    africa
    latin america
    boston
    chicago
    los angeles
    san francisco
    san jose
    philadelphia
    cleveland
    miami
    detroit
    atlanta
    houston
    dallas
    denver
    seattle
    new orleans
    las vegas
    baltimore
    brooklyn
    manhattan
    mexico
    canada
    cuba
    wall street
    capitol hill
    puerto rico
    san diego
    san antonio
    sacramento
    tampa
    pittsburgh
    nashville
    portland
    minneapolis
    milwaukee
    newark
    jerusalem
    gaza
    west bank
    silicon valley
    hong kong
    south korea
    north korea
    saudi arabia
    new zealand
    south africa
    united kingdom
    great britain
    new delhi
    concord""".splitlines()
)

# people named by whom they work for or belong to: "Trump aides", "Ann Lee's
# right-hand woman", "her spokesman"
PEOPLE_OF = word_set(
    """woman man aide aides daughter son wife husband lawyer lawyers spokesman spokeswoman
    spokesmen spokesperson adviser advisers advisor advisors manager chairman staff staffer
    staffers friend brother sister father mother team deputy officials leaders allies
    supporters critics lawmakers members voters residents workers officers delegates donors
    insiders operatives strategists backers loyalists sources prosecutors investigators"""
)

# peoples and parties in the plural ("Muslims", "Republicans", "Syrians")
GROUPS = word_set(
    """democrats muslims hispanics latinos jews catholics evangelicals mormons arabs kurds
    israelis iraqis pakistanis saudis afghans yemenis somalis sunnis shiites whites blacks
    germans europeans koreans cubans"""
)
GROUP_ENDINGS = ("ians", "icans", "ists", "ites")


def group_word(word: str) -> bool:
    """A people's plural ("muslims", "republicans", "americans"), lower-cased:
    many people, never "he" or "she"."""
    return word in GROUPS or word.endswith(GROUP_ENDINGS)


PRONOUNS = word_set("he she they it we i him her them his their its who which this")
MALE = word_set("he him his himself")
FEMALE = word_set("she her hers herself")

# role nouns that stand for one another in descriptions ("the Russian leader")
ROLE_GROUPS = (
    word_set("leader president premier chancellor king head ruler"),
    word_set("spokesperson spokesman spokeswoman"),
    word_set("senator sen sen."),
    word_set("governor gov gov."),
    word_set("candidate nominee"),
    word_set("actress actor star"),
)

# more first names: common in the United States (from the census lists in
# Faker's en_US provider), then names of people in the news here and abroad,
# but none given to both sexes, none also a common surname ("Lee", "Warren"),
# place ("Madison", "Clinton") or word ("Summer")
_MORE_FEMALE_NAMES = word_set(
    """abigail adriana adrienne aimee alejandra alexa alexandra alice alicia alisha alison
    alyssa amanda ana andrea angelica angie anita ann anne annette ariana ariel ashlee
    audrey becky belinda beth bethany betty beverly bianca bonnie brandi brandy breanna
    brenda briana brianna bridget brittney brooke caitlin caitlyn candace candice carla
    carmen carol caroline carolyn carrie cassandra cassidy cassie catherine cathy
    charlene chelsey cheryl cheyenne chloe christie christina christine christy cindy
    claire claudia colleen connie courtney cristina cynthia daisy danielle darlene dawn
    deanna deborah debra denise desiree diana diane dominique doris dorothy eileen
    elaine ellen erica erika erin evelyn felicia frances gabriela gabriella gabrielle
    gail gina glenda gloria gwendolyn hailey hannah hayley heather heidi helen holly
    isabel isabella jackie jaclyn jacqueline jade jane janice jasmin jasmine jeanette
    jeanne jenna jenny jillian jo joan joann joanna joanne jocelyn jodi jody joy judith
    judy julia julie kaitlin kaitlyn kara kari karina karla katelyn katherine kathleen
    kathryn kathy katie katrina kayla kaylee kelli kellie kelsey kendra kerri kiara
    kimberly krista kristen kristie kristin kristina kristine kristy krystal kylie lacey
    latasha latoya lauren laurie leah lindsay lori lorraine lydia mackenzie madeline
    makayla mallory mandy marcia mariah marie marilyn marisa marissa martha maureen
    meagan megan meghan melanie melinda melissa melody meredith mia michaela michele
    mikayla mindy misty molly monica monique natalie natasha nichole nicole nina norma
    paige pam pamela patty paula peggy phyllis priscilla rachael rebekah regina renee
    rhonda rita roberta robyn ruth sabrina sally sandra sara selena shari sharon shawna
    sheena sheila shelby shelia shelley shelly sheri sherri sherry sheryl shirley sonia
    sonya stacey stacie stacy stefanie stephanie suzanne sylvia tabitha tamara tami
    tammie tammy tanya tara tasha teresa terri tiffany tina toni tonya tracey traci
    tracie tricia valerie vanessa veronica vicki vickie wanda wendy yesenia yolanda
    yvette yvonne zoe agnes annie arlene bernadette bertha brianne carole cecilia clara cora
    daphne della delores dolores dottie edith edna eleanor elena elisa elise eloise elsie
    estelle esther ethel eunice francine galia geraldine gertrude gilda gladys greta gretchen
    harriet hattie ida ilyse inez irene josephine juanita kimberley lael lena leticia lillian
    lois lucia lucille lucy mabel madelyn marcy margo marian marianne marjorie marla marlene
    mattie maxine melba mildred minnie miriam muriel myra nadia nadine naomi neera nellie nora
    noreen olga pauline penelope rosalie rosalind roseann roxanne sadie stella susie sybil
    tamika thelma trudy vera wilma winifred zelda kyrsten mazie kirstjen betsy liz lizzie kate
    katharine nanette ileana jen jenn joni rosalyn rosalynn louise lucinda marguerite nell
    jeanine janine jolene justine maura maeve moira siobhan deirdre fiona gemma nicola therese
    yulia tatiana svetlana natalia irina lyudmila oksana olena anastasia yekaterina galina
    giorgia jacinda benazir indira priyanka nirmala malala fatima aisha ayesha leila layla
    zainab mariam maryam rania golda tzipi ayelet valentina marta yasmin katarina beatriz
    dena gabby tashfeen adelle shonda marwa naghmeh louisa melanne susana gennifer maritza
    meenakshi naureen patti polly eva arianna yasmeen karlee alyona
    abby adele aileen alana althea amelia angelina antoinette ava beatrice becca bernice
    callie camila camille cara carina carissa carmela caryn cecile celeste celia cheri cherie
    chrissy christa ciara clarissa claudette colette corinne daniela darla dayna debora deena
    delia dina doreen dorothea edie elisabeth eliza ella ellie elvira emilia emilie erma
    ernestine esperanza estela eugenia evangeline francesca freda frieda genevieve georgina
    geri ginny giselle gwen hallie harriett henrietta hilda hollie imelda ingrid irma isabelle
    jacquelyn janelle janie janis jeannette jeannine jodie johanna josie juana juliana julianne
    juliet karin keisha lana lara latisha laverne leanne leona lila lillie liza lola lorena
    lorna lottie luann lynda lynette madge maggie mamie marcella margie margot maribel marisol
    maryann meg millie mona myrna nettie noelle nola ophelia paulette phoebe ramona raquel reba
    rhoda rochelle rosanne rosie sallie serena shana shauna silvia simone sophie susanna
    susanne suzette tania tanisha teri tess tessa thea tia tonia trisha valeria velma verna
    vicky vivian wendi winnie zelma"""
)
_MORE_MALE_NAMES = word_set(
    """adrian alec alejandro alex alfred alvin andre andres antonio billy bobby brad
    brandon brendan brent brett bryce caleb calvin carl carlos cesar clarence clifford
    cody colin collin colton connor cory cristian dale damon danny darin darius darrell
    darren darryl daryl dave derek derrick devin devon dominic don duane dustin dwayne
    dylan earl eddie edgar eduardo edwin erik ernest ethan eugene evan fernando
    francisco fred gabriel gavin gene geoffrey gerald glen gregg harold hector herbert
    ian isaac isaiah ivan jacob jake jared javier jay jeffery jeremiah jeremy jermaine
    jerome jesus jimmy joel johnathan johnny jonathon jorge jose joshua juan julian
    justin kristopher kurt kyle leroy levi lonnie louis luis luke malik manuel marc
    marcus mario marvin mathew maurice melvin micheal miguel nathan nathaniel neil
    nicholas nicolas noah omar oscar pedro phillip randy reginald ricardo rickey ricky
    roberto rodney ronnie ruben sergio seth shane shaun shawn terrance terrence theodore
    tommy trevor tristan troy tyrone vernon victor wesley willie xavier zachary abraham
    mohammed muhammad mohammad mohamed ahmad mahmoud hamid recep tayyip yair naftali avigdor
    ehud yitzhak moshe shimon narendra rahul imran nawaz shinzo fumio olaf francois jacques
    silvio matteo giuseppe jair luiz fidel raul alexei aleksei dmitri yevgeny viktor sergey
    oleksiy oleksandr andriy vitali vitaly arseniy yuri yury igor ramzan hosni abdullah javad
    ebrahim clyde dwight lyndon woodrow ulysses hubert elmer virgil wilbur frederick reuben
    rocco vito ezra barney benny bert chet clint gus hank jed thad zell strom beto rahm
    wes theodor lanny dylann hugh teddy jamal bret dexter elvis manny trey
    kieran noam markus sadiq zeke norbert hakeem denis"""
)
FEMALE_NAMES = (
    word_set(
        """hillary nancy elizabeth kamala sarah michelle melania ivanka kellyanne nikki susan
    angela theresa marine ursula condoleezza madeleine dianne kirsten amy tulsi carly
    hope sarah huckabee jill mary maria anna karen lisa jennifer patricia linda barbara
    margaret donna laura rebecca rachel jessica emily emma olivia sophia alexandria
    ilhan rashida ayanna marsha kristi kay debbie loretta janet samantha ghazala huma
    megyn ivana chelsea zeynep sahar"""
    )
    | _MORE_FEMALE_NAMES
)
# men's first names common in the news: "she" never stands for "Jeff Merkley"
MALE_NAMES = (
    word_set(
        """donald bernie ted marco jeb john james robert michael william david richard joseph
    thomas charles christopher daniel matthew anthony mark paul steven stephen andrew kenneth
    kevin brian george timothy ronald edward jason jeffrey jeff ryan gary eric jonathan larry
    scott benjamin samuel gregory frank alexander patrick jack dennis jerry aaron adam henry
    peter walter keith roger sean arthur lawrence jesse bruce albert alan wayne roy ralph
    vincent philip barack mike chris bill rick rudy newt mitch chuck harry vladimir boris
    emmanuel bashar dmitry sergei volodymyr rand reince corey rex jim tim tom dick ben dan
    nick tony steve greg doug ken ron sam matt pete andy bob jon mitt howard joe martin
    lindsey mitchell orrin elijah karl sheldon rupert khizr josh tad robby antonin
    merrick phil beau gonzalo russ geoff mikhail akhil harlan dante eli trayvon stan
    enrique"""
    )
    | _MORE_MALE_NAMES
)


def is_first_name(word: str) -> bool:
    """A known first name, in any case ("Hillary", "hillary")."""
    lower = word.lower()
    return lower in MALE_NAMES or lower in FEMALE_NAMES


# adverbs, prepositions and imperatives that open a sentence ("Moreover,",
# "Along with ...", "Look, ...")
SENTENCE_ADVERBS = word_set(
    """moreover furthermore besides indeed instead otherwise nonetheless nevertheless
    therefore thus hence well anyway again along among amid within without behind
    around across beyond toward towards upon overall often sometimes rather sooner
    second third fourth given look listen believe come tell ask imagine consider"""
)

# words that open a sentence before a name and are never a first name ("Will"
# and "May" are, so they are not here)
SENTENCE_OPENERS = word_set(
    """does did do is was were are has have had can could would should see said says
    like unlike while when where why how what if as after before because since although
    though until unless whether maybe perhaps even just only also still yet so but and or
    nor not no yes however meanwhile despite according asked stop absent stated continued
    added noted told wrote"""
)


def country_body(words: list[str]) -> bool:
    """Whether lower-cased ``words`` name a country's body ("russia's defense
    ministry"), which is that country's, not a body of the same name elsewhere."""
    owner = words[0].replace("\u2019", "'") if words else ""
    return (
        len(words) > 2
        and owner.endswith("'s")
        and owner[:-2] in COUNTRIES
        and words[-1] in ORG_WORDS
    )
