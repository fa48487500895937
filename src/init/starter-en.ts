// The English starter map `cjm init` writes: the five classic stages, a persona, and a comment on
// every field. YAML and Markdown say the same thing (a test checks they give the same model, and
// that it builds with no warnings).

export const YAML_EN = `# A customer journey map for cjm. Build it with:  cjm build journey.yaml
# Every field has a comment; delete what you do not need. Full reference: cjm's README.
# Autocompletion in editors: run \`cjm schema > journey.schema.json\`, then make this
# the first line:  # yaml-language-server: $schema=journey.schema.json

title: Alex orders running shoes online   # shown at the top of the map
type: current-state    # current-state | future-state | day-in-the-life | service-blueprint
locale: en             # language of cjm's own labels: en, zh-Hant, zh-Hans, ja
timescale: 2 weeks     # free text, or a date range: {start: 2025-03-01, end: 2025-03-14}
emotionScale: [-2, 2]  # lowest and highest emotion score; [1, 5] works too

# The customer whose journey this is.
persona:
  name: Alex
  description: 34, project manager, runs three times a week, shops on the phone
  goals:           # what they want to achieve
    - Find shoes that fit without going to a store
  needs:           # what they need from the brand
    - Honest sizing advice
  frustrations:    # what annoys or blocks them
    - Returns that cost time and money
  quote: If they fit the first time, I'll buy from you again.

# Optional: a registry of channels (id: label and colour). Once it is declared,
# every touchpoint's channel must be one of its ids.
# channels:
#   website: {label: Web shop, color: "#2563EB"}

# Optional, PDF only: a TTF/OTF font file to draw text with, relative to this file.
# font: fonts/MyFont.ttf

# The stages of the journey, in order. awareness, consideration, purchase, retention and
# advocacy get a name in the map's language when \`name\` is left out.
stages:
  - id: awareness
    name: Awareness
    description: Alex first hears of the brand.   # optional free text
    touchpoints:        # moments of contact, in journey order
      - id: sees-ad                 # optional: derived from the name when left out
        name: Sees an Instagram ad  # short name of the moment
        channel: instagram          # where it happens
        when: day 1                 # when, within the timescale
        action: Taps an ad for a new trail shoe   # what the customer does
        thought: Looks good, but will it fit?     # what they think, in their words
        feeling: Curious                          # what they feel
        emotion: 1      # score on emotionScale; joined in order, the scores make the curve
        opportunities:  # ideas to improve this moment
          - Link the ad straight to the size guide
        owner: Marketing            # the team that owns this touchpoint
        metrics:                    # numbers shown beside the touchpoint
          CTR: 1.4%
  - id: consideration
    name: Consideration
    touchpoints:
      - id: size-guide
        name: Compares sizes
        channel: website
        when: day 2
        action: Reads the size guide and the reviews
        thought: Every brand sizes differently.
        feeling: Unsure
        emotion: -1
        pains:          # what goes wrong here
          - The size guide has US sizes only
        opportunities:
          - Show EU, UK and centimetre sizes side by side
  - id: purchase
    touchpoints:
      - id: checkout
        name: Checks out
        channel: website
        when: day 2
        action: Pays with a saved card
        thought: Quick, and returns are free.
        feeling: Relieved
        emotion: 1
  - id: retention
    touchpoints:
      - id: returns
        name: Returns a pair that is too small
        channel: post office
        when: day 9
        action: Prints a label at the library and queues at the post office
        thought: Why is sending them back so much harder than buying?
        feeling: Annoyed
        emotion: -2
        pains:
          - Has to find a printer for the return label
        opportunities:
          - Returns with a QR code at any post office
        # For type: service-blueprint, a touchpoint also takes
        # frontstage: (what staff or systems do in view of the customer),
        # backstage: (what happens out of sight) and support: (supporting processes).
  - id: advocacy
    touchpoints:
      - id: recommends
        name: Recommends the shop to a friend
        channel: word of mouth
        when: day 14
        action: Sends a friend the link to the pair, half a size up
        thought: With the right size they are perfect.
        feeling: Happy
        emotion: 2
`;

export const MARKDOWN_EN = `---
# A customer journey map for cjm, written in Markdown. Build it with:  cjm build journey.md
# This front matter holds the journey's fields; the stages follow as headings below.
title: Alex orders running shoes online   # shown at the top of the map
type: current-state    # current-state | future-state | day-in-the-life | service-blueprint
locale: en             # language of cjm's own labels: en, zh-Hant, zh-Hans, ja
timescale: 2 weeks     # free text, or a date range: {start: 2025-03-01, end: 2025-03-14}
emotionScale: [-2, 2]  # lowest and highest emotion score; [1, 5] works too
persona:               # the customer whose journey this is
  name: Alex
  description: 34, project manager, runs three times a week, shops on the phone
  goals:           # what they want to achieve
    - Find shoes that fit without going to a store
  needs:           # what they need from the brand
    - Honest sizing advice
  frustrations:    # what annoys or blocks them
    - Returns that cost time and money
  quote: If they fit the first time, I'll buy from you again.
# Optional: a registry of channels (id: label and colour). Once it is declared,
# every touchpoint's channel must be one of its ids.
# channels:
#   website: {label: Web shop, color: "#2563EB"}
# Optional, PDF only: a font file to draw text with, relative to this file.
# font: fonts/MyFont.ttf
---

<!--
Each "##" heading is a stage and each "###" heading a touchpoint (a moment of contact), in
journey order. "{#id}" at the end of a heading sets its id. Paragraphs under a heading
become its description.
Bullets fill a touchpoint's fields: channel (where it happens), when, action (what the
customer does), thought (in their words), feeling, emotion, owner (the team that owns it),
metrics (a nested list of "name: value"), and for service blueprints frontstage, backstage
and support.
emotion is a number on emotionScale, or a face from lowest to highest: 😣 🙁 😐 🙂 😀
"- pain:" and "- opportunity:" can be repeated, or hold a nested list; under a "##" stage
they belong to the whole stage.
-->

## Awareness {#awareness}

Alex first hears of the brand.

### Sees an Instagram ad {#sees-ad}

- channel: instagram
- when: day 1
- action: Taps an ad for a new trail shoe
- thought: Looks good, but will it fit?
- feeling: Curious
- emotion: 🙂
- opportunity: Link the ad straight to the size guide
- owner: Marketing
- metrics:
  - CTR: 1.4%

## Consideration {#consideration}

### Compares sizes {#size-guide}

- channel: website
- when: day 2
- action: Reads the size guide and the reviews
- thought: Every brand sizes differently.
- feeling: Unsure
- emotion: 🙁
- pain: The size guide has US sizes only
- opportunity: Show EU, UK and centimetre sizes side by side

## Purchase {#purchase}

### Checks out {#checkout}

- channel: website
- when: day 2
- action: Pays with a saved card
- thought: Quick, and returns are free.
- feeling: Relieved
- emotion: 🙂

## Retention {#retention}

### Returns a pair that is too small {#returns}

- channel: post office
- when: day 9
- action: Prints a label at the library and queues at the post office
- thought: Why is sending them back so much harder than buying?
- feeling: Annoyed
- emotion: 😣
- pain: Has to find a printer for the return label
- opportunity: Returns with a QR code at any post office

## Advocacy {#advocacy}

### Recommends the shop to a friend {#recommends}

- channel: word of mouth
- when: day 14
- action: Sends a friend the link to the pair, half a size up
- thought: With the right size they are perfect.
- feeling: Happy
- emotion: 😀
`;
