// The Simplified Chinese starter map `cjm init --locale zh-Hans` writes: the same five stages,
// persona and field comments as starter-en.ts, with a journey of its own in mainland usage
// (a Xiaohongshu post, a brand mini program, a courier pickup), as YAML and as Markdown.
// Quotation marks are “” as in src/layout (quotesFor), not the 「」 of the zh-Hant starter.

export const YAML_ZH_HANS = `# cjm 的用户旅程图。生成图片：  cjm build journey.yaml
# 每个字段都附有注释说明，用不到的字段可以直接删掉。完整说明见 cjm 的 README。
# 想在编辑器里自动补全：运行 \`cjm schema > journey.schema.json\`，再把下面这行放在文件第一行：
# # yaml-language-server: $schema=journey.schema.json

title: 小林网购跑鞋的旅程   # 图顶部的标题
type: current-state    # current-state | future-state | day-in-the-life | service-blueprint
locale: zh-Hans        # cjm 自带文字（泳道名称、图例）使用的语言：en、zh-Hant、zh-Hans、ja
timescale: 2 周        # 自由文本，或日期范围：{start: 2025-03-01, end: 2025-03-14}
emotionScale: [-2, 2]  # 情绪分数的最低分和最高分；也可以用 [1, 5]

# 这段旅程的主角（用户画像）。
persona:
  name: 小林
  description: 34 岁，项目经理，每周跑步三次，习惯用手机网购
  goals:           # 想要达成的目标
    - 不去门店也能买到合脚的跑鞋
  needs:           # 需要品牌提供什么
    - 靠谱的尺码建议
  frustrations:    # 让人头疼或卡住的地方
    - 退换货费时又费钱
  quote: 第一次就合脚的话，我还会回来买。

# 可选：渠道列表（id：名称和颜色）。一旦声明，每个接触点的 channel 都必须是其中之一。
# channels:
#   website: {label: 品牌小程序, color: "#2563EB"}

# 可选，仅用于 PDF：绘制文字用的 TTF/OTF 字体文件，路径相对于本文件。
# font: fonts/MyFont.ttf

# 旅程的各个阶段，按顺序排列。awareness、consideration、purchase、retention、advocacy
# 不写 name 时，会按 locale 自动命名（认知、考虑、购买、使用、倡导）。
stages:
  - id: awareness
    name: 认知
    description: 小林第一次注意到这个品牌。   # 可选的说明文字
    touchpoints:        # 接触点：用户与品牌接触的时刻，按旅程顺序排列
      - id: sees-ad               # 可选：不写时由名称生成
        name: 刷到小红书推广        # 这个时刻的简短名称
        channel: 小红书            # 发生在哪个渠道
        when: 第 1 天              # 在旅程时间轴上的什么时候
        action: 点开一篇新款越野跑鞋的推广笔记   # 用户做了什么
        thought: 颜值挺高，就是不知道合不合脚？  # 用户心里怎么想，用他自己的话说
        feeling: 好奇                         # 用户的感受
        emotion: 1      # emotionScale 上的分数；按顺序连起来就是情绪曲线
        opportunities:  # 改进这个时刻的点子（机会点）
          - 笔记里直接挂上尺码指南的链接
        owner: 市场部               # 负责这个接触点的团队
        metrics:                   # 显示在接触点旁边的数据
          点击率: 1.4%
  - id: consideration
    name: 考虑
    touchpoints:
      - id: size-guide
        name: 对比尺码
        channel: 品牌小程序
        when: 第 2 天
        action: 看尺码表和买家评价
        thought: 每个牌子的尺码都不太一样。
        feeling: 拿不准
        emotion: -1
        pains:          # 这里出了什么问题（痛点）
          - 尺码表只有美码
        opportunities:
          - 把欧码、英码和脚长（厘米）列在一起
  - id: purchase
    touchpoints:
      - id: checkout
        name: 下单付款
        channel: 品牌小程序
        when: 第 2 天
        action: 用微信支付付款
        thought: 挺快的，还送运费险。
        feeling: 放心
        emotion: 1
  - id: retention
    touchpoints:
      - id: returns
        name: 鞋小了要换码
        channel: 快递
        when: 第 9 天
        action: 申请退货、预约快递上门取件，再重新拍一双大半码的
        thought: 买的时候点一下就行，换个码怎么这么折腾？
        feeling: 烦躁
        emotion: -2
        pains:
          - 不能直接换码，只能先退货再重新下单
        opportunities:
          - 支持一键换码，快递取旧鞋时顺便送来新鞋
        # type 为 service-blueprint 时，接触点还可以写
        # frontstage:（用户看得到的员工或系统动作）、
        # backstage:（用户看不到的后台作业）和 support:（支持流程与系统）。
  - id: advocacy
    touchpoints:
      - id: recommends
        name: 推荐给朋友
        channel: 微信
        when: 第 14 天
        action: 把这双鞋的链接发给朋友，叮嘱一定要拍大半码
        thought: 尺码选对了，穿着真舒服。
        feeling: 开心
        emotion: 2
`;

export const MARKDOWN_ZH_HANS = `---
# cjm 的用户旅程图，用 Markdown 编写。生成图片：  cjm build journey.md
# 这段前置元数据（front matter，YAML 格式）放整张图的字段；各个阶段写在下面的标题里。
title: 小林网购跑鞋的旅程   # 图顶部的标题
type: current-state    # current-state | future-state | day-in-the-life | service-blueprint
locale: zh-Hans        # cjm 自带文字（泳道名称、图例）使用的语言：en、zh-Hant、zh-Hans、ja
timescale: 2 周        # 自由文本，或日期范围：{start: 2025-03-01, end: 2025-03-14}
emotionScale: [-2, 2]  # 情绪分数的最低分和最高分；也可以用 [1, 5]
persona:               # 这段旅程的主角（用户画像）
  name: 小林
  description: 34 岁，项目经理，每周跑步三次，习惯用手机网购
  goals:           # 想要达成的目标
    - 不去门店也能买到合脚的跑鞋
  needs:           # 需要品牌提供什么
    - 靠谱的尺码建议
  frustrations:    # 让人头疼或卡住的地方
    - 退换货费时又费钱
  quote: 第一次就合脚的话，我还会回来买。
# 可选：渠道列表（id：名称和颜色）。一旦声明，每个接触点的 channel 都必须是其中之一。
# channels:
#   website: {label: 品牌小程序, color: "#2563EB"}
# 可选，仅用于 PDF：绘制文字用的字体文件，路径相对于本文件。
# font: fonts/MyFont.ttf
---

<!--
每个“##”标题是一个阶段，每个“###”标题是一个接触点（用户与品牌接触的时刻），按旅程顺序排列。
标题末尾的“{#id}”用来设定它的 id。标题下面的段落会成为它的说明（description）。
列表项“- 字段: 值”填写接触点的字段：channel（渠道）、when（时间）、action（用户做了什么）、
thought（用户心里怎么想）、feeling（感受）、emotion（情绪分数）、owner（负责团队）、
metrics（数据，用“名称: 值”的子列表列出），服务蓝图另有 frontstage、backstage、support。
emotion 可以写 emotionScale 上的数字，也可以写从低到高的表情：😣 🙁 😐 🙂 😀
“- pain:”（痛点）和“- opportunity:”（机会点）可以重复写，也可以用子列表列出；
写在“##”阶段下面时，属于整个阶段。
-->

## 认知 {#awareness}

小林第一次注意到这个品牌。

### 刷到小红书推广 {#sees-ad}

- channel: 小红书
- when: 第 1 天
- action: 点开一篇新款越野跑鞋的推广笔记
- thought: 颜值挺高，就是不知道合不合脚？
- feeling: 好奇
- emotion: 🙂
- opportunity: 笔记里直接挂上尺码指南的链接
- owner: 市场部
- metrics:
  - 点击率: 1.4%

## 考虑 {#consideration}

### 对比尺码 {#size-guide}

- channel: 品牌小程序
- when: 第 2 天
- action: 看尺码表和买家评价
- thought: 每个牌子的尺码都不太一样。
- feeling: 拿不准
- emotion: 🙁
- pain: 尺码表只有美码
- opportunity: 把欧码、英码和脚长（厘米）列在一起

## 购买 {#purchase}

### 下单付款 {#checkout}

- channel: 品牌小程序
- when: 第 2 天
- action: 用微信支付付款
- thought: 挺快的，还送运费险。
- feeling: 放心
- emotion: 🙂

## 使用 {#retention}

### 鞋小了要换码 {#returns}

- channel: 快递
- when: 第 9 天
- action: 申请退货、预约快递上门取件，再重新拍一双大半码的
- thought: 买的时候点一下就行，换个码怎么这么折腾？
- feeling: 烦躁
- emotion: 😣
- pain: 不能直接换码，只能先退货再重新下单
- opportunity: 支持一键换码，快递取旧鞋时顺便送来新鞋

## 倡导 {#advocacy}

### 推荐给朋友 {#recommends}

- channel: 微信
- when: 第 14 天
- action: 把这双鞋的链接发给朋友，叮嘱一定要拍大半码
- thought: 尺码选对了，穿着真舒服。
- feeling: 开心
- emotion: 😀
`;
