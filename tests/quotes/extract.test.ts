import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import type { Quote } from '../../src/model.js';

/**
 * [content, kind, speaker name or null] as the extractor should give them; a mixed quote adds
 * the verbatim words of its fragments: [content, 'mixed', speaker, [fragment, …]].
 */
type Expected = [string, Quote['kind'], string | null] | [string, 'mixed', string | null, string[]];

function quotesOf(content: string): { text: string; kind: Quote['kind']; speaker: string | null; quote: Quote }[] {
  const article = analyze({ sha256: 'test', format: 'text', content });
  return article.quotes.map((quote) => ({ text: content.slice(quote.start, quote.end), kind: quote.kind, speaker: quote.speaker?.name ?? null, quote }));
}

/** Every quote of the text, terms too, in the shape of `Expected`. */
function expectedShape(content: string): Expected[] {
  return quotesOf(content).map(({ text, kind, speaker, quote }) =>
    kind === 'mixed' ? [text, 'mixed', speaker, (quote.fragments ?? []).map((f) => content.slice(f.start, f.end))] : [text, kind, speaker],
  );
}

const CASES: [string, string, Expected[]][] = [
  [
    'an indirect question after "asked" is the asker\'s, past a listener',
    'Councillor Hana Okafor asked the transport board whether the depot would close before winter.',
    [['whether the depot would close before winter', 'indirect', 'Hana Okafor']],
  ],
  [
    'one who was asked is no asker: a passive, or an aside after a comma',
    'The mayor was asked if the bridge would reopen. Tomas Berg, asked how long the work would take, smiled.',
    [],
  ],
  ['a request is no question', 'Hana Okafor asked for a recount of the ballots.', []],
  [
    'speaker after the quote, with an appositive, not the listener',
    '“We see real movement,” Sergei Ryabkov, a veteran diplomat and deputy foreign minister, told journalist Olga Petrova.',
    [['We see real movement', 'direct', 'Sergei Ryabkov']],
  ],
  ['inverted said X', '"The deadline stands," said Kaja Kallas, the EU foreign policy chief.', [['The deadline stands', 'direct', 'Kaja Kallas']]],
  ['colon introduction', 'Asked about the sanctions, Lavrov replied: “Nobody will dictate to us.”', [['Nobody will dictate to us.', 'direct', 'Lavrov']]],
  [
    'split quote shares a speaker',
    'Maria Zakharova spoke to reporters.\n“We are ready,” she said. “But not on those terms.”',
    [
      ['We are ready', 'direct', 'Maria Zakharova'],
      ['But not on those terms.', 'direct', 'Maria Zakharova'],
    ],
  ],
  [
    'pronoun skips a man for she',
    'Foreign Minister Annalena Baerbock met Dmitry Kuleba in Berlin.\n“Europe will not look away,” she said.',
    [['Europe will not look away', 'direct', 'Annalena Baerbock']],
  ],
  [
    'surname alone takes the full name',
    'Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n“The contacts continue,” Peskov said.',
    [['The contacts continue', 'direct', 'Dmitry Peskov']],
  ],
  [
    'role noun refers back',
    'Presidential aide Yuri Ushakov met the envoy on Monday.\n“It was a useful conversation,” the aide said.',
    [['It was a useful conversation', 'direct', 'Yuri Ushakov']],
  ],
  [
    'a quote paragraph with no cue continues the speaker',
    '“We expect a reply this week,” Rustem Umerov told reporters.\n“Our position has not changed.”',
    [
      ['We expect a reply this week', 'direct', 'Rustem Umerov'],
      ['Our position has not changed.', 'direct', 'Rustem Umerov'],
    ],
  ],
  [
    'mixed quote inside reported speech',
    'Peskov described the proposal as “worth studying” but said it “needs serious work”.',
    [
      ['the proposal as “worth studying”', 'mixed', 'Peskov', ['worth studying']],
      ['it “needs serious work”', 'mixed', 'Peskov', ['needs serious work']],
    ],
  ],
  ['indirect speech after said that', 'Andrii Sybiha said on Friday that Kyiv would send a delegation to Geneva.', [['Kyiv would send a delegation to Geneva', 'indirect', 'Andrii Sybiha']]],
  ['indirect speech before the attribution', 'The talks will resume next month, a senior Turkish official said on Sunday.', [['The talks will resume next month', 'indirect', 'senior Turkish official']]],
  ['according to', 'According to Leonid Slutsky, the treaty will be ratified before the summer recess.', [['the treaty will be ratified before the summer recess', 'indirect', 'Leonid Slutsky']]],
  ['institutions speak', 'The Kremlin said the meeting had been postponed.', [['the meeting had been postponed', 'indirect', 'Kremlin']]],
  ['groups speak', 'Western officials said the shipments had been delayed by weeks.', [['the shipments had been delayed by weeks', 'indirect', 'Western officials']]],
  [
    'anonymous source stays anonymous',
    'The convoy left at dawn, according to a European diplomat who spoke on condition of anonymity.',
    [['The convoy left at dawn', 'indirect', 'European diplomat']],
  ],
  ['headline says', 'Zelenskyy says new air defence systems are on their way\n\nThe president spoke in Kyiv.', [['new air defence systems are on their way', 'indirect', 'Zelenskyy']]],
  ['headline dash', 'Grain corridor talks are over - Erdogan\n\nThe talks ended in Ankara.', [['Grain corridor talks are over', 'indirect', 'Erdogan']]],
  ['scare quotes are terms', 'The plan relies on a so-called "coalition of the willing" in Europe.', [['coalition of the willing', 'term', null]]],
  [
    'a quote resumed after its attribution stays direct',
    '“We are ready,” Kallas said, “to talk at any level.”',
    [
      ['We are ready', 'direct', 'Kallas'],
      ['to talk at any level.', 'direct', 'Kallas'],
    ],
  ],
  [
    'demonyms and ages refer back to a person',
    'Novak Djokovic reached the semi-final on Tuesday.\n“I felt good today,” the Serbian said.\n“My body is fine,” the 38-year-old added.',
    [
      ['I felt good today', 'direct', 'Novak Djokovic'],
      ['My body is fine', 'direct', 'Novak Djokovic'],
    ],
  ],
  ['inverted cue with a lower-case role before the name', '"This is a dark day," said opposition leader Peter Magyar.', [['This is a dark day', 'direct', 'Peter Magyar']]],
  ['the listener before a colon is not the speaker', 'Asked about a third term, Biden told reporters: "Wait and see."', [['Wait and see.', 'direct', 'Biden']]],
  ['a clause opening with a quantity', 'The governor said at least nine homes had burned down.', [['at least nine homes had burned down', 'indirect', 'governor']]],
  [
    'a listener and a place before a bare clause',
    'The chancellor told journalists at the Bundestag she expected a vote in June.',
    [['she expected a vote in June', 'indirect', 'chancellor']],
  ],
  ['officials of a place', 'Officials in Odesa said the port had reopened.', [['the port had reopened', 'indirect', 'Officials in Odesa']]],
  ['inverted warned after a quote', '"Rates will stay high," warned Lena Vogt, an analyst at a Frankfurt bank.', [['Rates will stay high', 'direct', 'Lena Vogt']]],
  ['not a clause: said on a call', 'Chief executive Ana Ruiz said on a call with investors that sales had doubled.', [['sales had doubled', 'indirect', 'Ana Ruiz']]],
  [
    'a title with "of" stays with its person',
    'Bank of England Governor Andrew Bailey said inflation would ease by the spring.',
    [['inflation would ease by the spring', 'indirect', 'Andrew Bailey']],
  ],
  [
    'a sentence subject is an antecedent even when it does not speak',
    'Pope Francis met refugees in Lesbos on Sunday.\nFrancis, who arrived by plane, later visited a camp. "You are not alone," he told them.',
    [['You are not alone', 'direct', 'Francis']],
  ],
  [
    'fragments of two speakers in one sentence',
    'Sanchez called the plan "a good start" while Meloni described it as "premature".',
    [
      ['the plan "a good start"', 'mixed', 'Sanchez', ['a good start']],
      ['it as "premature"', 'mixed', 'Meloni', ['premature']],
    ],
  ],
  ['headline quote before a colon and a name', '‘We will hold the line’: Syrskyi on the eastern front\n\nThe commander spoke on Monday.', [['We will hold the line', 'direct', 'Syrskyi']]],
  [
    'a dateline is not a subject, and a verb with an object is no attribution',
    'OSLO (Reuters) - Norway\'s central bank on Thursday announced a rate cut, its governor said, adding that more cuts were possible.',
    [
      ['Norway\'s central bank on Thursday announced a rate cut', 'indirect', 'its governor'],
      ['more cuts were possible', 'indirect', 'its governor'],
    ],
  ],
  [
    'in his opinion',
    'Finance Minister Serhiy Marchenko said the budget was balanced. In his opinion, the deficit will shrink next year.',
    [
      ['the budget was balanced', 'indirect', 'Serhiy Marchenko'],
      ['the deficit will shrink next year', 'indirect', 'Serhiy Marchenko'],
    ],
  ],
  ['as the newspaper writes', 'As Le Monde writes, citing diplomats, Paris is ready to send instructors.', [['Paris is ready to send instructors', 'indirect', 'Le Monde']]],
  [
    'a quote paragraph after a narrative paragraph about a person',
    'Striker Erling Haaland returned to training on Tuesday after a month out.\n"I feel ready. The team needs me."',
    [['I feel ready. The team needs me.', 'direct', 'Erling Haaland']],
  ],
  ['titles are terms', 'The film "The Long Winter" opened in Kyiv on Friday.', [['The Long Winter', 'term', null]]],
  [
    'quoted words inside a reporter\'s question are a term',
    'Asked by reporters whether the army faces a new "spring offensive", General Piet Mols said: "We are prepared for anything."',
    [
      ['spring offensive', 'term', null],
      ['We are prepared for anything.', 'direct', 'Piet Mols'],
    ],
  ],
  [
    'a quoted thing then characterised with "as" is a term',
    'Senator Lena Ortiz has identified the "hidden costs" as the main reason for the delay.',
    [['hidden costs', 'term', null]],
  ],
  [
    'a speaker named by a first name alone takes the fullest form in the article',
    'Moon pledges new talks with North\n\nSEOUL (AP) - South Korean President Moon Jae-in spoke in Seoul on Friday.\n\n“We will keep the door open,” Moon said.',
    [['We will keep the door open', 'direct', 'Moon Jae-in']],
  ],
  [
    'signaled takes a reported clause without "that"',
    'Finance Minister Olaf Brandt has signaled he will not back the new levy this year.',
    [['he will not back the new levy this year', 'indirect', 'Olaf Brandt']],
  ],
  [
    'an -ing form of a reporting verb shares the subject before it',
    'Governor Ana Ruiz held rates at 4%, cautioning that inflation could pick up again in the spring.',
    [['inflation could pick up again in the spring', 'indirect', 'Ana Ruiz']],
  ],
  [
    'a second clause with its own subject after ", but" is reported too',
    'Minister Karin Holm said the grid was stable, but it would need new lines within five years.',
    [
      ['the grid was stable', 'indirect', 'Karin Holm'],
      ['it would need new lines within five years', 'indirect', 'Karin Holm'],
    ],
  ],
  [
    'a second clause after a quoted fragment',
    'According to envoy Tomas Reyes, the draft is "almost finished," and it could be signed in June.',
    [
      ['the draft is "almost finished,"', 'mixed', 'Tomas Reyes', ['almost finished']],
      ['it could be signed in June', 'indirect', 'Tomas Reyes'],
    ],
  ],
  [
    'an ellipsis between the verb and "that"',
    'Mayor Ines Duarte said ... that "the budget is tight" this year, but there will be no new taxes.',
    [
      ['"the budget is tight" this year', 'mixed', 'Ines Duarte', ['the budget is tight']],
      ['there will be no new taxes', 'indirect', 'Ines Duarte'],
    ],
  ],
  [
    'a credit after a sentence makes that sentence the source\'s claim',
    'Grain exports through the Danube ports fell by a fifth in April. This is reported by Le Monde.',
    [['Grain exports through the Danube ports fell by a fifth in April', 'indirect', 'Le Monde']],
  ],
  [
    'a credit naming a report of an institution',
    'However, the shelling of the plant has grown heavier since May. This was stated in a report of the Centre for Nuclear Safety.',
    [['the shelling of the plant has grown heavier since May', 'indirect', 'Centre for Nuclear Safety']],
  ],
  [
    'a fragment in a relative clause belongs to the relative clause\'s speaker',
    'Economists refer to a speech by central bank governor Marta Lind, in which she warned that rates would stay "higher for longer".',
    [['rates would stay "higher for longer"', 'mixed', 'Marta Lind', ['higher for longer']]],
  ],
  [
    'an anonymous source keeps its post-modifier',
    'According to three diplomats briefed on the talks, the summit may slip to July.',
    [['the summit may slip to July', 'indirect', 'three diplomats briefed on the talks']],
  ],
  [
    'after "According to X," a participle shares the clause\'s subject, not the source',
    'According to the daily, Transport Minister Ola Berg rejects the new contract, calling it "a step backwards".',
    [
      ['Transport Minister Ola Berg rejects the new contract', 'indirect', 'daily'],
      ['it "a step backwards"', 'mixed', 'Ola Berg', ['a step backwards']],
    ],
  ],
  [
    '"the publication" with no outlet quoted before takes the outlet named before',
    'The mayor spoke at length to The Economist on Sunday. According to the publication, the city will close two bridges.',
    [['the city will close two bridges', 'indirect', 'Economist']],
  ],
  [
    'a title tells the gender where the name does not, and "He" after a title is a surname',
    'Customs official Zhao Ming told reporters exports rose. “Demand stayed firm,” he said.\n\nForeign ministry spokeswoman He Lin told a briefing that Beijing would respond.\n\n“Nobody wins a tariff war,” she said.',
    [
      ['Demand stayed firm', 'direct', 'Zhao Ming'],
      ['Beijing would respond', 'indirect', 'He Lin'],
      ['Nobody wins a tariff war', 'direct', 'He Lin'],
    ],
  ],
  [
    '"continues to" between the speaker and the speech verb',
    'Union leader Marta Solis continues to insist on her terms: the company must restore "the old shift pattern" first.',
    [
      ['on her terms: the company must restore "the old shift pattern" first', 'mixed', 'Marta Solis', ['the old shift pattern']],
    ],
  ],
  [
    'an institution name goes on past "for" and "of"',
    'According to the European Centre for Disease Prevention and Control, cases rose by a third in May.',
    [['cases rose by a third in May', 'indirect', 'European Centre for Disease Prevention and Control']],
  ],
  [
    '"the agency" goes back to the regulator, not to the company named after it',
    'The U.S. Environmental Protection Agency on Friday fined Harlow Chemicals over a river spill.\n\nThe spill was the largest in the state this decade, the agency said.',
    [['The spill was the largest in the state this decade', 'indirect', 'U.S. Environmental Protection Agency']],
  ],
  [
    '"the Commission" goes back to the body with that word in its name',
    'The European Commission opened an inquiry into Nordway Airlines on Monday.\n\nNordway had broken state aid rules, the Commission said.',
    [['Nordway had broken state aid rules', 'indirect', 'European Commission']],
  ],
  [
    'a role with the name in apposition stands for the person',
    'The league fined the club on Monday.\n\nMillwall’s manager, Sarah Conlon, saw it differently. “It was a clear penalty,” she said.\n\nThe club faces a shortfall, according to its finance director, Mark Bell, after a poor season.',
    [
      ['It was a clear penalty', 'direct', 'Sarah Conlon'],
      ['The club faces a shortfall', 'indirect', 'Mark Bell'],
    ],
  ],
  [
    'a quoted label of a word or two with no reported words of the speaker around it is a term',
    'The “night tax,” Ana Ruiz said, would hurt bakers.',
    [['night tax', 'term', null]],
  ],
  [
    'a relative clause after an appositive belongs to the name before it; "in the view of" is a source',
    'Among those who voted no was Gerald Whitby, a retired electrician from Kensington, who called the plan “a tax on night workers.”\n\nThe slide was "overdone" in the view of Rahul Mehta, a strategist at Maybank in Singapore, who said the currency had fallen too far.',
    [
      ['the plan “a tax on night workers.”', 'mixed', 'Gerald Whitby', ['a tax on night workers.']],
      ['overdone', 'mixed', 'Rahul Mehta', ['overdone']],
      ['the currency had fallen too far', 'indirect', 'Rahul Mehta'],
    ],
  ],
  [
    '"the central bank" after the bank spoke by name; "the official" after "one of the officials"',
    'The Reserve Bank of Fiji said on Monday that it would hold rates.\n\nThe currency fell, and the central bank said it would "be in the market" to calm trading.\n\nAgriculture Minister Nurlan Beko said farmers were worried.\n\nOne of the officials, who asked not to be named, said the price was the sticking point. "Nobody agrees on the number," the official said.',
    [
      ['it would hold rates', 'indirect', 'Reserve Bank of Fiji'],
      ['it would "be in the market" to calm trading', 'mixed', 'Reserve Bank of Fiji', ['be in the market']],
      ['farmers were worried', 'indirect', 'Nurlan Beko'],
      ['the price was the sticking point', 'indirect', 'One of the officials'],
      ['Nobody agrees on the number', 'direct', 'One of the officials'],
    ],
  ],
  [
    'a headline fragment with no cue that the body quotes from someone is theirs',
    'Transit Board Backs Bus Cuts Despite ‘Real Pain’ for Riders\n\nThe board voted on Thursday to cut 11 routes, a plan its chairwoman, Dana Okoro, conceded would cause “real pain” for riders.',
    [
      ['Real Pain', 'mixed', 'Dana Okoro', ['Real Pain']],
      ['would cause “real pain” for riders', 'mixed', 'Dana Okoro', ['real pain']],
    ],
  ],
  [
    'a role followed back through "and" and an institution "of" a place',
    'Ticks have spread 30 miles farther north than models predicted, researchers at the University of Vermont reported on Wednesday.\n\nJapan and Korea will resume fishing talks this spring, three government sources in Tokyo and Seoul said, ending a long freeze.',
    [
      ['Ticks have spread 30 miles farther north than models predicted', 'indirect', 'researchers at the University of Vermont'],
      ['Japan and Korea will resume fishing talks this spring', 'indirect', 'three government sources in Tokyo and Seoul'],
    ],
  ],
  [
    'a trailing adverbial after a mid-sentence attribution is no report; a bare subject before one is',
    'Heavy fighting broke out north of the city on Thursday, the United Nations said on Friday, less than a week after both sides agreed to a truce.\n\nThe combination, say economists, marks a journey into uncharted territory.',
    [
      ['Heavy fighting broke out north of the city on Thursday', 'indirect', 'United Nations'],
      ['marks a journey into uncharted territory', 'indirect', 'economists'],
    ],
  ],
  [
    'a gerund subject is no participle opening; a headline acronym takes the name the body spells out',
    'Fighting resumes near Goma despite truce, UN says\n\nGOMA (AFP) - Heavy fighting broke out on Thursday, the United Nations said. Speaking to reporters, the envoy said talks would resume.',
    [
      ['Fighting resumes near Goma despite truce', 'indirect', 'United Nations'],
      ['Heavy fighting broke out on Thursday', 'indirect', 'United Nations'],
      ['talks would resume', 'indirect', 'envoy'],
    ],
  ],
  [
    '"according to X, an appositive," reports the clause after the appositive',
    'According to Park Jae-won, a professor at Korea University, neither government can afford to give ground.',
    [['neither government can afford to give ground', 'indirect', 'Park Jae-won']],
  ],
  [
    'a dashed aside inside a reported clause does not end it',
    'Prime Minister Ana Sousa said that besides the tourists — from Italy, Poland and Spain — a museum guard was killed.',
    [['besides the tourists — from Italy, Poland and Spain — a museum guard was killed', 'indirect', 'Ana Sousa']],
  ],
  [
    '"the company" skips a newspaper named in a credit',
    'Amazon bought Whole Foods in 2017 and cut prices at its stores.\n\n(Ken Lambert / The Seattle Times)\n\nThe company claims the cuts saved shoppers "hundreds of millions of dollars."',
    [
      ['the cuts saved shoppers "hundreds of millions of dollars."', 'mixed', 'Whole Foods', ['hundreds of millions of dollars.']],
    ],
  ],
  [
    'a name after a preposition before a colon is no speaker ("wrote on X:")',
    'Helen Park, a climate scientist at Columbia University, wrote on Bluesky: "Cold snaps kill more people than heat waves."',
    [['Cold snaps kill more people than heat waves.', 'direct', 'Helen Park']],
  ],
  [
    'a role with "for" and what it speaks for',
    'A spokesman for the mayor, who spoke on condition of anonymity, said the city would review its plans.',
    [['the city would review its plans', 'indirect', 'spokesman for the mayor']],
  ],
  [
    '"according to a statement from X" names X',
    'Power returned on Friday. "We are doing everything we can," according to a statement from City Hall.',
    [['We are doing everything we can', 'direct', 'City Hall']],
  ],
  [
    'a body keeps a title word inside its name',
    'The National Rifle Association said in a statement that the bill would not stop criminals.',
    [['the bill would not stop criminals', 'indirect', 'National Rifle Association']],
  ],
  [
    'a company suffix keeps its period inside the name',
    'SEATTLE (AP) — Harbor Freight Corp. on Tuesday warned that orders could fall next year.',
    [['orders could fall next year', 'indirect', 'Harbor Freight Corp.']],
  ],
  [
    'a middle or first initial stays inside the name',
    '“Interest is eating the budget,” said C. Eugene Hartley, a fellow at the Urban Institute. “Everything else is squeezed,” said Mary K. Olsen.',
    [
      ['Interest is eating the budget', 'direct', 'C. Eugene Hartley'],
      ['Everything else is squeezed', 'direct', 'Mary K. Olsen'],
    ],
  ],
  [
    'an attribution set off by commas after an opening adverbial reports the main clause',
    'Sales rose in spring. Within months of the merger, Tom Fuller said, the chain was selling cheaper bread.',
    [['the chain was selling cheaper bread', 'indirect', 'Tom Fuller']],
  ],
  [
    'newspaper verbs of saying: instructed, summed up',
    '“Keep your hands steady,” instructed Milton Vega, the district supervisor.\n\nRosa Lind summed up the season: “It was the hardest year we have had.”',
    [
      ['Keep your hands steady', 'direct', 'Milton Vega'],
      ['It was the hardest year we have had.', 'direct', 'Rosa Lind'],
    ],
  ],
  [
    'a body named alone is not extended by a longer name that starts with it',
    'A launch photo was released by the Vostok Space Agency Press Service.\n\nThe craft broke up over Siberia, Vostok said in a statement.',
    [['The craft broke up over Siberia', 'indirect', 'Vostok']],
  ],
  [
    'a speech verb in a relative clause: the named person speaks, the report ends with the clause',
    'Senator Jane Okafor, an Ohio Democrat who warned that the deficit was dangerous, nevertheless voted for the bill.\n\n“It is a risk worth taking,” she said.',
    [
      ['the deficit was dangerous', 'indirect', 'Jane Okafor'],
      ['It is a risk worth taking', 'direct', 'Jane Okafor'],
    ],
  ],
  [
    '"which maintains" with an object is no speech; "which accuses X of “…”" is',
    '“The grid is older than people think,” said Paul Hardy, an engineer at Metro Power, which maintains 9,000 miles of cable.\n\n“Winter finds every weak joint,” he added.\n\nThe suit was brought by Vantor Games, which accuses the studio of "copying" its engine.',
    [
      ['The grid is older than people think', 'direct', 'Paul Hardy'],
      ['Winter finds every weak joint', 'direct', 'Paul Hardy'],
      ['the studio of "copying" its engine', 'mixed', 'Vantor Games', ['copying']],
    ],
  ],
  [
    'a photo credit line names no speaker for the quote after it',
    'Governor apologises for curfew\n\nGovernor Ana Ruiz apologised on Saturday in a televised address.\n\nA portrait of the governor is raised at a rally in Columbus on Thursday - Getty Images\n\n“I deeply regret this and apologise to every citizen,” she said.',
    [['I deeply regret this and apologise to every citizen', 'direct', 'Ana Ruiz']],
  ],
  [
    'an organisation name with "and" inside stays whole',
    'Tourism is critical to the island economy, according to the World Travel and Tourism Council, an industry body.',
    [['Tourism is critical to the island economy', 'indirect', 'World Travel and Tourism Council']],
  ],
  [
    'a colon introduction followed by one reported point a paragraph',
    'Mayor Lena Hart spoke for an hour on Tuesday.\n\nIn a wide-ranging interview, the mayor also said:\n\nThe city must keep its bus lanes\n\nShe would speak "plainly" to the transit union\n\nWatch the full interview\n\nThe council meets again on Friday.',
    [
      ['The city must keep its bus lanes', 'indirect', 'Lena Hart'],
      ['She would speak "plainly" to the transit union', 'mixed', 'Lena Hart', ['plainly']],
    ],
  ],
  [
    'a headline source described by a title takes the name the body gives with that title',
    "Ferry cuts leave islands 'stranded', councillor says\n\nResidents of three islands say they have been cut off by the timetable change.\n\nThe operator said the routes lost money.\n\nCouncillor Mairi Ross said the islands had been left 'stranded' by the decision.",
    [
      ["Ferry cuts leave islands 'stranded'", 'mixed', 'Mairi Ross', ['stranded']],
      ['they have been cut off by the timetable change', 'indirect', 'Residents of three islands'],
      ["the islands had been left 'stranded' by the decision", 'mixed', 'Mairi Ross', ['stranded']],
    ],
  ],
  [
    'a title-case headline verb is a cue, and its "official" is the first person the body names',
    'Regulator Official Calls Rail Merger ‘a Poor Deal’ for Towns\n\nThe Surface Transportation Board said on Monday that it would review the merger.\n\nThe board sent letters to both railways.\n\nNadia Brooks, who leads the board’s economics office, called the merger “a poor deal for towns with one line.”',
    [
      ['Rail Merger ‘a Poor Deal’ for Towns', 'mixed', 'Nadia Brooks', ['a Poor Deal']],
      ['it would review the merger', 'indirect', 'Surface Transportation Board'],
      ['the merger “a poor deal for towns with one line.”', 'mixed', 'Nadia Brooks', ['a poor deal for towns with one line.']],
    ],
  ],
  [
    '"recalled that" and "denied that" report a clause',
    'Union steward Luis Arroyo recalled that an inspector had been killed on the line in 2019. The company denied that safety spending had been cut.',
    [
      ['an inspector had been killed on the line in 2019', 'indirect', 'Luis Arroyo'],
      ['safety spending had been cut', 'indirect', 'company'],
    ],
  ],
  [
    'a group described by its owner ("the theatre’s trustees") is new, not a reference back',
    'The Alhambra Playhouse, one of the oldest theatres in the north, will close in June, the theatre’s trustees have announced.',
    [['The Alhambra Playhouse, one of the oldest theatres in the north, will close in June', 'indirect', 'theatre’s trustees']],
  ],
  [
    'a comma-set fragment belongs to the attribution right behind it',
    'Paul Reyes runs the grid. To cut the risk, the officials said, the utility fitted vented covers, “so the gas cannot build up,” Mr. Reyes said.\n\nTransport Minister Ana Gil said the plan was “a disaster,” Ms. Ortiz recalled.',
    [
      ['the utility fitted vented covers', 'indirect', 'officials'],
      ['so the gas cannot build up', 'mixed', 'Paul Reyes', ['so the gas cannot build up']],
      ['the plan was “a disaster,”', 'mixed', 'Ana Gil', ['a disaster']],
    ],
  ],
  [
    'a two-word name takes the longer form the article gives, but not another person with a suffix',
    'Elders Hori Wiremu and his son, Te Rangi Robert Wiremu, were called in.\n\n“We need to listen to the sea,” Te Rangi said.\n\nDonald Trump Jr. spoke first. “It was a great night,” Donald Trump said.',
    [
      ['We need to listen to the sea', 'direct', 'Te Rangi Robert Wiremu'],
      ['It was a great night', 'direct', 'Donald Trump'],
    ],
  ],
  [
    'a verb in a title-case headline is no part of the name the prose gives',
    'Governor Ana Reyes Sees “Hard Winter” Ahead for Ranchers\n\nGovernor Ana Reyes spoke to ranchers on Tuesday.\n\nThe governor said feed prices would stay high.',
    [
      ['Hard Winter', 'term', null],
      ['feed prices would stay high', 'indirect', 'Ana Reyes'],
    ],
  ],
  [
    'a document or a set of records reports by itself',
    'The filing said that the firm had lost money for three years. According to court records, the company owed $3 million in back taxes.',
    [
      ['the firm had lost money for three years', 'indirect', 'filing'],
      ['the company owed $3 million in back taxes', 'indirect', 'court records'],
    ],
  ],
  [
    'a body or group named by what it is speaks as described, not as the body named before',
    'The county opened a new shelter on Monday.\n\nThe campaign says the ad will air on cable next week. The companies said they had done nothing wrong.',
    [
      ['the ad will air on cable next week', 'indirect', 'campaign'],
      ['they had done nothing wrong', 'indirect', 'companies'],
    ],
  ],
  [
    'a quote in title case with no cue of its own is a title, not the last speaker\'s words',
    'Mayor Joan Pike spoke first. “We will fix the roads,” she said.\n\n“A City That Works for Everyone.”',
    [
      ['We will fix the roads', 'direct', 'Joan Pike'],
      ['A City That Works for Everyone.', 'term', null],
    ],
  ],
  [
    'marks written as two apostrophes, as archived newspaper text has them',
    "Mayor Joan Pike spoke on Monday.\n\n''The bridge is safe,'' Ms. Pike said. ''We checked every bolt.''\n\nShe said the repairs were ''nearly finished'' and would cost less.",
    [
      ['The bridge is safe', 'direct', 'Joan Pike'],
      ['We checked every bolt.', 'direct', 'Joan Pike'],
      ["the repairs were ''nearly finished'' and would cost less", 'mixed', 'Joan Pike', ['nearly finished']],
    ],
  ],
  [
    'a source after "according to" that no lexicon names is what its words describe',
    'According to early returns from the county clerk, turnout fell by a third. Turnout was lowest downtown, according to a tally by the local paper.',
    [
      ['turnout fell by a third', 'indirect', 'early returns from the county clerk'],
      ['Turnout was lowest downtown', 'indirect', 'tally by the local paper'],
    ],
  ],
  [
    'the plural of a role and a share of people polled are groups that speak',
    'Several senators said the vote would slip. In the survey, 41 percent said they would not vote.',
    [
      ['the vote would slip', 'indirect', 'Several senators'],
      ['they would not vote', 'indirect', '41 percent'],
    ],
  ],
  [
    'a verb that takes an object or a clause reports only what reads as a clause',
    'The ferry company announced it would cut two crossings. The company also announced a review of fares.',
    [['it would cut two crossings', 'indirect', 'ferry company']],
  ],
  [
    'a cue-less quote goes on the speaker\'s mixed quote, and a report in between keeps the turn',
    'The deal “puts the funds first,” Senator Ana Gil wrote. “That is unacceptable.”\n\n“Prices will rise,” the mayor, Joan Pike, said, adding that buses would be cut. “We have no choice.”',
    [
      ['puts the funds first', 'mixed', 'Ana Gil', ['puts the funds first']],
      ['That is unacceptable.', 'direct', 'Ana Gil'],
      ['Prices will rise', 'direct', 'Joan Pike'],
      ['buses would be cut', 'indirect', 'Joan Pike'],
      ['We have no choice.', 'direct', 'Joan Pike'],
    ],
  ],
  [
    'a gerund of speech after a preposition shares the clause\'s subject',
    'Rosa Vint, a retired judge, went on the radio and began by saying she would “never” run for office.',
    [['she would “never” run for office', 'mixed', 'Rosa Vint', ['never']]],
  ],
  [
    'no report after "what X says", after a relative "that", or in a clause with no subject',
    'The row over what the mayor says the plan would cost has gone on for months. Pike praised the ferry that the mayor said was held up by fog. The governor said and did the same things.',
    [],
  ],
];

describe('extractQuotes', () => {
  // Exact: the quotes found, terms included, are the expected list in text order; nothing more.
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(expectedShape(text)).toEqual(expected);
  });

  it.each([
    ['a verb with an object after a dateline', 'LONDON (Reuters) - Prime Minister Keir Starmer on Monday announced a review of the defence budget.'],
    ['narrative without speech', 'The ship docked in Odesa on Friday after a two-week voyage. Its cargo of grain was unloaded overnight.'],
    ['a noun that looks like a verb', 'Russia stands by its demands that Kyiv withdraw its troops.'],
    ['an aggregator credit', 'This is stated in a report of the Kyiv School of Economics, writes Interfax-Ukraine.'],
    ['a report named as a noun, and a claimed object', 'No group claimed responsibility, but the attack raised fears that militants were regrouping.'],
    ['verbs that take an object, not a report', 'The ministry recalled its ambassador on Monday. Border guards denied entry to the convoy.'],
    ['a colon that introduces no speech, then short lines', 'The menu has three parts:\n\nSoups and salads\n\nMain dishes'],
    ['a label with a colon in the body', 'Tech Notes: Our reporters chronicle the gadgets that change daily life.'],
    ['a photo caption ending in a credit', 'A portrait of the senator is raised during a rally in Columbus on Thursday. Jane Roe / AFP - Getty Images'],
    ['a relative clause that warns of something', 'Senator Jane Okafor, an Ohio Democrat who warned of the dangers in the past, nevertheless voted for the bill.'],
  ])('finds no quote in %s', (_name, text) => {
    expect(quotesOf(text).filter((q) => q.kind !== 'term')).toEqual([]);
  });

  it('gives an opening adverbial before an attributed quote no quote of its own', () => {
    const found = quotesOf('Analyst Tom Forte expects more change. In a few more years, he said, “You won’t recognise the old shop.”');
    expect(found.map((q) => [q.text, q.kind, q.speaker])).toEqual([['You won’t recognise the old shop.', 'direct', 'Tom Forte']]);
  });

  it('links a headline speaker to the entity of the same name in the body', () => {
    const found = quotesOf('Talks in Ankara were useful, President Putin’s aide Yury Ushakov said\n\nMOSCOW (Reuters) - Yury Ushakov said on Friday that the talks were useful.');
    const headline = found.find((q) => q.text === 'Talks in Ankara were useful');
    expect(headline?.speaker).toBe('Yury Ushakov');
    expect(headline?.quote.speaker?.entityId).toBeDefined();
  });

  it('groups a continuation with the speaker\'s quote before it, across a report of theirs', () => {
    const found = quotesOf('The deal “puts the funds first,” Senator Ana Gil wrote. “That is unacceptable.”\n\n“Prices will rise,” the mayor, Joan Pike, said, adding that buses would be cut. “We have no choice.”');
    const groups = found.map((q) => q.quote.group ?? null);
    expect(groups[0]).not.toBeNull();
    expect(groups[1]).toBe(groups[0]);
    expect(groups[2]).not.toBeNull();
    expect(groups[2]).not.toBe(groups[0]);
    expect([groups[3], groups[4]]).toEqual([null, groups[2]]);
  });

  it('groups the fragments of a split quote', () => {
    const found = quotesOf('“We are ready,” Lavrov said. “But not on those terms.”');
    expect(found).toHaveLength(2);
    expect(found[0]!.quote.group).toBeDefined();
    expect(found[1]!.quote.group).toBe(found[0]!.quote.group);
  });

  it.each([
    ['a place after the cue', '“The bridge will open in May,” Tariq Osei said at a town meeting in Leeds, “and the tolls will go with it.”'],
    ['a participle after the cue', '“Each delay costs us,” Tariq Osei said, pointing at the unfinished deck, “about a week of trade.”'],
  ])('keeps the second part of a split quote whole and in its group when %s runs on to the comma', (_name, text) => {
    const found = quotesOf(text);
    expect(found.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Tariq Osei'], ['direct', 'Tariq Osei']]);
    expect(found[0]!.quote.group).toBeDefined();
    expect(found[1]!.quote.group).toBe(found[0]!.quote.group);
  });

  it('leaves a fragment after a cue and a comma in mid-sentence a mixed report', () => {
    const found = quotesOf('“We tried,” Tariq Osei said at the meeting, where “open hostility” met every speaker from the council.');
    expect(found.map((q) => q.kind)).toEqual(['direct', 'mixed']);
    expect(found[1]!.quote.group).toBeUndefined();
  });

  it('groups a cue-less quote with the speaker\'s quote earlier in the paragraph, across narrative', () => {
    const found = quotesOf('“The harvest was poor,” Marta Lind said after touring the farms. She did not give figures. “Next year must be better.”');
    expect(found.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Marta Lind'], ['direct', 'Marta Lind']]);
    expect(found[0]!.quote.group).toBeDefined();
    expect(found[1]!.quote.group).toBe(found[0]!.quote.group);
  });

  it('groups a cue-less quote paragraph with the speaker\'s quote in the paragraph before, and no further back', () => {
    const found = quotesOf('“The river rose overnight,” said Ines Moreau, the county engineer.\n\n“We moved the pumps before dawn.”\n\nThe county closed two roads.\n\n“Nobody was hurt,” she said.');
    expect(found.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Ines Moreau'], ['direct', 'Ines Moreau'], ['direct', 'Ines Moreau']]);
    expect(found[0]!.quote.group).toBeDefined();
    expect(found[1]!.quote.group).toBe(found[0]!.quote.group);
    expect(found[2]!.quote.group).toBeUndefined();
  });

  it('keeps a multi-paragraph quote as one utterance', () => {
    const text = 'Mayor Vitali Klitschko said:\n“The night was hard.\n“We will repair every building.”';
    const found = quotesOf(text).filter((q) => q.kind !== 'term');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('The night was hard.\n“We will repair every building.');
    expect(found[0]!.speaker).toBe('Vitali Klitschko');
  });

  it('stores the role and the cue of a speaker', () => {
    const [quote] = quotesOf('“No comment,” Kremlin spokesman Dmitry Peskov said.');
    expect(quote!.quote.speaker?.role).toBe('Kremlin spokesman');
    expect(quote!.quote.cue).toBe('said');
    expect(quote!.quote.rule).toMatch(/^direct:/);
  });

  it('names an unnamed lede source from the next paragraph', () => {
    const text = 'Moscow is ready for a new round of talks, a senior Kremlin aide said on Thursday.\n“We are waiting for dates,” Yuri Ushakov told reporters.';
    const [lede] = quotesOf(text);
    expect(lede!.speaker).toBe('Yuri Ushakov');
  });

  it('does not swallow the article after an unbalanced mark', () => {
    const text = 'He said “the vote is over and left.\nSeparately, Peskov said the talks would go on.';
    const newline = text.indexOf('\n');
    // The open quote stops at its paragraph's end; nothing spans the break, and the next paragraph is read on its own.
    expect(expectedShape(text)).toEqual([
      ['the vote is over and left.', 'term', null],
      ['the talks would go on', 'indirect', 'Peskov'],
    ]);
    expect(quotesOf(text).every((q) => q.quote.end <= newline || q.quote.start > newline)).toBe(true);
  });
});

describe('extractQuotes on any text', () => {
  it('never crashes and keeps every span inside the text', async () => {
    const fc = (await import('fast-check')).default;
    const pieces = fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', ':', ',', '.', ' ', '\n', 'said', 'he', 'Peskov', 'the official', 'according to', 'that', '-', 'A', 'told');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 120 }).map((parts) => parts.join(' ')), (content) => {
        for (const quote of analyze({ sha256: 'p', format: 'text', content }).quotes) {
          expect(quote.start).toBeGreaterThanOrEqual(0);
          expect(quote.end).toBeLessThanOrEqual(content.length);
          expect(quote.start).toBeLessThanOrEqual(quote.end);
          if (quote.speaker) expect(quote.speaker.end).toBeLessThanOrEqual(content.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
