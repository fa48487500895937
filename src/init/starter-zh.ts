// The Traditional Chinese starter map `cjm init --locale zh-Hant` writes: the same map as
// starter-en.ts, in Chinese, as YAML and as Markdown.

export const YAML_ZH = `# cjm 的顧客旅程圖。產生圖檔：  cjm build journey.yaml
# 每個欄位都附有說明註解，用不到的欄位可以直接刪除。完整說明請見 cjm 的 README。
# 想在編輯器中自動完成：執行 \`cjm schema > journey.schema.json\`，再把下面這行放在檔案第一行：
# # yaml-language-server: $schema=journey.schema.json

title: 小安的跑鞋網購旅程   # 圖上方的標題
type: current-state    # current-state | future-state | day-in-the-life | service-blueprint
locale: zh-Hant        # cjm 自己的文字（泳道名稱、圖例）用哪種語言：en、zh-Hant、zh-Hans、ja
timescale: 2 週        # 自由文字，或日期區間：{start: 2025-03-01, end: 2025-03-14}
emotionScale: [-2, 2]  # 情緒分數的最低與最高分；也可以用 [1, 5]

# 這段旅程的主角（人物誌）。
persona:
  name: 小安
  description: 34 歲，專案經理，每週跑步三次，習慣用手機購物
  goals:           # 想達成的目標
    - 不用跑門市也能買到合腳的鞋
  needs:           # 需要品牌提供的東西
    - 誠實可靠的尺寸建議
  frustrations:    # 讓人困擾或卡關的事
    - 退貨又花時間又花錢
  quote: 第一次就合腳的話，我會再跟你們買。

# 選填：通路清單（id：名稱與顏色）。一旦宣告，每個接觸點的 channel 都必須是其中之一。
# channels:
#   website: {label: 官網, color: "#2563EB"}

# 選填，僅供 PDF：繪製文字用的 TTF/OTF 字型檔，路徑相對於這個檔案。
# font: fonts/MyFont.ttf

# 旅程的各個階段，依序排列。awareness、consideration、purchase、retention、advocacy
# 沒寫 name 時，會依 locale 自動命名（認知、考慮、購買、使用、倡導）。
stages:
  - id: awareness
    name: 認知
    description: 小安第一次注意到這個品牌。   # 選填的說明文字
    touchpoints:        # 接觸點：顧客與品牌接觸的時刻，依旅程順序
      - id: sees-ad               # 選填：沒寫時由名稱產生
        name: 看到 IG 廣告         # 這個時刻的簡短名稱
        channel: instagram        # 發生在哪個通路
        when: 第 1 天              # 在旅程時間軸上的什麼時候
        action: 點進一則越野跑鞋的廣告   # 顧客做了什麼
        thought: 好看是好看，但會合腳嗎？  # 顧客心裡想什麼，用他的話說
        feeling: 好奇                   # 顧客的感受
        emotion: 1      # 在 emotionScale 上的分數；依序連起來就是情緒曲線
        opportunities:  # 改善這個時刻的點子
          - 廣告直接連到尺寸指南
        owner: 行銷部               # 負責這個接觸點的團隊
        metrics:                   # 顯示在接觸點旁的數字
          點擊率: 1.4%
  - id: consideration
    name: 考慮
    touchpoints:
      - id: size-guide
        name: 比較尺寸
        channel: 官網
        when: 第 2 天
        action: 看尺寸指南和評價
        thought: 每個牌子的尺寸都不一樣。
        feeling: 不確定
        emotion: -1
        pains:          # 這裡出了什麼問題（痛點）
          - 尺寸指南只有美國尺碼
        opportunities:
          - 並列歐洲、英國尺碼與公分
  - id: purchase
    touchpoints:
      - id: checkout
        name: 結帳
        channel: 官網
        when: 第 2 天
        action: 用已存的信用卡付款
        thought: 很快，而且免費退貨。
        feeling: 安心
        emotion: 1
  - id: retention
    touchpoints:
      - id: returns
        name: 鞋子太小要退貨
        channel: 超商
        when: 第 9 天
        action: 到圖書館印退貨單，再去超商排隊寄回
        thought: 為什麼退貨比買還麻煩？
        feeling: 煩躁
        emotion: -2
        pains:
          - 得自己找印表機印退貨單
        opportunities:
          - 在超商掃 QR code 就能退貨
        # type 為 service-blueprint 時，接觸點還可以寫
        # frontstage:（顧客看得到的人員或系統動作）、
        # backstage:（顧客看不到的幕後作業）和 support:（支援流程與系統）。
  - id: advocacy
    touchpoints:
      - id: recommends
        name: 推薦給朋友
        channel: 口碑
        when: 第 14 天
        action: 把大半號的那雙傳給朋友
        thought: 換對尺寸之後真的很合腳。
        feeling: 開心
        emotion: 2
`;

export const MARKDOWN_ZH = `---
# cjm 的顧客旅程圖，用 Markdown 撰寫。產生圖檔：  cjm build journey.md
# 這段前置資料（front matter，YAML 格式）放整張圖的欄位；各階段寫在下方的標題裡。
title: 小安的跑鞋網購旅程   # 圖上方的標題
type: current-state    # current-state | future-state | day-in-the-life | service-blueprint
locale: zh-Hant        # cjm 自己的文字（泳道名稱、圖例）用哪種語言：en、zh-Hant、zh-Hans、ja
timescale: 2 週        # 自由文字，或日期區間：{start: 2025-03-01, end: 2025-03-14}
emotionScale: [-2, 2]  # 情緒分數的最低與最高分；也可以用 [1, 5]
persona:               # 這段旅程的主角（人物誌）
  name: 小安
  description: 34 歲，專案經理，每週跑步三次，習慣用手機購物
  goals:           # 想達成的目標
    - 不用跑門市也能買到合腳的鞋
  needs:           # 需要品牌提供的東西
    - 誠實可靠的尺寸建議
  frustrations:    # 讓人困擾或卡關的事
    - 退貨又花時間又花錢
  quote: 第一次就合腳的話，我會再跟你們買。
# 選填：通路清單（id：名稱與顏色）。一旦宣告，每個接觸點的 channel 都必須是其中之一。
# channels:
#   website: {label: 官網, color: "#2563EB"}
# 選填，僅供 PDF：繪製文字用的字型檔，路徑相對於這個檔案。
# font: fonts/MyFont.ttf
---

<!--
每個「##」標題是一個階段，每個「###」標題是一個接觸點（顧客與品牌接觸的時刻），依旅程順序排列。
標題結尾的「{#id}」設定它的 id。標題下的段落文字會成為它的說明（description）。
清單項目「- 欄位: 值」填寫接觸點的欄位：channel（通路）、when（時間）、action（顧客做了什麼）、
thought（顧客心裡想什麼）、feeling（感受）、emotion（情緒分數）、owner（負責團隊）、
metrics（數據，以「名稱: 值」的子清單列出），服務藍圖另有 frontstage、backstage、support。
emotion 可以寫 emotionScale 上的數字，或由低到高的表情：😣 🙁 😐 🙂 😀
「- pain:」（痛點）和「- opportunity:」（機會點）可以重複，或用子清單列出；
寫在「##」階段下時，屬於整個階段。
-->

## 認知 {#awareness}

小安第一次注意到這個品牌。

### 看到 IG 廣告 {#sees-ad}

- channel: instagram
- when: 第 1 天
- action: 點進一則越野跑鞋的廣告
- thought: 好看是好看，但會合腳嗎？
- feeling: 好奇
- emotion: 🙂
- opportunity: 廣告直接連到尺寸指南
- owner: 行銷部
- metrics:
  - 點擊率: 1.4%

## 考慮 {#consideration}

### 比較尺寸 {#size-guide}

- channel: 官網
- when: 第 2 天
- action: 看尺寸指南和評價
- thought: 每個牌子的尺寸都不一樣。
- feeling: 不確定
- emotion: 🙁
- pain: 尺寸指南只有美國尺碼
- opportunity: 並列歐洲、英國尺碼與公分

## 購買 {#purchase}

### 結帳 {#checkout}

- channel: 官網
- when: 第 2 天
- action: 用已存的信用卡付款
- thought: 很快，而且免費退貨。
- feeling: 安心
- emotion: 🙂

## 使用 {#retention}

### 鞋子太小要退貨 {#returns}

- channel: 超商
- when: 第 9 天
- action: 到圖書館印退貨單，再去超商排隊寄回
- thought: 為什麼退貨比買還麻煩？
- feeling: 煩躁
- emotion: 😣
- pain: 得自己找印表機印退貨單
- opportunity: 在超商掃 QR code 就能退貨

## 倡導 {#advocacy}

### 推薦給朋友 {#recommends}

- channel: 口碑
- when: 第 14 天
- action: 把大半號的那雙傳給朋友
- thought: 換對尺寸之後真的很合腳。
- feeling: 開心
- emotion: 😀
`;
