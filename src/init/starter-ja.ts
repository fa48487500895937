// The Japanese starter map `cjm init --locale ja` writes: the same five stages, persona and
// field comments as starter-en.ts, with a journey of its own that reads naturally in Japanese
// (a LINE message, a return label printed at a convenience store), as YAML and as Markdown.

export const YAML_JA = `# cjm のカスタマージャーニーマップです。図にするには:  cjm build journey.yaml
# すべての項目にコメントで説明を付けています。不要な項目は消してかまいません。詳しくは cjm の README を参照してください。
# エディターで入力補完を使うには、\`cjm schema > journey.schema.json\` を実行して、次の行をファイルの先頭に置きます:
# # yaml-language-server: $schema=journey.schema.json

title: 美咲さんがランニングシューズを通販で買う   # マップの上部に表示するタイトル
type: current-state    # current-state | future-state | day-in-the-life | service-blueprint
locale: ja             # cjm が自動で入れる文言（レーン名、凡例など）の言語: en、zh-Hant、zh-Hans、ja
timescale: 2週間       # 自由記述、または期間: {start: 2025-03-01, end: 2025-03-14}
emotionScale: [-2, 2]  # 感情スコアの最低値と最高値。[1, 5] なども使えます

# このジャーニーの主人公（ペルソナ）。
persona:
  name: 美咲
  description: 34歳、プロジェクトマネージャー。週3回ランニングをし、買い物はほぼスマホで済ませる
  goals:           # 達成したいこと
    - お店に行かずに、足に合うシューズを買いたい
  needs:           # ブランドに求めること
    - 正直で頼りになるサイズ選びの情報
  frustrations:    # 不満に思うこと、つまずくこと
    - 返品に手間もお金もかかる
  quote: 一度でぴったりのが届いたら、次もここで買います。

# 任意: チャネルの一覧（id: 表示名と色）。一覧を書くと、各タッチポイントの channel はその id のどれかにする必要があります。
# channels:
#   website: {label: 公式サイト, color: "#2563EB"}

# 任意、PDF のみ: 文字の描画に使う TTF/OTF フォントファイル。パスはこのファイルからの相対パスです。
# font: fonts/MyFont.ttf

# ジャーニーのステージを順に並べます。awareness、consideration、purchase、retention、advocacy は
# name を省くと locale に合わせた名前（認知、検討、購入、利用、推奨）が付きます。
stages:
  - id: awareness
    name: 認知
    description: 美咲さんが初めてこのブランドを知る。   # 任意の説明文
    touchpoints:        # タッチポイント（顧客とブランドの接点）。ジャーニーの順に並べる
      - id: sees-ad                   # 任意: 省くと name から作られる
        name: インスタで広告を見かける  # この瞬間を表す短い名前
        channel: Instagram            # どこで起きるか（チャネル）
        when: 1日目                   # タイムスケールの中のいつか
        action: 新作トレイルシューズの広告をタップする   # 顧客がしたこと
        thought: かっこいいけど、足に合うかな？          # 顧客が思ったこと（本人の言葉で）
        feeling: 興味がわく                             # 顧客の気持ち
        emotion: 1      # emotionScale 上のスコア。順につなぐと感情曲線になる
        opportunities:  # この瞬間をよくするアイデア
          - 広告からサイズガイドへ直接飛べるようにする
        owner: マーケティング部       # このタッチポイントを担当するチーム
        metrics:                      # タッチポイントの横に表示する数値
          クリック率: 1.4%
  - id: consideration
    name: 検討
    touchpoints:
      - id: size-guide
        name: サイズを見比べる
        channel: 公式サイト
        when: 2日目
        action: サイズガイドとレビューをじっくり読む
        thought: メーカーによってサイズ感が違うんだよね。
        feeling: 迷う
        emotion: -1
        pains:          # ここでうまくいかないこと（ペインポイント）
          - サイズ表に足幅（ワイズ）が載っていない
        opportunities:
          - 足長（cm）とワイズを並べて載せる
  - id: purchase
    touchpoints:
      - id: checkout
        name: 注文する
        channel: 公式サイト
        when: 2日目
        action: 登録済みのカードで支払う
        thought: すぐ終わるし、返品も無料なら安心。
        feeling: ほっとする
        emotion: 1
  - id: retention
    touchpoints:
      - id: returns
        name: 小さかったので返品する
        channel: コンビニ
        when: 9日目
        action: コンビニのコピー機で返品ラベルを印刷し、レジに並んで発送する
        thought: 買うのは一瞬なのに、返すのはどうしてこんなに面倒なの？
        feeling: イライラ
        emotion: -2
        pains:
          - 家にプリンターがなく、返品ラベルの印刷に手間取る
        opportunities:
          - QRコードを見せるだけでコンビニから返品できるようにする
        # type が service-blueprint のときは、タッチポイントに次の項目も書けます:
        # frontstage:（顧客から見えるスタッフやシステムの動き）、
        # backstage:（顧客からは見えない裏側の作業）、support:（それを支えるプロセスやシステム）。
  - id: advocacy
    touchpoints:
      - id: recommends
        name: 友人に勧める
        channel: LINE
        when: 14日目
        action: 「半サイズ上がおすすめ」と添えて、友人に商品のリンクを送る
        thought: サイズさえ合えば、最高の一足。
        feeling: うれしい
        emotion: 2
`;

export const MARKDOWN_JA = `---
# cjm のカスタマージャーニーマップを Markdown で書いたものです。図にするには:  cjm build journey.md
# この front matter（YAML 形式）にはマップ全体の項目を書き、ステージは下の見出しに書きます。
title: 美咲さんがランニングシューズを通販で買う   # マップの上部に表示するタイトル
type: current-state    # current-state | future-state | day-in-the-life | service-blueprint
locale: ja             # cjm が自動で入れる文言（レーン名、凡例など）の言語: en、zh-Hant、zh-Hans、ja
timescale: 2週間       # 自由記述、または期間: {start: 2025-03-01, end: 2025-03-14}
emotionScale: [-2, 2]  # 感情スコアの最低値と最高値。[1, 5] なども使えます
persona:               # このジャーニーの主人公（ペルソナ）
  name: 美咲
  description: 34歳、プロジェクトマネージャー。週3回ランニングをし、買い物はほぼスマホで済ませる
  goals:           # 達成したいこと
    - お店に行かずに、足に合うシューズを買いたい
  needs:           # ブランドに求めること
    - 正直で頼りになるサイズ選びの情報
  frustrations:    # 不満に思うこと、つまずくこと
    - 返品に手間もお金もかかる
  quote: 一度でぴったりのが届いたら、次もここで買います。
# 任意: チャネルの一覧（id: 表示名と色）。一覧を書くと、各タッチポイントの channel はその id のどれかにする必要があります。
# channels:
#   website: {label: 公式サイト, color: "#2563EB"}
# 任意、PDF のみ: 文字の描画に使うフォントファイル。パスはこのファイルからの相対パスです。
# font: fonts/MyFont.ttf
---

<!--
「##」見出しがステージ、「###」見出しがタッチポイント（顧客とブランドの接点）で、ジャーニーの順に並べます。
見出しの末尾に「{#id}」を付けると、その id になります。見出しの下の段落は説明（description）になります。
箇条書き「- 項目: 値」でタッチポイントの項目を書きます: channel（チャネル）、when（時期）、action（顧客がしたこと）、
thought（顧客が思ったこと）、feeling（気持ち）、emotion（感情スコア）、owner（担当チーム）、
metrics（指標。「名前: 値」の入れ子リストで書く）。サービスブループリントでは frontstage、backstage、support も使えます。
emotion は emotionScale 上の数値か、低い順に並べた次の絵文字のどれかで書きます: 😣 🙁 😐 🙂 😀
「- pain:」（ペインポイント）と「- opportunity:」（機会）は何度でも書けて、入れ子リストにもできます。
「##」ステージの直下に書くと、ステージ全体のものになります。
-->

## 認知 {#awareness}

美咲さんが初めてこのブランドを知る。

### インスタで広告を見かける {#sees-ad}

- channel: Instagram
- when: 1日目
- action: 新作トレイルシューズの広告をタップする
- thought: かっこいいけど、足に合うかな？
- feeling: 興味がわく
- emotion: 🙂
- opportunity: 広告からサイズガイドへ直接飛べるようにする
- owner: マーケティング部
- metrics:
  - クリック率: 1.4%

## 検討 {#consideration}

### サイズを見比べる {#size-guide}

- channel: 公式サイト
- when: 2日目
- action: サイズガイドとレビューをじっくり読む
- thought: メーカーによってサイズ感が違うんだよね。
- feeling: 迷う
- emotion: 🙁
- pain: サイズ表に足幅（ワイズ）が載っていない
- opportunity: 足長（cm）とワイズを並べて載せる

## 購入 {#purchase}

### 注文する {#checkout}

- channel: 公式サイト
- when: 2日目
- action: 登録済みのカードで支払う
- thought: すぐ終わるし、返品も無料なら安心。
- feeling: ほっとする
- emotion: 🙂

## 利用 {#retention}

### 小さかったので返品する {#returns}

- channel: コンビニ
- when: 9日目
- action: コンビニのコピー機で返品ラベルを印刷し、レジに並んで発送する
- thought: 買うのは一瞬なのに、返すのはどうしてこんなに面倒なの？
- feeling: イライラ
- emotion: 😣
- pain: 家にプリンターがなく、返品ラベルの印刷に手間取る
- opportunity: QRコードを見せるだけでコンビニから返品できるようにする

## 推奨 {#advocacy}

### 友人に勧める {#recommends}

- channel: LINE
- when: 14日目
- action: 「半サイズ上がおすすめ」と添えて、友人に商品のリンクを送る
- thought: サイズさえ合えば、最高の一足。
- feeling: うれしい
- emotion: 😀
`;
