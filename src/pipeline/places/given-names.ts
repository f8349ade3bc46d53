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
