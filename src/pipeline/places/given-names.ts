// Common English given names (general knowledge: the most frequent US/UK first names of the last
// century). "Bob Jones ... Jones said": a capitalised word after one of these is a surname, and its
// later bare mentions are that person, not the town of the same name.
export const COMMON_GIVEN_NAMES = new Set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven steve paul andrew andy joshua kenneth ken kevin brian george timothy tim ronald ron edward ed
jason jeffrey jeff ryan jacob gary nicholas nick eric jonathan stephen larry justin scott brandon benjamin ben
samuel sam gregory greg alexander alex frank patrick pat raymond ray jack dennis jerry tyler aaron jose adam
nathan henry douglas doug zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold
sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan
juan wayne elijah randy roy vincent ralph eugene russell bobby bob mason philip phil louis lou harry bill
mike jim tom dave dan chris tony rick rich dick don joe fred ted chuck hank jimmy johnny tommy danny
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
isabella theresa diana natalie brittany charlotte marie kayla alexis lori kate katie sue jane janet jill
meredith chad tracy stacy wendy tina peggy connie dawn holly paula rose erin molly kristen kristin colleen
hillary barack donald joe bernie nancy mitch condoleezza vladimir recep bashar benjamin hassan ali mohammed
muhammad ahmed ahmad omar hussein hussain abdul abdullah mahmoud khalid ibrahim yusuf mustafa hamid hasan
vladimir sergei sergey dmitry igor ivan olga tatiana tanya natasha lucy axel gael emmanuel francois pierre jean
riley minnie libby dalton louise elliot elliott lewis kobe sidney gordon blair geneva lucas liam oliver leo max felix hugo anton andrei pablo carlos luis jorge miguel diego juan maria sofia
`.split(/\s+/).filter(Boolean));

// Frequent given names of the regions conflict reporting names most (Arabic, Persian, Turkish, Somali, Pashto,
// Ukrainian and Russian; general knowledge, in their usual English spellings). "Dima Hatem Maher Al-Qudra",
// "Amir Abdullah al-Khor", "Yahya Saree", "Oleh Prokudin": the capitalised word after one of these is a name,
// not a hamlet of the same spelling abroad.
for (const n of `
abdel abdelaziz abdelkader abdelrahman abderrahmane abdo abdu abdulaziz abdulla abdullahi abdulrahman abed adel adnan
ahmet akram ala alaa amal amani amer amin amina amir amjad amr anas anwar asma ayman aya ayesha aisha bakr bashir basel
bassam bilal dalia diaa dima eman emad eyad faisal fadi farah farid faris fatima fatma fawzi firas ghassan habib hadi
hafez haitham hala hamada hamdan hamza hana hani haniyeh haroun hatem haytham hazem heba hesham hisham hoda huda
husam ibtisam ihab imad iman ismail issa jamal jamil jawad jihad kamal karam karim khaled khalil lama layla
leila lina maher mahdi majd majed majid malak mansour marwa marwan maryam mazen mohamed mohammad mohammed mona
mounir muhammed muhannad munir murad musa mustafa nabil nada nader nadia nael naji najib nasser nawal nidal nizar
noor nour nura omar osama othman qasim rafiq raed rami rana rania rasha rashid reem riad rida saad sabah sabri
saeed safa salah saleh salem salim salma sama samah sameh sami samia samir sara sawsan shadi shady sharif
sherif suha suleiman sultan taha talal tamer tareq tarek tariq wael walid wassim yahya yasser yasmin yassin
yazan yousef youssef yusef zaid zainab zaki ziad zeinab zuhair
mehmet mustafa kemal recep hakan emre
abdirahman abdiweli abdikadir farah hassan mohamud warsame
gul mir wali zabihullah
oleh oleksandr oleksii oleksiy olena volodymyr mykola mykhailo serhiy serhii yuriy yurii andriy andrii vitaliy vitalii
dmytro taras bohdan vadym yevhen viktor valeriy kyrylo iryna yulia
`.split(/\s+/).filter(Boolean)) COMMON_GIVEN_NAMES.add(n);
