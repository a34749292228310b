/**
 * Web page furniture that ends up in scraped article text: comment widgets,
 * share buttons, advertising labels, newsletter and cookie prompts, "Read
 * more" link lists, photo credit labels, blog footers.
 *
 * Matching is on a whole line (one paragraph of a plain-text article): the
 * line must be the furniture, give or take a count, a handle or a link text.
 * The same words inside a sentence of the article are never furniture.
 */

export interface Furniture {
  /** What the line is, for the message: "a comment widget". */
  label: string
}

interface Pattern {
  label: string
  /** Tested against the whole line, trimmed, with runs of white space collapsed. */
  test: RegExp
}

/** A line break inside a pattern is never needed: lines are matched one at a time. */
const patterns: ReadonlyArray<Pattern> = [
  {
    label: 'a comment widget',
    test: /^(?:no|\d+|one) comments?\s*[:.!]?$|^(?:post|leave|add|write|view|show|hide|load|read) (?:a |all |the |\d+ |more )?(?:comments?|repl(?:y|ies))(?: \(\d+\))?\s*[:.!]?$|^comments? (?:are|is) (?:closed|disabled|turned off)\.?$|^comments?\s*(?:\(\d+\))?:?$|^join the (?:conversation|discussion|debate)\s*[:.!]?$|^(?:newer|older) posts?(?: (?:newer|older) posts?)?(?: home)?$|^subscribe to: post comments \(atom\)$/iu
  },
  {
    label: 'a share button',
    test: /^share (?:this|the) (?:article|story|page|post|video)\s*[:.!]?$|^share(?: this)?\s*[:.]?$|^share (?:on|to|via) (?:facebook|twitter|whatsapp|linkedin|email|pinterest|reddit|x)$|^(?:(?:share|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|messenger|copy link|email this|blogthis!|share to (?:twitter|facebook|pinterest))\s*[|•·,]?\s*){2,}$/iu
  },
  {
    label: 'an advertising label',
    test: /^(?:advertisement|advert|ad|sponsored(?: content| post| links?)?|paid (?:content|post|partner content)|promoted(?: content| stories)?)\s*[:.]?$|^(?:story|article|content) continues (?:below|after) (?:this )?(?:advertisement|ad)\.?$|^continue reading (?:the main story|below|after (?:the )?(?:advertisement|ad))\.?$|^scroll (?:down )?to continue(?: with content| reading)?\.?$/iu
  },
  {
    label: 'a subscription prompt',
    test: /^(?:click|tap) here to (?:subscribe|sign up|register|read more|download)\b.{0,60}$|^subscribe(?: now| today| here)?\s*[:.!]?$|^(?:sign|signup|sign-up) (?:up )?(?:for|to) (?:our|the) .{0,40}newsletters?\b.{0,60}$|^(?:get|receive) (?:our|the) .{0,40}newsletters?\b.{0,40}$|^(?:already a subscriber|not a subscriber|become a (?:member|subscriber)|support (?:our|independent) journalism)\b.{0,60}$/iu
  },
  {
    label: 'a poll widget',
    test: /^(?:VOTE|Vote|POLL|Poll|Quick poll)\b.{0,200}\?\s*Yes\s+No\b.{0,120}$|^[Rr]esults are indicative and may not reflect public opinion\.?$/u
  },
  {
    label: 'a cookie notice',
    test: /^(?:we use|(?:this|our) (?:web)?site uses) cookies\b.{0,240}$|^(?:accept|allow|reject|manage) (?:all )?cookies\.?$|^cookie (?:policy|settings|preferences)\.?$|^by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site,? you (?:agree|consent)\b.{0,200}$/iu
  },
  {
    label: 'a link list',
    test: /^(?:read more|read next|read also|see also|more on this(?: story)?|more from [\p{L} ]{1,40}|related(?: articles| stories| content| coverage| links| topics| posts)?|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|top stories|trending(?: now)?|latest news|what to read next)\s*(?:[:»›>|→-].{0,200})?$/iu
  },
  {
    label: 'a social media prompt',
    test: /^(?:follow|like|find|join) us on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|x)\b.{0,80}$|^follow @\w+(?: on (?:twitter|x))?\.?$|^follow (?:the )?[\p{L} ]{1,40} on (?:twitter|facebook|instagram)\.?$/iu
  },
  {
    label: 'a photo credit label',
    test: /^image (?:copyright|caption|source)\b.{0,120}$|^(?:photo|picture|image)(?:graph)?s?:? (?:getty(?: images)?|afp|reuters|ap|pa|epa|shutterstock|alamy)(?:\s*(?:\/|via)\s*(?:getty(?: images)?|afp|reuters|ap|pa|epa))?\.?$|^(?:getty images|afp via getty images|(?:afp|reuters|ap|pa|epa)\s*\/\s*getty images|ap photo(?:\/[\p{L}. ]{1,40})?)\.?$|^media playback is unsupported on your device$/iu
  },
  {
    label: 'a page footer',
    test: /^(?:copyright\s*)?©.{0,120}$|^copyright \d{4}\b.{0,120}$|^all rights reserved\.?$|^(?:posted|published) by [\p{L}. ]{1,60} at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?$|^(?:labels|tags|topics|categories|filed under)\s*:.{0,200}$|^email this\s*blogthis!.*$|^(?:back to top|skip to (?:main )?content|previous (?:article|story|post)|next (?:article|story|post)|loading\.\.\.|loading…)$/iu
  }
]

/**
 * All patterns with the same flags joined into one expression: most lines
 * are no furniture, and one test that fails costs a tenth of ten.
 */
const anyPattern: ReadonlyArray<RegExp> = [...new Set(patterns.map((pattern) => pattern.test.flags))].map(
  (flags) =>
    new RegExp(
      patterns
        .filter((pattern) => pattern.test.flags === flags)
        .map((pattern) => `(?:${pattern.test.source})`)
        .join('|'),
      flags
    )
)

/** What furniture the line `text` is, or undefined when it is not furniture. */
export function furnitureOf(text: string): Furniture | undefined {
  return furnitureOfLine(normalizeLine(text))
}

/** `furnitureOf` a line already normalized (`normalizeLine`). */
export function furnitureOfLine(line: string): Furniture | undefined {
  if (line.length === 0 || line.length > 300) return undefined
  if (!anyPattern.some((any) => any.test(line))) return undefined
  for (const pattern of patterns) {
    if (pattern.test.test(line)) return {label: pattern.label}
  }
  return undefined
}

/**
 * White space other than single plain spaces, what `normalizeLine` has to
 * replace: `\s\s|[^\S ]` spelt out (`\s` without the plain space), which
 * runs faster.
 */
const oddSpace = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| \s/

/** A line trimmed, each run of white space made one plain space (most lines need no change). */
export function normalizeLine(text: string): string {
  const line = text.trim()
  return oddSpace.test(line) ? line.replace(/\s+/g, ' ') : line
}
