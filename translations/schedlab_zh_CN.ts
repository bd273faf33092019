<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>%1: unknown image type; use .png, .svg or .pdf.</source>
        <translation>%1：未知的图像类型；请使用 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>Image size %1x%2 is out of range (%3 to %4 pixels a side).</source>
        <translation>图像尺寸 %1x%2 超出范围（每边 %3 到 %4 像素）。</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1：文件夹不存在。</translation>
    </message>
    <message>
        <source>%1: cannot write the image.</source>
        <translation>%1：无法写入图像。</translation>
    </message>
    <message>
        <source>There is no run to draw.</source>
        <translation>没有可绘制的运行结果。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>--size needs WIDTHxHEIGHT, e.g. 1440x900, not &apos;%1&apos;</source>
        <translation>--size 需要 宽x高，例如 1440x900，而不是“%1”</translation>
    </message>
    <message>
        <source>--time needs a tick &gt;= 0, not &apos;%1&apos;</source>
        <translation>--time 需要一个 &gt;= 0 的时刻，而不是“%1”</translation>
    </message>
    <message>
        <source>--tab is run or compare, not &apos;%1&apos;</source>
        <translation>--tab 只能是 run 或 compare，而不是“%1”</translation>
    </message>
    <message>
        <source>--theme is system, light or dark, not &apos;%1&apos;</source>
        <translation>--theme 只能是 system、light 或 dark，而不是“%1”</translation>
    </message>
    <message>
        <source>SchedLab: watch CPU scheduling step by step.</source>
        <translation>SchedLab：一步一步观察 CPU 调度。</translation>
    </message>
    <message>
        <source>Scenario file to open (.yaml, .yml, .json).</source>
        <translation>要打开的场景文件（.yaml、.yml、.json）。</translation>
    </message>
    <message>
        <source>Policy SPEC to use instead of the file&apos;s, e.g. rr:quantum=4.</source>
        <translation>代替文件中调度算法的算法描述 SPEC，例如 rr:quantum=4。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>将窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1440x900).</source>
        <translation>--screenshot 使用的窗口尺寸（默认 1440x900）。</translation>
    </message>
    <message>
        <source>Show the state at this tick (default: the middle of the run).</source>
        <translation>显示该时刻的状态（默认：运行过程的中间）。</translation>
    </message>
    <message>
        <source>Tab to show: run or compare.</source>
        <translation>要显示的标签页：run 或 compare。</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>配色：system、light 或 dark。</translation>
    </message>
    <message>
        <source>Language, e.g. en or zh_CN (default: the system&apos;s).</source>
        <translation>界面语言，例如 en 或 zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>give at most one scenario file</source>
        <translation>最多只能指定一个场景文件</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml *.json);;All files (*)</source>
        <translation>场景文件 (*.yaml *.yml *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <source>expected CPU first: bursts start with a CPU burst, not &apos;%1&apos;</source>
        <translation>应先是 CPU：区间序列必须以 CPU 区间开始，而不是“%1”</translation>
    </message>
    <message>
        <source>CPU and I/O must alternate: &apos;%1&apos; is out of turn</source>
        <translation>CPU 与 I/O 必须交替出现：“%1”顺序不对</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number after it</source>
        <translation>“%1”后面需要一个数字</translation>
    </message>
    <message>
        <source>a burst must be a whole number &gt; 0: &apos;%1&apos;</source>
        <translation>区间长度必须是大于 0 的整数：“%1”</translation>
    </message>
    <message>
        <source>(first in row %1)</source>
        <translation>（首次出现在第 %1 行）</translation>
    </message>
</context>
<context>
    <name>schedlab::cli</name>
    <message>
        <source>real runs real processes and needs Linux; this schedlab-cli was built without it</source>
        <translation>real 运行真实进程，需要 Linux；此 schedlab-cli 构建时未包含它</translation>
    </message>
    <message>
        <source>unknown command %1; the commands are %2</source>
        <translation>未知命令 %1；可用的命令有 %2</translation>
    </message>
    <message>
        <source>unknown command %1 (did you mean &apos;%3&apos;?); the commands are %2</source>
        <translation>未知命令 %1（是不是想输入 &apos;%3&apos;？）；可用的命令有 %2</translation>
    </message>
    <message>
        <source>expected SPEC,SPEC,..., got no policy</source>
        <translation>应为 SPEC,SPEC,...，但没有给出任何策略</translation>
    </message>
    <message>
        <source>not a regular file (a pipe or a device); compare reads files and folders only</source>
        <translation>不是普通文件（是管道或设备）；compare 只读取文件和文件夹</translation>
    </message>
    <message>
        <source>--arrival-spread, --bursts, --io and --cpu-bursts together are too large: a process could end at 2^62 ticks or later</source>
        <translation>--arrival-spread、--bursts、--io 和 --cpu-bursts 合起来太大：某个进程可能在 2^62 个时钟周期或更晚才结束</translation>
    </message>
    <message>
        <source>--processes, --bursts, --io and --cpu-bursts together are too large: the bursts of all processes could add up to 2^62 ticks or more</source>
        <translation>--processes、--bursts、--io 和 --cpu-bursts 合起来太大：所有进程的突发时间总和可能达到 2^62 个时钟周期或更多</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>无法读取文件夹：%1</translation>
    </message>
    <message>
        <source>no .yaml, .yml or .json file in this folder</source>
        <translation>此文件夹中没有 .yaml、.yml 或 .json 文件</translation>
    </message>
    <message>
        <source>no file matches this pattern</source>
        <translation>没有与此模式匹配的文件</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: 通过</translation>
    </message>
    <message>
        <source>Run every file under every policy</source>
        <translation>在每个调度算法下运行每个文件</translation>
    </message>
    <message>
        <source>Scenario files, folders (searched recursively) or quoted patterns</source>
        <translation>场景文件、文件夹（递归查找）或加引号的通配模式</translation>
    </message>
    <message>
        <source>Comma-separated SPECs (default: each file&apos;s own policy)</source>
        <translation>以逗号分隔的 SPEC（默认：每个文件自己的调度算法）</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>Output file; - or none for stdout</source>
        <translation>输出文件；- 或不给出则写到标准输出</translation>
    </message>
    <message>
        <source>Files compared at once (default: one per core)</source>
        <translation>同时比较的文件数（默认：每个核一个）</translation>
    </message>
    <message>
        <source>Stop at the first bad file and print no rows (default: compare the rest)</source>
        <translation>遇到第一个有错的文件就停止，不输出任何行（默认：继续比较其余文件）</translation>
    </message>
    <message>
        <source>A random homework exercise, the same for a seed; --solve adds the answers</source>
        <translation>一道随机作业题，同一种子得到同一道题；--solve 附上答案</translation>
    </message>
    <message>
        <source>Random seed (0 .. 2^64-1)</source>
        <translation>随机种子（0 .. 2^64-1）</translation>
    </message>
    <message>
        <source>Policy SPEC, e.g. rr:quantum=2 (default: drawn from the seed)</source>
        <translation>调度算法 SPEC，如 rr:quantum=2（默认：由种子抽取）</translation>
    </message>
    <message>
        <source>Number of processes (default: 3 to 5)</source>
        <translation>进程数（默认：3 到 5）</translation>
    </message>
    <message>
        <source>Some processes do I/O between two CPU bursts</source>
        <translation>部分进程在两个 CPU 区间之间做 I/O</translation>
    </message>
    <message>
        <source>Print the worked answers too</source>
        <translation>同时输出解答过程</translation>
    </message>
    <message>
        <source>Language: en or zh_CN (default: from the locale)</source>
        <translation>语言：en 或 zh_CN（默认：取自区域设置）</translation>
    </message>
    <message>
        <source>Also write the scenario as an exercise file (.yaml or .json)</source>
        <translation>同时把场景写成练习文件（.yaml 或 .json）</translation>
    </message>
    <message>
        <source>Draw a chart as the app does (PNG, SVG or PDF), without a display</source>
        <translation>像应用程序那样绘制图表（PNG、SVG 或 PDF），无需显示器</translation>
    </message>
    <message>
        <source>Scenario file (.yaml, .yml or .json)</source>
        <translation>场景文件（.yaml、.yml 或 .json）</translation>
    </message>
    <message>
        <source>Image to write: .png, .svg or .pdf</source>
        <translation>要写出的图片：.png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>Policy SPEC overriding the file&apos;s, e.g. rr:quantum=4</source>
        <translation>代替文件中调度算法的 SPEC，如 rr:quantum=4</translation>
    </message>
    <message>
        <source>compare: the policies, SPEC,SPEC,... (default: the file&apos;s, fcfs, sjf, rr)</source>
        <translation>compare：要比较的调度算法，SPEC,SPEC,...（默认：文件自己的、fcfs、sjf、rr）</translation>
    </message>
    <message>
        <source>What to draw</source>
        <translation>要绘制的图表</translation>
    </message>
    <message>
        <source>states: the instant to show (default: mid-run); other charts: where to draw the &apos;now&apos; line</source>
        <translation>states：要显示的时刻（默认：运行中途）；其他图表：“当前”线画在何处</translation>
    </message>
    <message>
        <source>Where the picture goes: slide, print or handout</source>
        <translation>图片的用途：slide（幻灯片）、print（打印）或 handout（讲义）</translation>
    </message>
    <message>
        <source>Size in pixels WxH, overriding the preset&apos;s</source>
        <translation>以像素计的尺寸 宽x高，代替预设的尺寸</translation>
    </message>
    <message>
        <source>Resolution, overriding the preset&apos;s (same picture, more pixels)</source>
        <translation>分辨率，代替预设的分辨率（同样的图，更多像素）</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Title replacing the chart&apos;s own</source>
        <translation>代替图表自身标题的标题</translation>
    </message>
    <message>
        <source>Language of the labels, e.g. zh_CN (default: English)</source>
        <translation>标签的语言，如 zh_CN（默认：英文）</translation>
    </message>
    <message>
        <source>Length of each CPU burst</source>
        <translation>每个 CPU 区间的长度</translation>
    </message>
    <message>
        <source>Length of each I/O burst</source>
        <translation>每个 I/O 区间的长度</translation>
    </message>
    <message>
        <source>Share of processes that do I/O (0..1)</source>
        <translation>做 I/O 的进程所占比例（0..1）</translation>
    </message>
    <message>
        <source>CPU bursts of a process that does I/O</source>
        <translation>做 I/O 的进程的 CPU 区间数</translation>
    </message>
    <message>
        <source>Write a random scenario, the same for a seed</source>
        <translation>写出一个随机场景，同一种子得到同一场景</translation>
    </message>
    <message>
        <source>Number of processes</source>
        <translation>进程数</translation>
    </message>
    <message>
        <source>Arrivals uniform in [0, T] (default 10 x processes)</source>
        <translation>到达时间在 [0, T] 内均匀分布（默认 T 为进程数的 10 倍）</translation>
    </message>
    <message>
        <source>yaml or json (default: by -o extension, else yaml)</source>
        <translation>yaml 或 json（默认：按 -o 的扩展名，否则 yaml）</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>SUBCOMMAND</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>Positionals</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>INT</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>UINT</source>
        <translation>非负整数</translation>
    </message>
    <message>
        <source>FLOAT</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Subcommands</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>Print this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>Display program version information and exit</source>
        <translation>显示程序版本信息并退出</translation>
    </message>
    <message>
        <source>The following argument was not expected: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>The following arguments were not expected: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>A subcommand is required</source>
        <translation>需要一个子命令</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>缺少必需的 %1</translation>
    </message>
    <message>
        <source>%1: %2 required %3 missing</source>
        <translation>%1：缺少 %2 个必需的 %3 值</translation>
    </message>
    <message>
        <source>%1: %2 not in {%3}</source>
        <translation>%1：%2 不在 {%3} 之中</translation>
    </message>
    <message>
        <source>%1: Value %2 not in range %3 to %4</source>
        <translation>%1：值 %2 不在 %3 到 %4 的范围内</translation>
    </message>
    <message>
        <source>Could not convert: %1 = %2</source>
        <translation>无法转换：%1 = %2</translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation>%1 需要 %2</translation>
    </message>
    <message>
        <source>%1 excludes %2</source>
        <translation>%1 与 %2 不能同时使用</translation>
    </message>
    <message>
        <source>%1: expected %2, got &apos;%3&apos;</source>
        <translation>%1：应为 %2，而不是“%3”</translation>
    </message>
    <message>
        <source>Run with %1 for more information.</source>
        <translation>加上 %1 运行以查看更多信息。</translation>
    </message>
    <message>
        <source>Language of text output and messages: en or zh_CN (default: the locale&apos;s, LC_ALL / LC_MESSAGES / LANG)</source>
        <translation>文本输出和消息的语言：en 或 zh_CN（默认：区域设置的语言，取自 LC_ALL / LC_MESSAGES / LANG）</translation>
    </message>
    <message>
        <source>SchedLab: CPU scheduling simulator for teaching</source>
        <translation>SchedLab：用于教学的 CPU 调度模拟器</translation>
    </message>
    <message>
        <source>Run the scenario as real Linux processes and compare with the simulation</source>
        <translation>把场景作为真实的 Linux 进程运行，并与模拟对比</translation>
    </message>
    <message>
        <source>kernel: Linux decides; dispatch: a user-space dispatcher applies the policy; lockstep: the simulation&apos;s slices in its order</source>
        <translation>kernel：由 Linux 决定；dispatch：由用户空间的分派程序执行调度算法；lockstep：按模拟的顺序运行模拟的各时间片</translation>
    </message>
    <message>
        <source>Milliseconds of real time per tick</source>
        <translation>每个时钟对应的真实毫秒数</translation>
    </message>
    <message>
        <source>Simulate one scenario and report the result</source>
        <translation>模拟一个场景并报告结果</translation>
    </message>
    <message>
        <source>Same-instant rules overriding the file&apos;s</source>
        <translation>代替文件中设置的同一时刻规则</translation>
    </message>
    <message>
        <source>Check scenario files and print every problem</source>
        <translation>检查场景文件并列出每个问题</translation>
    </message>
    <message>
        <source>Scenario files</source>
        <translation>场景文件</translation>
    </message>
</context>
<context>
    <name>schedlab::engine</name>
    <message>
        <source>shortest next burst: %1</source>
        <translation>下一个 CPU 区间最短：%1</translation>
    </message>
    <message>
        <source>shortest remaining: %1</source>
        <translation>剩余时间最短：%1</translation>
    </message>
    <message>
        <source>best priority: %1</source>
        <translation>优先级最高：%1</translation>
    </message>
    <message>
        <source>highest response ratio: %1</source>
        <translation>响应比最高：%1</translation>
    </message>
    <message>
        <source>first in the highest non-empty level: %1</source>
        <translation>最高非空队列中的第一个：%1</translation>
    </message>
    <message>
        <source>first in the ready queue</source>
        <translation>就绪队列中的第一个</translation>
    </message>
    <message>
        <source>it is ahead of it in level %1</source>
        <translation>在第 %1 级队列中排在它前面</translation>
    </message>
    <message>
        <source>level %1 &lt; %2</source>
        <translation>级别 %1 &lt; %2</translation>
    </message>
    <message>
        <source>remaining %1 &lt; %2</source>
        <translation>剩余时间 %1 &lt; %2</translation>
    </message>
    <message>
        <source>priority %1 &lt; %2</source>
        <translation>优先级 %1 &lt; %2</translation>
    </message>
    <message>
        <source>CPU %1 runs %2 (%3)</source>
        <translation>CPU %1 运行 %2（%3）</translation>
    </message>
    <message>
        <source>%1 continues on CPU %2 (nothing else is ready)</source>
        <translation>%1 继续在 CPU %2 上运行（没有其他就绪进程）</translation>
    </message>
    <message>
        <source>%1 preempts %2 on CPU %3: %4</source>
        <translation>%1 在 CPU %3 上抢占 %2：%4</translation>
    </message>
    <message>
        <source>%1 used up its quantum on CPU %2</source>
        <translation>%1 在 CPU %2 上用完了时间片</translation>
    </message>
    <message>
        <source>%1 used up its allotment and moves down to level %2</source>
        <translation>%1 用完了配额，降到第 %2 级</translation>
    </message>
    <message>
        <source>priority boost: every process goes back to the top level</source>
        <translation>优先级提升：所有进程回到最高级</translation>
    </message>
    <message>
        <source>%1 starts I/O for 1 tick</source>
        <translation>%1 开始 I/O，持续 1 个时钟</translation>
    </message>
    <message>
        <source>%1 starts I/O for %2 ticks</source>
        <translation>%1 开始 I/O，持续 %2 个时钟</translation>
    </message>
    <message>
        <source>%1 finishes</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>CPU %1 stays idle while %2 does I/O (multiprogramming is off)</source>
        <translation>CPU %1 在 %2 做 I/O 期间保持空闲（未开启多道程序）</translation>
    </message>
    <message>
        <source>First come, first served</source>
        <translation>先来先服务（FCFS）</translation>
    </message>
    <message>
        <source>Runs processes in the order they became ready, each to the end of its CPU burst.</source>
        <translation>按进程进入就绪状态的先后顺序运行，每个进程运行到其 CPU 区间结束。</translation>
    </message>
    <message>
        <source>Highest response ratio next</source>
        <translation>高响应比优先（HRRN）</translation>
    </message>
    <message>
        <source>Runs the ready process with the largest (waiting + burst) / burst, to the end of its burst.</source>
        <translation>运行响应比（等待时间 + 区间）/ 区间最大的就绪进程，直到其区间结束。</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Highest priority first. A blank quantum runs each burst out; a blank allotment never moves a process down.</source>
        <translation>最高优先级在前。时间片留空表示每个区间运行到结束；配额留空表示进程永不降级。</translation>
    </message>
    <message>
        <source>Boost every</source>
        <translation>优先级提升间隔</translation>
    </message>
    <message>
        <source>Every so many ticks all processes go back to the top level</source>
        <translation>每隔这么多个时钟，所有进程回到最高级</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Fresh quantum and allotment after I/O (reset_on_io)</source>
        <translation>I/O 后重置时间片和配额（reset_on_io）</translation>
    </message>
    <message>
        <source>A process that starts I/O gets a fresh quantum and allotment at its level</source>
        <translation>开始 I/O 的进程在本级重新获得完整的时间片和配额</translation>
    </message>
    <message>
        <source>Back from I/O to the front of its level (io_to_front)</source>
        <translation>I/O 返回后排到本级队首（io_to_front）</translation>
    </message>
    <message>
        <source>A process back from I/O goes to the front of its level&apos;s queue</source>
        <translation>I/O 完成的进程排到本级队列的队首</translation>
    </message>
    <message>
        <source>Demote only if others wait (stay_if_alone)</source>
        <translation>仅当有进程等待时降级（stay_if_alone）</translation>
    </message>
    <message>
        <source>Preempt for a higher level (preempt)</source>
        <translation>高级别就绪时立即抢占（preempt）</translation>
    </message>
    <message>
        <source>A process whose quantum ends while no other process is ready stays at its level (Stallings)</source>
        <translation>时间片用完时若没有其他就绪进程，进程留在本级（Stallings）</translation>
    </message>
    <message>
        <source>When off, a process that becomes ready at a higher level waits until the running process&apos;s quantum ends (Stallings)</source>
        <translation>关闭时，进入更高优先级队列的进程要等正在运行的进程用完时间片（Stallings）</translation>
    </message>
    <message>
        <source>%1 used up its quantum but stays at level %3: no other process is ready</source>
        <translation>%1 用完了时间片，但留在第 %3 级：没有其他就绪进程</translation>
    </message>
    <message>
        <source>%1 waits at level %3 until the running process&apos;s quantum ends</source>
        <translation>%1 在第 %3 级等待，直到正在运行的进程用完时间片</translation>
    </message>
    <message>
        <source>Multilevel feedback queue</source>
        <translation>多级反馈队列（MLFQ）</translation>
    </message>
    <message>
        <source>Serves the highest non-empty level first, round robin within a level; a process that uses up its allotment moves down.</source>
        <translation>先服务最高的非空级别，同级内时间片轮转；用完配额的进程降一级。</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>老化</translation>
    </message>
    <message>
        <source>Every so many ticks of waiting improve a priority by one</source>
        <translation>每等待这么多个时钟，优先级提高一级</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Priority (non-preemptive)</source>
        <translation>优先级（非抢占）</translation>
    </message>
    <message>
        <source>Runs the ready process with the best priority, to the end of its CPU burst.</source>
        <translation>运行优先级最高的就绪进程，直到其 CPU 区间结束。</translation>
    </message>
    <message>
        <source>Priority (preemptive)</source>
        <translation>优先级（抢占）</translation>
    </message>
    <message>
        <source>Runs the ready process with the best priority; a newcomer with a strictly better one takes the CPU.</source>
        <translation>运行优先级最高的就绪进程；优先级严格更高的新就绪进程会抢占 CPU。</translation>
    </message>
    <message>
        <source>Quantum</source>
        <translation>时间片</translation>
    </message>
    <message>
        <source>Ticks a process runs before it goes to the back of the queue</source>
        <translation>进程回到队尾之前运行的时钟数</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>时间片轮转（RR）</translation>
    </message>
    <message>
        <source>Runs processes in turn from one queue, each for at most one quantum, then to the back of the queue.</source>
        <translation>从一个队列中轮流运行进程，每次最多一个时间片，然后回到队尾。</translation>
    </message>
    <message>
        <source>Shortest job first (non-preemptive)</source>
        <translation>短作业优先（非抢占，SJF）</translation>
    </message>
    <message>
        <source>Runs the ready process with the shortest next CPU burst, to the end of that burst.</source>
        <translation>运行下一个 CPU 区间最短的就绪进程，直到该区间结束。</translation>
    </message>
    <message>
        <source>Shortest remaining time first</source>
        <translation>最短剩余时间优先（SRTF）</translation>
    </message>
    <message>
        <source>Runs the process with the least CPU time left in its burst; a newcomer with strictly less takes the CPU.</source>
        <translation>运行当前区间剩余 CPU 时间最少的进程；剩余时间严格更少的新就绪进程会抢占 CPU。</translation>
    </message>
    <message>
        <source>%1 finished %2 ms later than simulated (%3 ms instead of %4 ms); it first ran at %5 ms instead of %6 ms.</source>
        <translation>%1 比模拟晚 %2 毫秒结束（%3 毫秒，而不是 %4 毫秒）；它首次运行在 %5 毫秒，而不是 %6 毫秒。</translation>
    </message>
    <message>
        <source>%1 finished %2 ms later than simulated (%3 ms instead of %4 ms).</source>
        <translation>%1 比模拟晚 %2 毫秒结束（%3 毫秒，而不是 %4 毫秒）。</translation>
    </message>
    <message>
        <source>%1 finished %2 ms earlier than simulated (%3 ms instead of %4 ms); it first ran at %5 ms instead of %6 ms.</source>
        <translation>%1 比模拟早 %2 毫秒结束（%3 毫秒，而不是 %4 毫秒）；它首次运行在 %5 毫秒，而不是 %6 毫秒。</translation>
    </message>
    <message>
        <source>%1 finished %2 ms earlier than simulated (%3 ms instead of %4 ms).</source>
        <translation>%1 比模拟早 %2 毫秒结束（%3 毫秒，而不是 %4 毫秒）。</translation>
    </message>
    <message>
        <source>The real run dispatched the processes in the simulated order (%1 dispatches).</source>
        <translation>真实运行按模拟的顺序分派了各进程（共 %1 次分派）。</translation>
    </message>
    <message>
        <source>The order differs from dispatch %1 on: the simulation ran %2, the real run %3.</source>
        <translation>从第 %1 次分派起顺序不同：模拟运行 %2，真实运行 %3。</translation>
    </message>
    <message>
        <source>The order differs from dispatch %1 on: the simulation ran %2, the real run %3 (the simulation has events of several processes at one moment %4 times, first at %5 ms: there a real run may rightly pick another order).</source>
        <translation>从第 %1 次分派起顺序不同：模拟运行 %2，真实运行 %3（模拟中有 %4 处多个进程的事件落在同一时刻，第一处在 %5 毫秒：在那里真实运行选择另一种顺序也是合理的）。</translation>
    </message>
    <message>
        <source>Switching from one child to the next took %1 us on average (%2 switches); the simulation counts none.</source>
        <translation>从一个子进程切换到下一个平均耗时 %1 微秒（%2 次切换）；模拟不计这部分时间。</translation>
    </message>
    <message>
        <source>no permission for real-time policies: the children ran under SCHED_OTHER, so other programs on their CPU may have delayed them (run as root or grant CAP_SYS_NICE for SCHED_FIFO)</source>
        <translation>没有使用实时调度策略的权限：子进程在 SCHED_OTHER 下运行，所以同一 CPU 上的其他程序可能推迟了它们（以 root 运行，或授予 CAP_SYS_NICE 以使用 SCHED_FIFO）</translation>
    </message>
    <message>
        <source>kernel mode: %1 ran as SCHED_RR with the system&apos;s timeslice set to %2 ms (asked for %3 ms; the kernel counts it in its own ticks). Linux ends a timeslice at a scheduler tick, so a first slice can be cut short at a tick boundary, and a process that blocked keeps the unused rest of its slice when it wakes, where the textbook gives it a fresh quantum</source>
        <translation>内核模式：%1 以 SCHED_RR 运行，系统时间片设为 %2 毫秒（请求 %3 毫秒；内核以自己的节拍计数）。Linux 在调度节拍处结束时间片，所以第一个时间片可能在节拍边界被截短；阻塞过的进程醒来时保留其时间片未用完的部分，而教材会给它一个新的时间片</translation>
    </message>
    <message>
        <source>kernel mode: %1 ran as SCHED_FIFO with priorities ordered by next CPU burst (shorter is higher); a running child is raised above all others so that nothing preempts it</source>
        <translation>内核模式：%1 以 SCHED_FIFO 运行，优先级按下一个 CPU 区间排序（越短越高）；正在运行的子进程被提升到所有进程之上，使任何进程都不能抢占它</translation>
    </message>
    <message>
        <source>kernel mode: %1 ran as SCHED_FIFO at one priority: each child runs until it blocks or ends, in the order the children became ready</source>
        <translation>内核模式：%1 以单一优先级的 SCHED_FIFO 运行：每个子进程运行到阻塞或结束为止，按子进程就绪的顺序</translation>
    </message>
    <message>
        <source>kernel mode: %1 has no Linux counterpart, so the children ran under SCHED_OTHER, Linux&apos;s default fair scheduler, for contrast: it shares the CPU by fairness, so expect another order</source>
        <translation>内核模式：%1 在 Linux 中没有对应的策略，所以子进程在 SCHED_OTHER（Linux 默认的公平调度器）下运行作为对照：它按公平性分享 CPU，顺序会与模拟不同</translation>
    </message>
    <message>
        <source>dispatch mode: the engine&apos;s %1 decided in user space as the real events happened; quanta were counted in each child&apos;s own CPU time, and stopping one child and continuing another (SIGSTOP, SIGCONT) costs real time</source>
        <translation>分派模式：引擎的 %1 在用户空间中随真实事件做出决定；时间片按每个子进程自己的 CPU 时间计算，停止一个子进程并继续另一个（SIGSTOP、SIGCONT）要花费真实的时间</translation>
    </message>
    <message>
        <source>lockstep mode: the simulation&apos;s slices ran in its order, each for its length of CPU time; only the real overheads differ</source>
        <translation>锁步模式：模拟的各个时间片按模拟的顺序运行，每段运行其长度的 CPU 时间；只有真实的开销不同</translation>
    </message>
    <message>
        <source>%1; the children ran under SCHED_OTHER instead</source>
        <translation>%1；子进程改在 SCHED_OTHER 下运行</translation>
    </message>
    <message>
        <source>%1 waits for its child %2 to end</source>
        <translation>%1 等待子进程 %2 结束</translation>
    </message>
    <message>
        <source>%1 waits for lock %2, held by %3 since t=%4</source>
        <translation>%1 等待锁 %2，该锁自 t=%4 起由 %3 持有</translation>
    </message>
    <message>
        <source>%1 waits: queue %2 is full (%3 items)</source>
        <translation>%1 等待：队列 %2 已满（%3 项）</translation>
    </message>
    <message>
        <source>%1 waits: queue %2 is empty</source>
        <translation>%1 等待：队列 %2 为空</translation>
    </message>
    <message>
        <source>%1 waits until every item put on %2 is done (%3 not done)</source>
        <translation>%1 等待放入 %2 的每一项都完成（%3 项未完成）</translation>
    </message>
    <message>
        <source>%1 takes lock %2</source>
        <translation>%1 获得锁 %2</translation>
    </message>
    <message>
        <source>%1 gets lock %2, released by %3</source>
        <translation>%1 获得锁 %2，由 %3 释放</translation>
    </message>
    <message>
        <source>%1 goes on: every item put on %2 is done</source>
        <translation>%1 继续：放入 %2 的每一项都已完成</translation>
    </message>
    <message>
        <source>%1 puts an item on %2 (%3 in the queue)</source>
        <translation>%1 向 %2 放入一项（队列中 %3 项）</translation>
    </message>
    <message>
        <source>%1 gets an item from %2 (%3 left in the queue)</source>
        <translation>%1 从 %2 取出一项（队列中剩 %3 项）</translation>
    </message>
    <message>
        <source>%1 starts its child %2</source>
        <translation>%1 启动子进程 %2</translation>
    </message>
    <message>
        <source>%1 releases lock %2</source>
        <translation>%1 释放锁 %2</translation>
    </message>
    <message>
        <source>%1 releases lock %2 to %3, the first waiting</source>
        <translation>%1 释放锁 %2，交给第一个等待者 %3</translation>
    </message>
    <message>
        <source>%1 marks an item of %2 done (%3 not done)</source>
        <translation>%1 将 %2 的一项标记为完成（%3 项未完成）</translation>
    </message>
    <message>
        <source>%1 gives up the CPU (io 0)</source>
        <translation>%1 让出 CPU（io 0）</translation>
    </message>
    <message>
        <source>%1 ends and is a zombie until its parent %2 joins it</source>
        <translation>%1 结束，成为僵尸进程，直到父进程 %2 join 它</translation>
    </message>
    <message>
        <source>%1 reaps %2</source>
        <translation>%1 回收 %2</translation>
    </message>
    <message>
        <source>%1 kills %2</source>
        <translation>%1 终止 %2</translation>
    </message>
    <message>
        <source>%1 is a daemon and ends with its parent %2</source>
        <translation>%1 是守护进程，随父进程 %2 一起结束</translation>
    </message>
    <message>
        <source>%1 is an orphan: %2 adopts it</source>
        <translation>%1 成为孤儿进程：由 %2 收养</translation>
    </message>
    <message>
        <source>deadlock: %1 waits for %2, which nobody can release</source>
        <translation>死锁：%1 等待 %2，但没有进程能释放它</translation>
    </message>
    <message>
        <source>deadlock: %1 waits for %2 held by %3</source>
        <translation>死锁：%1 等待 %3 持有的 %2</translation>
    </message>
    <message>
        <source>%1 runs at priority %2, inherited from %3, which waits for lock %4</source>
        <translation>%1 以优先级 %2 运行，继承自等待锁 %4 的 %3</translation>
    </message>
    <message>
        <source>%1 goes back to priority %2</source>
        <translation>%1 恢复为优先级 %2</translation>
    </message>
    <message>
        <source>%1 marks an item of %2 done, but none is unfinished: it ends with an error</source>
        <translation>%1 将 %2 的一项标记为完成，但没有未完成的项：它因错误而结束</translation>
    </message>
</context>
<context>
    <name>schedlab::exercise</name>
    <message>
        <source>Exercise (seed %1)</source>
        <translation>练习（种子 %1）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>bursts</source>
        <translation>CPU/I/O 区间</translation>
    </message>
    <message>
        <source>Policy: %1 — %2</source>
        <translation>调度算法：%1 — %2</translation>
    </message>
    <message>
        <source>One CPU. At one instant, new arrivals join the ready queue first, then processes back from I/O, then the process whose quantum just ran out; ties go to the earlier arrival, then to the process listed first.</source>
        <translation>单个 CPU。同一时刻，新到达的进程先进入就绪队列，其次是 I/O 完成返回的进程，最后是时间片刚用完的进程；条件相同时先到达者优先，再按列表顺序。</translation>
    </message>
    <message>
        <source>One CPU. At one instant, new arrivals join the ready queue before processes back from I/O; ties go to the earlier arrival, then to the process listed first.</source>
        <translation>单个 CPU。同一时刻，新到达的进程先于 I/O 完成返回的进程进入就绪队列；条件相同时先到达者优先，再按列表顺序。</translation>
    </message>
    <message>
        <source>A smaller priority number means a higher priority.</source>
        <translation>优先级数值越小，优先级越高。</translation>
    </message>
    <message>
        <source>A larger priority number means a higher priority.</source>
        <translation>优先级数值越大，优先级越高。</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Draw the Gantt chart: which process runs at each tick, until every process has finished.</source>
        <translation>画出甘特图：每个时钟运行哪个进程，直到所有进程终止。</translation>
    </message>
    <message>
        <source>For each process, give its response time (first run - arrival), turnaround time (completion - arrival) and waiting time (ticks spent ready; time blocked on I/O does not count).</source>
        <translation>求每个进程的响应时间（首次运行 - 到达）、周转时间（完成 - 到达）和等待时间（处于就绪状态的时钟数；因 I/O 阻塞的时间不计入）。</translation>
    </message>
    <message>
        <source>Give the average response, turnaround and waiting times.</source>
        <translation>求平均响应时间、平均周转时间和平均等待时间。</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>首次运行</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <source>Times of each process (in ticks):</source>
        <translation>各进程的时间（单位：时钟）：</translation>
    </message>
    <message>
        <source>How the scheduler decided:</source>
        <translation>调度器的决策：</translation>
    </message>
    <message>
        <source>Processes (times in ticks):</source>
        <translation>进程（时间单位：时钟）：</translation>
    </message>
    <message>
        <source>The scenario as a file (open it in SchedLab to answer step by step in Exercise mode, or write it with -o FILE):</source>
        <translation>场景文件（在 SchedLab 中打开即可在练习模式中逐步作答，或用 -o FILE 写入文件）：</translation>
    </message>
    <message>
        <source>To see the answers: %1</source>
        <translation>查看答案：%1</translation>
    </message>
</context>
<context>
    <name>schedlab::models::BatchModel</name>
    <message>
        <source>Scenario file, relative to the chosen folder</source>
        <translation>场景文件（相对于所选文件夹）</translation>
    </message>
    <message>
        <source>The scenario&apos;s name in the file</source>
        <translation>文件中的场景名称</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
</context>
<context>
    <name>schedlab::models::CompareModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Best of the compared policies</source>
        <translation>所比较算法中的最优值</translation>
    </message>
    <message>
        <source>Scheduling policy with its parameters</source>
        <translation>调度算法及其参数</translation>
    </message>
    <message>
        <source>Average ticks a process spends ready, waiting for a CPU (lower is better)</source>
        <translation>进程处于就绪状态、等待 CPU 的平均时钟数（越低越好）</translation>
    </message>
    <message>
        <source>Average ticks from arrival to completion (lower is better)</source>
        <translation>从到达到完成的平均时钟数（越低越好）</translation>
    </message>
    <message>
        <source>Average ticks from arrival to first run (lower is better)</source>
        <translation>从到达到首次运行的平均时钟数（越低越好）</translation>
    </message>
    <message>
        <source>Share of CPU time spent running processes (higher is better)</source>
        <translation>CPU 用于运行进程的时间比例（越高越好）</translation>
    </message>
    <message>
        <source>Dispatches of a different process than the CPU ran last (lower is better)</source>
        <translation>调度到与 CPU 上一次运行的进程不同的进程的次数（越低越好）</translation>
    </message>
    <message>
        <source>Processes finished per tick (higher is better)</source>
        <translation>每个时钟完成的进程数（越高越好）</translation>
    </message>
    <message>
        <source>Longest time any process spent waiting (lower is better)</source>
        <translation>所有进程中最长的等待时间（越低越好）</translation>
    </message>
    <message>
        <source>Ticks from the first arrival to the last completion (lower is better)</source>
        <translation>从第一个进程到达到最后一个进程完成的时钟数（越低越好）</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>调度算法</translation>
    </message>
    <message>
        <source>Avg waiting</source>
        <translation>平均等待时间</translation>
    </message>
    <message>
        <source>Avg turnaround</source>
        <translation>平均周转时间</translation>
    </message>
    <message>
        <source>Avg response</source>
        <translation>平均响应时间</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>上下文切换次数</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Max waiting</source>
        <translation>最长等待时间</translation>
    </message>
    <message>
        <source>Makespan</source>
        <translation>总完成时间</translation>
    </message>
</context>
<context>
    <name>schedlab::models::CompareRunner</name>
    <message>
        <source>The workload cannot be simulated: %1</source>
        <translation>无法模拟该负载：%1</translation>
    </message>
</context>
<context>
    <name>schedlab::models::DecisionLogModel</name>
    <message>
        <source>t=%1: %2</source>
        <translation>t=%1：%2</translation>
    </message>
</context>
<context>
    <name>schedlab::models::ExerciseSession</name>
    <message>
        <source>%1 arrives</source>
        <translation>%1 到达</translation>
    </message>
    <message>
        <source>%1 is back from I/O</source>
        <translation>%1 完成 I/O，回到就绪队列</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>(you wrote %1)</source>
        <translation>（你填的是 %1）</translation>
    </message>
    <message>
        <source>%1: response = first run - arrival = %2 - %3 = %4 %5</source>
        <translation>%1：响应时间 = 首次运行 - 到达 = %2 - %3 = %4 %5</translation>
    </message>
    <message>
        <source>%1: turnaround = completion - arrival = %2 - %3 = %4 %5</source>
        <translation>%1：周转时间 = 完成 - 到达 = %2 - %3 = %4 %5</translation>
    </message>
    <message>
        <source>%1: waiting = turnaround - CPU - I/O = %2 - %3 - %4 = %5 %6</source>
        <translation>%1：等待时间 = 周转时间 - CPU - I/O = %2 - %3 - %4 = %5 %6</translation>
    </message>
    <message>
        <source>%1: waiting = ticks spent ready = %2 %3</source>
        <translation>%1：等待时间 = 处于就绪状态的时钟数 = %2 %3</translation>
    </message>
</context>
<context>
    <name>schedlab::models::LatestJobBase</name>
    <message>
        <source>The simulation failed: %1</source>
        <translation>模拟失败：%1</translation>
    </message>
</context>
<context>
    <name>schedlab::models::MetricsModel</name>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>首次运行</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>周转</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>Process name</source>
        <translation>进程名</translation>
    </message>
    <message>
        <source>Tick at which the process arrives</source>
        <translation>进程到达的时刻</translation>
    </message>
    <message>
        <source>First tick the process actually runs</source>
        <translation>进程第一次实际运行的时刻</translation>
    </message>
    <message>
        <source>Tick at which its last CPU burst ends</source>
        <translation>最后一个 CPU 区间结束的时刻</translation>
    </message>
    <message>
        <source>Response = first run - arrival</source>
        <translation>响应时间 = 首次运行 - 到达</translation>
    </message>
    <message>
        <source>Turnaround = completion - arrival</source>
        <translation>周转时间 = 完成 - 到达</translation>
    </message>
    <message>
        <source>Ticks spent in the ready state so far (never blocked time)</source>
        <translation>到目前为止处于就绪状态的时钟数（不含阻塞时间）</translation>
    </message>
    <message>
        <source>Total CPU burst ticks</source>
        <translation>CPU 区间总时钟数</translation>
    </message>
    <message>
        <source>Total I/O burst ticks</source>
        <translation>I/O 区间总时钟数</translation>
    </message>
    <message>
        <source>Average so far</source>
        <translation>目前平均</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>练习：%1</translation>
    </message>
    <message>
        <source>%1: %2 processes, makespan %3, average waiting %4</source>
        <translation>%1：%2 个进程，总完成时间 %3，平均等待时间 %4</translation>
    </message>
    <message>
        <source>%1: %2 processes, t = %3, average waiting so far %4</source>
        <translation>%1：%2 个进程，t = %3，目前平均等待时间 %4</translation>
    </message>
    <message>
        <source>Hidden until you check your times in the Exercise panel</source>
        <translation>在练习面板中核对你的时间之后才显示</translation>
    </message>
    <message>
        <source>Not known yet at t = %1</source>
        <translation>t = %1 时尚不知道</translation>
    </message>
    <message>
        <source>Averages over all processes</source>
        <translation>全部进程的平均值</translation>
    </message>
    <message>
        <source>Mean of the %1 of %2 processes whose value is known at t = %3</source>
        <translation>在 t = %3 时已知该值的 %1 个进程（共 %2 个）的平均值</translation>
    </message>
</context>
<context>
    <name>schedlab::models::PolicyChecklistModel</name>
    <message>
        <source>%1
    %2</source>
        <translation>%1
    %2</translation>
    </message>
</context>
<context>
    <name>schedlab::models::ProcessTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>CPU/I/O 区间</translation>
    </message>
    <message>
        <source>Unique name of the process</source>
        <translation>进程的唯一名称</translation>
    </message>
    <message>
        <source>Tick at which the process arrives; blank means 0</source>
        <translation>进程到达的时刻；留空表示 0</translation>
    </message>
    <message>
        <source>Priority, compared as the priority order says; blank means 0</source>
        <translation>优先级，按“优先级顺序”设置进行比较；留空表示 0</translation>
    </message>
    <message>
        <source>CPU and I/O bursts, alternating, starting and ending with CPU: 5 3 2, [5, 3, 2] or CPU 5, IO 3, CPU 2</source>
        <translation>CPU 区间与 I/O 区间交替出现，以 CPU 区间开始并结束：5 3 2、[5, 3, 2] 或 CPU 5, IO 3, CPU 2</translation>
    </message>
</context>
<context>
    <name>schedlab::models::RealErrorModel</name>
    <message>
        <source>The kernel&apos;s count of switches away from the process</source>
        <translation>内核统计的该进程被切换走的次数</translation>
    </message>
    <message>
        <source>Milliseconds from tick 0; error = real - simulated</source>
        <translation>从时刻 0 起的毫秒数；误差 = 真实 - 模拟</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>First run (sim)</source>
        <translation>首次运行（模拟）</translation>
    </message>
    <message>
        <source>First run (real)</source>
        <translation>首次运行（真实）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>Completion (sim)</source>
        <translation>完成（模拟）</translation>
    </message>
    <message>
        <source>Completion (real)</source>
        <translation>完成（真实）</translation>
    </message>
    <message>
        <source>Waiting (sim)</source>
        <translation>等待（模拟）</translation>
    </message>
    <message>
        <source>Waiting (real)</source>
        <translation>等待（真实）</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>自愿切换</translation>
    </message>
    <message>
        <source>Involuntary</source>
        <translation>非自愿切换</translation>
    </message>
</context>
<context>
    <name>schedlab::models::RealRunner</name>
    <message>
        <source>The real run did not finish: %1</source>
        <translation>真实运行未完成：%1</translation>
    </message>
</context>
<context>
    <name>schedlab::models::ScenarioDocument</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>bursts</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <source>Add process %1</source>
        <translation>添加进程 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n processes</source>
        <translation>
            <numerusform>删除 %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n processes</source>
        <translation>
            <numerusform>复制 %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>上移 %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>下移 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n processes up</source>
        <translation>
            <numerusform>上移 %n 个进程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n processes down</source>
        <translation>
            <numerusform>下移 %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Use policy %1</source>
        <translation>使用调度算法 %1</translation>
    </message>
    <message>
        <source>Change %1 to %2</source>
        <translation>将%1改为 %2</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>开启%1</translation>
    </message>
    <message>
        <source>Turn off %1</source>
        <translation>关闭%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Change the policy</source>
        <translation>修改调度算法</translation>
    </message>
    <message>
        <source>Rename the scenario to %1</source>
        <translation>将场景重命名为 %1</translation>
    </message>
    <message>
        <source>Change CPUs to %1</source>
        <translation>将 CPU 数改为 %1</translation>
    </message>
    <message>
        <source>Change context switch to %1</source>
        <translation>将上下文切换时间改为 %1</translation>
    </message>
    <message>
        <source>Turn on multiprogramming</source>
        <translation>开启多道程序</translation>
    </message>
    <message>
        <source>Turn off multiprogramming</source>
        <translation>关闭多道程序</translation>
    </message>
    <message>
        <source>Use the OSTEP rules</source>
        <translation>使用 OSTEP 规则</translation>
    </message>
    <message>
        <source>Use the textbook rules</source>
        <translation>使用教科书规则</translation>
    </message>
    <message>
        <source>Larger priority first</source>
        <translation>优先级数值大者优先</translation>
    </message>
    <message>
        <source>Smaller priority first</source>
        <translation>优先级数值小者优先</translation>
    </message>
</context>
<context>
    <name>schedlab::models::SimulationRunner</name>
    <message>
        <source>The workload cannot be simulated: %1</source>
        <translation>无法模拟该负载：%1</translation>
    </message>
</context>
<context>
    <name>schedlab::report</name>
    <message>
        <source>* best of the file&apos;s rows: lowest, or highest for cpu_utilization, throughput and fairness</source>
        <translation>* 同一文件各行中的最优值：取最低，CPU 利用率、吞吐量和公平性取最高</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>调度算法</translation>
    </message>
    <message>
        <source>avg_response</source>
        <translation>平均响应时间</translation>
    </message>
    <message>
        <source>avg_turnaround</source>
        <translation>平均周转时间</translation>
    </message>
    <message>
        <source>avg_waiting</source>
        <translation>平均等待时间</translation>
    </message>
    <message>
        <source>max_waiting</source>
        <translation>最长等待时间</translation>
    </message>
    <message>
        <source>cpu_utilization</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>context_switches</source>
        <translation>上下文切换次数</translation>
    </message>
    <message>
        <source>makespan</source>
        <translation>总完成时间</translation>
    </message>
    <message>
        <source>p95_waiting</source>
        <translation>等待时间 p95</translation>
    </message>
    <message>
        <source>fairness</source>
        <translation>公平性</translation>
    </message>
    <message>
        <source>p95_turnaround</source>
        <translation>周转时间 p95</translation>
    </message>
    <message>
        <source>a process (too many to name)</source>
        <translation>某个进程（进程太多，无法逐一标出）</translation>
    </message>
    <message>
        <source>Gantt chart (1 column = 1 tick)</source>
        <translation>甘特图（1 列 = 1 个时钟）</translation>
    </message>
    <message>
        <source>Gantt chart (1 column = %1 ticks, each showing what filled most of them)</source>
        <translation>甘特图（1 列 = %1 个时钟，显示其中占时最多的状态）</translation>
    </message>
    <message>
        <source>running on that CPU</source>
        <translation>在该 CPU 上运行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>blocked (I/O)</source>
        <translation>阻塞（I/O）</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>context switch</source>
        <translation>上下文切换</translation>
    </message>
    <message>
        <source>CPU rows:</source>
        <translation>CPU 行：</translation>
    </message>
    <message>
        <source>Gantt chart: nothing ran</source>
        <translation>甘特图：没有进程运行</translation>
    </message>
    <message>
        <source>(%1 processes: rows per process are drawn for at most %2)</source>
        <translation>（%1 个进程：最多为 %2 个进程逐行绘制）</translation>
    </message>
    <message>
        <source>(unnamed scenario)</source>
        <translation>（未命名场景）</translation>
    </message>
    <message>
        <source>1 CPU</source>
        <translation>1 个 CPU</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 个 CPU</translation>
    </message>
    <message>
        <source>%1  |  policy %2  |  %3</source>
        <translation>%1  |  调度算法 %2  |  %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>首次运行</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>cpu</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>io</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>max %1, p95 %2</source>
        <translation>最大 %1，p95 %2</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>%1 ticks (%2 to %3)</source>
        <translation>%1 个时钟（%2 到 %3）</translation>
    </message>
    <message>
        <source>cpu utilization</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <source>per CPU</source>
        <translation>各 CPU</translation>
    </message>
    <message>
        <source>%1 processes per tick</source>
        <translation>每个时钟 %1 个进程</translation>
    </message>
    <message>
        <source>context switches</source>
        <translation>上下文切换次数</translation>
    </message>
    <message>
        <source>fairness (Jain)</source>
        <translation>公平性（Jain 指数）</translation>
    </message>
    <message>
        <source>Gantt chart (1 column = 1 ms)</source>
        <translation>甘特图（1 列 = 1 毫秒）</translation>
    </message>
    <message>
        <source>Gantt chart (1 column = %1 ms, each showing what filled most of them)</source>
        <translation>甘特图（1 列 = %1 毫秒，每列显示其中占多数的状态）</translation>
    </message>
    <message>
        <source>%1  |  policy %2  |  real run, %3 mode, %4, 1 tick = %5 ms, children on CPU %6</source>
        <translation>%1  |  调度算法 %2  |  真实运行，%3 模式，%4，1 个时钟 = %5 毫秒，子进程在 CPU %6 上</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Real (measured)</source>
        <translation>真实（实测）</translation>
    </message>
    <message>
        <source>sim</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>error</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>切换次数</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>vol</source>
        <translation>自愿</translation>
    </message>
    <message>
        <source>invol</source>
        <translation>非自愿</translation>
    </message>
    <message>
        <source>Times in ms from tick 0 (error = real - simulated); switches: the kernel&apos;s counters</source>
        <translation>时间以毫秒计，从时钟 0 起（误差 = 真实 - 模拟）；切换次数：内核的计数器</translation>
    </message>
    <message>
        <source>mean |completion error|</source>
        <translation>平均 |完成时间误差|</translation>
    </message>
    <message>
        <source>%1 ms (max %2 ms)</source>
        <translation>%1 毫秒（最大 %2 毫秒）</translation>
    </message>
    <message>
        <source>%1 ms simulated, %2 ms real</source>
        <translation>模拟 %1 毫秒，真实 %2 毫秒</translation>
    </message>
    <message>
        <source>same order</source>
        <translation>顺序相同</translation>
    </message>
    <message>
        <source>yes (%1 dispatches simulated, %2 real)</source>
        <translation>是（模拟 %1 次分派，真实 %2 次）</translation>
    </message>
    <message>
        <source>no (%1 dispatches simulated, %2 real)</source>
        <translation>否（模拟 %1 次分派，真实 %2 次）</translation>
    </message>
    <message>
        <source>same process running</source>
        <translation>运行同一进程</translation>
    </message>
    <message>
        <source>%1% of the time</source>
        <translation>%1% 的时间</translation>
    </message>
    <message>
        <source>switch overhead</source>
        <translation>切换开销</translation>
    </message>
    <message>
        <source>%1 us on average over %2 switches</source>
        <translation>%2 次切换平均 %1 微秒</translation>
    </message>
    <message>
        <source>simulated events within 2 ms</source>
        <translation>模拟中 2 毫秒内的多个事件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>at %1 ms</source>
        <translation>在 %1 毫秒</translation>
    </message>
    <message>
        <source>Largest differences</source>
        <translation>最大的差异</translation>
    </message>
    <message>
        <source>How this run differs from the textbook</source>
        <translation>这次运行与教材的不同之处</translation>
    </message>
    <message>
        <source>A line without a name under a row: processes that ran there too briefly to fill a column of the row</source>
        <translation>行下方没有名称的一行：在那里运行时间太短、在该行占不到一列的进程</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <source>join</source>
        <translation>join</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>blocked time by reason (ticks)</source>
        <translation>按原因统计的阻塞时间（tick）</translation>
    </message>
    <message>
        <source>deadlock at t=%1: %2</source>
        <translation>t=%1 时死锁：%2</translation>
    </message>
    <message>
        <source>waiting (join, lock, queue)</source>
        <translation>等待（join、锁、队列）</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::BatchWindow</name>
    <message>
        <source>Batch comparison - SchedLab</source>
        <translation>批量比较 - SchedLab</translation>
    </message>
    <message>
        <source>Choose a folder of scenario files, check the policies, then Run.</source>
        <translation>选择场景文件所在的文件夹，勾选调度算法，然后点击“运行”。</translation>
    </message>
    <message>
        <source>Comparison cancelled; the table shows the previous one.</source>
        <translation>比较已取消；表格显示的是上一次的结果。</translation>
    </message>
    <message>
        <source>A folder with .yaml, .yml or .json scenario files</source>
        <translation>包含 .yaml、.yml 或 .json 场景文件的文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>选择(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>调度算法</translation>
    </message>
    <message>
        <source>Add a SPEC, e.g. rr:quantum=2</source>
        <translation>添加 SPEC，例如 rr:quantum=2</translation>
    </message>
    <message>
        <source>A policy with parameters as schedlab-cli --policies takes it; Enter adds it</source>
        <translation>带参数的调度算法，写法与 schedlab-cli --policies 相同；按回车添加</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Every file under every policy (best of each file marked)</source>
        <translation>每个文件在每种算法下的结果（标出每个文件的最佳值）</translation>
    </message>
    <message>
        <source>The selected file</source>
        <translation>所选文件</translation>
    </message>
    <message>
        <source>Problems (files with errors are left out)</source>
        <translation>问题（有错误的文件不参与比较）</translation>
    </message>
    <message>
        <source>Policy added and checked.</source>
        <translation>已添加并勾选该算法。</translation>
    </message>
    <message>
        <source>Not a policy: %1</source>
        <translation>不是有效的算法：%1</translation>
    </message>
    <message>
        <source>Folder of scenario files</source>
        <translation>场景文件所在的文件夹</translation>
    </message>
    <message>
        <source>Check at least one policy.</source>
        <translation>请至少勾选一种算法。</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>请先选择文件夹。</translation>
    </message>
    <message>
        <source>%1: cannot read the folder: %2</source>
        <translation>%1：无法读取该文件夹：%2</translation>
    </message>
    <message>
        <source>%1: no .yaml, .yml or .json file in this folder.</source>
        <translation>%1：该文件夹中没有 .yaml、.yml 或 .json 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s)...</source>
        <translation>
            <numerusform>正在比较 %n 个文件...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) compared; %1 could not be used (listed below).</source>
        <translation>
            <numerusform>已比较 %n 个文件；%1 个文件无法使用（见下方列表）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) compared.</source>
        <translation>
            <numerusform>已比较 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;table</source>
        <translation>导出表格(&amp;T)</translation>
    </message>
    <message>
        <source>As &amp;CSV...</source>
        <translation>CSV 格式(&amp;C)...</translation>
    </message>
    <message>
        <source>As &amp;Markdown...</source>
        <translation>Markdown 格式(&amp;M)...</translation>
    </message>
    <message>
        <source>Export this &amp;chart...</source>
        <translation>导出此图表(&amp;C)...</translation>
    </message>
    <message>
        <source>Export &amp;every chart...</source>
        <translation>导出全部图表(&amp;E)...</translation>
    </message>
    <message>
        <source>One picture per file, at the slide preset, into a folder</source>
        <translation>每个文件一张图（幻灯片预设），保存到一个文件夹</translation>
    </message>
    <message>
        <source>%1: policies compared</source>
        <translation>%1：调度算法比较</translation>
    </message>
    <message>
        <source>Table saved to %1.</source>
        <translation>表格已保存到 %1。</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Folder for the charts (one per file)</source>
        <translation>保存图表的文件夹（每个文件一张）</translation>
    </message>
    <message>
        <source>Export every chart</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 张图表保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>关闭此窗口（Esc）</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::ChartRegistry</name>
    <message>
        <source>There is no run to draw.</source>
        <translation>没有可绘制的运行结果。</translation>
    </message>
    <message>
        <source>There is no comparison to draw.</source>
        <translation>没有可绘制的比较结果。</translation>
    </message>
    <message>
        <source>The levels chart needs an mlfq run; this one is %1.</source>
        <translation>队列级别图需要 MLFQ 的运行结果；当前为 %1。</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <source>Policy comparison</source>
        <translation>调度算法比较</translation>
    </message>
    <message>
        <source>Queues and process states</source>
        <translation>队列与进程状态</translation>
    </message>
    <message>
        <source>MLFQ levels over time</source>
        <translation>MLFQ 队列级别随时间变化</translation>
    </message>
    <message>
        <source>Unknown chart kind &apos;%1&apos;.</source>
        <translation>未知的图表类型“%1”。</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::ChartStyle</name>
    <message>
        <source>1 tick</source>
        <translation>1 个时钟</translation>
    </message>
    <message>
        <source>%1 ticks</source>
        <translation>%1 个时钟</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::CompareChart</name>
    <message>
        <source>Average times in ticks (lower is better)</source>
        <translation>平均时间，单位为时钟（越低越好）</translation>
    </message>
    <message>
        <source>CPU utilization (higher is better)</source>
        <translation>CPU 利用率（越高越好）</translation>
    </message>
    <message>
        <source>Context switches (lower is better)</source>
        <translation>上下文切换次数（越低越好）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>上下文切换</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::CompareTab</name>
    <message>
        <source>Policies to compare</source>
        <translation>要比较的调度算法</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>开始比较</translation>
    </message>
    <message>
        <source>Open a scenario to compare policies.</source>
        <translation>打开一个场景以比较调度算法。</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Save the table as schedlab-cli compare writes it, for a spreadsheet or a report</source>
        <translation>按 schedlab-cli compare 的输出格式保存表格，用于电子表格或报告</translation>
    </message>
    <message>
        <source>As &amp;CSV...</source>
        <translation>CSV 格式(&amp;C)...</translation>
    </message>
    <message>
        <source>As &amp;Markdown...</source>
        <translation>Markdown 格式(&amp;M)...</translation>
    </message>
    <message>
        <source>Table saved to %1.</source>
        <translation>表格已保存到 %1。</translation>
    </message>
    <message>
        <source>Check at least one policy.</source>
        <translation>请至少勾选一个调度算法。</translation>
    </message>
    <message>
        <source>Simulating the checked policies…</source>
        <translation>正在模拟勾选的调度算法…</translation>
    </message>
    <message>
        <source>Policies compared</source>
        <translation>调度算法比较结果</translation>
    </message>
    <message>
        <source>%1: policies compared</source>
        <translation>%1：调度算法比较结果</translation>
    </message>
    <message>
        <source>Policies compared: %1. The best value of each metric is bold and starred.</source>
        <translation>已比较的调度算法：%1。每项指标的最优值以粗体和星号标出。</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::CompareTableExport</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Markdown table (*.md *.markdown)</source>
        <translation>Markdown 表格 (*.md *.markdown)</translation>
    </message>
    <message>
        <source>%1: unknown table type; use .csv or .md.</source>
        <translation>%1：未知的表格类型；请使用 .csv 或 .md。</translation>
    </message>
    <message>
        <source>There is no comparison to export yet.</source>
        <translation>还没有可导出的比较结果。</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
    <message>
        <source>Export the comparison table</source>
        <translation>导出比较表格</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::Examples</name>
    <message>
        <source>A computer lab&apos;s morning: ten programs, some CPU-bound, some waiting on the disk or the network, under round robin with a quantum of 3 on one CPU.</source>
        <translation>机房的一个上午：十个程序，有的是 CPU 密集型，有的在等待磁盘或网络，在单个 CPU 上以时间片 3 的轮转调度运行。</translation>
    </message>
    <message>
        <source>The default classroom scenario: four programs, two of them I/O-heavy, under round robin.</source>
        <translation>默认的课堂场景：四个程序，其中两个以 I/O 为主，采用时间片轮转调度。</translation>
    </message>
    <message>
        <source>Stallings, Operating Systems, highest response ratio next.</source>
        <translation>Stallings《操作系统》，高响应比优先。</translation>
    </message>
    <message>
        <source>Starvation and the priority boost: two interactive jobs keep the top level busy, so the long job sinks to the bottom and would wait until they finish; every 40 ticks the boost brings it back to the top and it gets a turn.</source>
        <translation>饥饿与优先级提升：两个交互式作业让最高级队列一直忙碌，长作业沉到最底层，本要等到它们结束；每 40 个时钟，提升把它带回顶层，它才轮到运行。</translation>
    </message>
    <message>
        <source>Gaming the scheduler: &quot;gamer&quot; does I/O just before its 10-tick quantum runs out, so under the textbook rules (allotments count only full quanta) it never leaves the top level and &quot;batch&quot; only runs while gamer waits for its 1-tick I/O.</source>
        <translation>愚弄调度器：“gamer”总在它 10 个时钟的时间片用完前做 I/O，所以按教材规则（配额只计完整的时间片）它永远留在最高级，“batch”只能在 gamer 等待 1 个时钟的 I/O 时运行。</translation>
    </message>
    <message>
        <source>Three jobs that compute, wait for the disk, and compute again.</source>
        <translation>三个作业：计算、等待磁盘、再计算。</translation>
    </message>
    <message>
        <source>OSTEP chapter 8 homework: mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0 -B 50 -c Answer (mlfq.py since September 2023): J0 response 0, turnaround 220; J1 response 10, turnaround 40.</source>
        <translation>OSTEP 第 8 章作业：mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0 -B 50 -c。答案（2023 年 9 月以后的 mlfq.py）：J0 响应时间 0，周转时间 220；J1 响应时间 10，周转时间 40。</translation>
    </message>
    <message>
        <source>Stallings, Operating Systems: Internals and Design Principles, feedback scheduling with q = 1.</source>
        <translation>Stallings《操作系统：精髓与设计原理》，反馈调度，q = 1。</translation>
    </message>
    <message>
        <source>Stallings, Operating Systems: Internals and Design Principles, feedback scheduling with q = 2^i (1 at the top level, then 2, 4, 8).</source>
        <translation>Stallings《操作系统：精髓与设计原理》，反馈调度，q = 2^i（最高级为 1，然后 2、4、8）。</translation>
    </message>
    <message>
        <source>Silberschatz, Operating System Concepts, FCFS: P1 24, P2 3, P3 3 all at 0.</source>
        <translation>Silberschatz《操作系统概念》，先来先服务：P1 24、P2 3、P3 3，都在 0 时刻到达。</translation>
    </message>
    <message>
        <source>Silberschatz, non-preemptive priority (smaller number = higher priority), all at 0.</source>
        <translation>Silberschatz，非抢占式优先级（数字越小优先级越高），都在 0 时刻到达。</translation>
    </message>
    <message>
        <source>Silberschatz, round robin with quantum 4: P1 24, P2 3, P3 3 all at 0.</source>
        <translation>Silberschatz，时间片轮转，时间片为 4：P1 24、P2 3、P3 3，都在 0 时刻到达。</translation>
    </message>
    <message>
        <source>Silberschatz, SJF: bursts 6, 8, 7, 3 all at 0.</source>
        <translation>Silberschatz，短作业优先：CPU 区间 6、8、7、3，都在 0 时刻到达。</translation>
    </message>
    <message>
        <source>Silberschatz, shortest remaining time first with arrivals.</source>
        <translation>Silberschatz，最短剩余时间优先，进程先后到达。</translation>
    </message>
    <message>
        <source>Two identical CPUs sharing one ready queue, shortest remaining time first, with I/O.</source>
        <translation>两个相同的 CPU 共享一个就绪队列，最短剩余时间优先，带 I/O。</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::ExercisePanel</name>
    <message>
        <source>Finished: %1 of %2 decisions right.</source>
        <translation>完成：%2 个决策中答对 %1 个。</translation>
    </message>
    <message>
        <source>Exercise mode is off. Open an exercise file or turn it on in the Exercise menu.</source>
        <translation>练习模式已关闭。打开练习文件，或在“练习”菜单中开启。</translation>
    </message>
    <message>
        <source>&lt;b&gt;t = %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;t = %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Which process runs next on CPU %1?</source>
        <translation>CPU %1 接下来运行哪个进程？</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <source>Skipped: %1 runs.</source>
        <translation>已跳过：运行的是 %1。</translation>
    </message>
    <message>
        <source>Not quite: you chose %1, but %2 runs.</source>
        <translation>不对：你选了 %1，但运行的是 %2。</translation>
    </message>
    <message>
        <source>Score: %1 / %2</source>
        <translation>得分：%1 / %2</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>周转时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>%1 of %2 times right.</source>
        <translation>%2 个时间中答对 %1 个。</translation>
    </message>
    <message>
        <source>Save as exercise</source>
        <translation>另存为练习</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml *.json)</source>
        <translation>场景 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>告诉我</translation>
    </message>
    <message>
        <source>Go on with the engine&apos;s choice; counts as wrong</source>
        <translation>按调度器的选择继续；计为答错</translation>
    </message>
    <message>
        <source>Check my times</source>
        <translation>检查我的答案</translation>
    </message>
    <message>
        <source>Fill in each process&apos;s response, turnaround and waiting time (in ticks), then check them.</source>
        <translation>填写每个进程的响应时间、周转时间和等待时间（单位：时钟），然后检查。</translation>
    </message>
    <message>
        <source>&amp;Exercise Mode</source>
        <translation>练习模式(&amp;E)</translation>
    </message>
    <message>
        <source>Hide the run&apos;s future and choose each next process yourself</source>
        <translation>隐藏运行的后续过程，由你选择每个下一个运行的进程</translation>
    </message>
    <message>
        <source>&amp;Restart Exercise</source>
        <translation>重新开始练习(&amp;R)</translation>
    </message>
    <message>
        <source>Save as E&amp;xercise...</source>
        <translation>另存为练习(&amp;X)...</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG (vector, text as text)</source>
        <translation>SVG（矢量，文字可选）</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>Slide (1920 x 1080, large text)</source>
        <translation>幻灯片（1920 x 1080，大字）</translation>
    </message>
    <message>
        <source>Print (A4 width, 300 dpi)</source>
        <translation>打印（A4 宽，300 dpi）</translation>
    </message>
    <message>
        <source>Handout (half A4 width, 300 dpi)</source>
        <translation>讲义（半个 A4 宽，300 dpi）</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>At the playback instant (tick %1)</source>
        <translation>画在播放时刻（时钟 %1）</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>%1 × %2 in at %3 dpi</source>
        <translation>%1 × %2 英寸，%3 dpi</translation>
    </message>
    <message>
        <source>There is nothing to draw.</source>
        <translation>没有可绘制的内容。</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::FileProblemsPage</name>
    <message>
        <source>&lt;a href=&quot;%1:%2&quot;&gt;line %1, column %2&lt;/a&gt;: %3</source>
        <translation>&lt;a href=&quot;%1:%2&quot;&gt;第 %1 行，第 %2 列&lt;/a&gt;：%3</translation>
    </message>
    <message>
        <source>%1: error: cannot save: %2</source>
        <translation>%1: error: 无法保存：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). Fix them here, then save and open it again.</source>
        <translation>
            <numerusform>%1 有 %n 个问题。请在这里修正，然后保存并重新打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save and open</source>
        <translation>保存并打开(&amp;S)</translation>
    </message>
    <message>
        <source>Write this text to %1 and open it</source>
        <translation>把这段文本写入 %1 并打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::GanttChart</name>
    <message>
        <source>Time (ticks)</source>
        <translation>时间（时钟）</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Running on CPU %1</source>
        <translation>在 CPU %1 上运行</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Blocked (I/O)</source>
        <translation>阻塞（I/O）</translation>
    </message>
    <message>
        <source>Context switch</source>
        <translation>上下文切换</translation>
    </message>
    <message>
        <source>CPU idle</source>
        <translation>CPU 空闲</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>running on CPU %1</source>
        <translation>在 CPU %1 上运行</translation>
    </message>
    <message>
        <source>ready (waiting for a CPU)</source>
        <translation>就绪（等待 CPU）</translation>
    </message>
    <message>
        <source>blocked on I/O</source>
        <translation>因 I/O 阻塞</translation>
    </message>
    <message>
        <source>context switch on CPU %1</source>
        <translation>CPU %1 上的上下文切换</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>switching to %1</source>
        <translation>切换到 %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>[%1, %2) — %3</source>
        <translation>[%1, %2) — %3</translation>
    </message>
    <message>
        <source>Colour by process</source>
        <translation>按进程着色</translation>
    </message>
    <message>
        <source>Colour by CPU</source>
        <translation>按 CPU 着色</translation>
    </message>
    <message>
        <source>Fit the whole run</source>
        <translation>显示整个运行过程</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::IntervalPlottable</name>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::LevelsChart</name>
    <message>
        <source>Time (ticks)</source>
        <translation>时间（时钟）</translation>
    </message>
    <message>
        <source>Level %1 (q=%2)</source>
        <translation>第 %1 级（q=%2）</translation>
    </message>
    <message>
        <source>MLFQ level of each process</source>
        <translation>各进程的 MLFQ 队列级别</translation>
    </message>
    <message>
        <source>%1: MLFQ level of each process</source>
        <translation>%1：各进程的 MLFQ 队列级别</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>提升</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::MainWindow</name>
    <message>
        <source>Fit &amp;all rows</source>
        <translation>显示所有行(&amp;A)</translation>
    </message>
    <message>
        <source>Every process and CPU row in view, however thin</source>
        <translation>所有进程行和 CPU 行都显示出来，无论多窄</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Compare policies</source>
        <translation>比较调度算法</translation>
    </message>
    <message>
        <source>Real run</source>
        <translation>真实运行</translation>
    </message>
    <message>
        <source>Real runs start real processes and need Linux; this SchedLab was built without them.</source>
        <translation>真实运行要启动真实的进程，需要 Linux；此 SchedLab 构建时未包含该功能。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Now: queues and states</source>
        <translation>当前：队列与状态</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>调度决策</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;Chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>练习(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Colour the Gantt chart by &amp;CPU</source>
        <translation>甘特图按 CPU 着色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fit charts to the run</source>
        <translation>图表适应整个运行过程(&amp;F)</translation>
    </message>
    <message>
        <source>Simulation cancelled</source>
        <translation>模拟已取消</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>模拟失败：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the simulation that is running</source>
        <translation>停止正在进行的模拟</translation>
    </message>
    <message>
        <source>Fix the marked problems to run the scenario</source>
        <translation>修正标出的问题后才能运行该场景</translation>
    </message>
    <message numerus="yes">
        <source>Simulating %n process(es)...</source>
        <translation>
            <numerusform>正在模拟 %n 个进程…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] - SchedLab</source>
        <translation>%1[*] - SchedLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export Chart...</source>
        <translation>导出图表(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Batch Compare...</source>
        <translation>批量比较(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建场景</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message numerus="yes">
        <source> (%n warning(s))</source>
        <translation>
            <numerusform>（%n 个警告）</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1%2</source>
        <translation>已打开 %1%2</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The scenario was not saved.</source>
        <translation>场景未保存。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 有尚未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>There is no run to export yet.</source>
        <translation>还没有可导出的运行结果。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>未复制：%1</translation>
    </message>
    <message>
        <source>there is no run yet.</source>
        <translation>还没有运行结果。</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard (1920 × 1080).</source>
        <translation>图表已复制到剪贴板（1920 × 1080）。</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>%1 中的问题</translation>
    </message>
    <message>
        <source>%1 could not be opened: fix it on the first tab</source>
        <translation>无法打开 %1：请在第一个标签页中修正</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::PlaybackBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>To the start</source>
        <translation>回到开始</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>1 tick/s</source>
        <translation>每秒 1 个时钟</translation>
    </message>
    <message>
        <source>%1 ticks/s</source>
        <translation>每秒 %1 个时钟</translation>
    </message>
    <message>
        <source>1 instant/s</source>
        <translation>每秒 1 个时刻</translation>
    </message>
    <message>
        <source>%1 instants/s</source>
        <translation>每秒 %1 个时刻</translation>
    </message>
    <message>
        <source>Playback speed: ticks of simulated time per second, or instants (times at which something happens) per second</source>
        <translation>播放速度：每秒模拟的时钟数，或每秒经过的时刻数（有事件发生的时间点）</translation>
    </message>
    <message>
        <source>Simulated time: drag to move through the run</source>
        <translation>模拟时间：拖动以浏览整个运行过程</translation>
    </message>
    <message>
        <source>Jump to a time (ticks)</source>
        <translation>跳转到某个时间（时钟）</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>before t = 0</source>
        <translation>t = 0 之前</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::PolicyPanel</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Shown in titles and reports</source>
        <translation>显示在标题和报告中</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Identical CPUs sharing one ready queue</source>
        <translation>共享一个就绪队列的相同 CPU</translation>
    </message>
    <message>
        <source>Ticks a CPU spends switching to a different process</source>
        <translation>CPU 切换到另一个进程所花费的时钟数</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>教科书</translation>
    </message>
    <message>
        <source>OSTEP</source>
        <translation>OSTEP</translation>
    </message>
    <message>
        <source>The order of events that happen at the same tick</source>
        <translation>同一时刻发生的事件的处理顺序</translation>
    </message>
    <message>
        <source>Smaller first (1 beats 5)</source>
        <translation>数值小者优先（1 优于 5）</translation>
    </message>
    <message>
        <source>Larger first (5 beats 1)</source>
        <translation>数值大者优先（5 优于 1）</translation>
    </message>
    <message>
        <source>&amp;Multiprogramming</source>
        <translation>多道程序(&amp;M)</translation>
    </message>
    <message>
        <source>When off, a CPU stays idle while its process is blocked on I/O</source>
        <translation>关闭时，进程因 I/O 阻塞期间 CPU 保持空闲</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>CPU 数(&amp;C)：</translation>
    </message>
    <message>
        <source>Context &amp;switch:</source>
        <translation>上下文切换(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Priority &amp;order:</source>
        <translation>优先级顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>调度算法</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>调度算法(&amp;P)：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Quantum</source>
        <translation>时间片</translation>
    </message>
    <message>
        <source>Allotment</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>删除级别</translation>
    </message>
    <message>
        <source>A level&apos;s quantum and allotment are whole numbers, or blank for none; &apos;%1&apos; is not.</source>
        <translation>每一级的时间片和配额须为整数，或留空表示无；“%1”不是。</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::PresentationMode</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large fonts and only the charts and the current instant, for a classroom</source>
        <translation>全屏、大字号，只显示图表和当前时刻，供课堂使用</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::ProcessStates</name>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>僵尸</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::QueueView</name>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>priority boost: all to level 0</source>
        <translation>优先级提升：全部回到第 0 级</translation>
    </message>
    <message>
        <source>Blocked on I/O, next back on the left</source>
        <translation>阻塞于 I/O，左边先返回</translation>
    </message>
    <message>
        <source>Level %1 (q=%2)</source>
        <translation>第 %1 级（q=%2）</translation>
    </message>
    <message>
        <source>Ready queue (q=%1), next to run on the left</source>
        <translation>就绪队列（q=%1），下一个运行的在左边</translation>
    </message>
    <message>
        <source>Ready queue, next to run on the left</source>
        <translation>就绪队列，下一个运行的在左边</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>changed at this instant</source>
        <translation>此刻状态发生变化</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>level %1, since %2</source>
        <translation>第 %1 级，自 %2 起</translation>
    </message>
    <message>
        <source>running since %1</source>
        <translation>自 %1 起运行</translation>
    </message>
    <message>
        <source>switching in</source>
        <translation>正在切换</translation>
    </message>
    <message>
        <source>held during its I/O</source>
        <translation>等待其 I/O（保留）</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>I/O %1</source>
        <translation>I/O %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>还有 %1 个</translation>
    </message>
    <message>
        <source>Run a scenario to see its queues</source>
        <translation>运行一个场景以查看其队列</translation>
    </message>
    <message>
        <source>%1: %2, arrived at %3</source>
        <translation>%1：%2，到达时间 %3</translation>
    </message>
    <message>
        <source>, level %1</source>
        <translation>，第 %1 级</translation>
    </message>
    <message>
        <source>before t = 0</source>
        <translation>t = 0 之前</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::RealRunChartText</name>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Real (measured)</source>
        <translation>真实（实测）</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <source>Real run beside the simulation</source>
        <translation>真实运行与模拟对照</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>lockstep</source>
        <translation>锁步</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::RealRunTab</name>
    <message>
        <source>Cancelled: every child process was stopped.</source>
        <translation>已取消：所有子进程都已停止。</translation>
    </message>
    <message>
        <source>Kernel: Linux decides</source>
        <translation>内核：由 Linux 调度</translation>
    </message>
    <message>
        <source>Dispatch: SchedLab&apos;s policy decides</source>
        <translation>分派：由 SchedLab 的算法调度</translation>
    </message>
    <message>
        <source>Lockstep: the simulation&apos;s own order</source>
        <translation>同步：按模拟的顺序</translation>
    </message>
    <message>
        <source> ms per tick</source>
        <translation> 毫秒/时钟</translation>
    </message>
    <message>
        <source>Run for real</source>
        <translation>真实运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export charts...</source>
        <translation>导出图表...</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>SchedLab&apos;s own policy stops and continues the real processes as their events really happen.</source>
        <translation>SchedLab 自己的调度算法在事件真实发生时暂停和继续真实进程。</translation>
    </message>
    <message>
        <source>The real processes run the simulation&apos;s slices in its order: only the real overheads differ.</source>
        <translation>真实进程按模拟的顺序执行其时间片：只有真实开销不同。</translation>
    </message>
    <message>
        <source>Linux schedules the real processes: fcfs as SCHED_FIFO, rr as SCHED_RR, sjf as SCHED_FIFO by burst length, others under the default scheduler.</source>
        <translation>由 Linux 调度真实进程：fcfs 用 SCHED_FIFO，rr 用 SCHED_RR，sjf 用按区间长度排优先级的 SCHED_FIFO，其他算法用默认调度器。</translation>
    </message>
    <message>
        <source>One real process per scenario process, all on one CPU; about %1 s.</source>
        <translation>每个场景进程对应一个真实进程，全部在同一个 CPU 上；约 %1 秒。</translation>
    </message>
    <message>
        <source>This scenario cannot run for real: %1</source>
        <translation>该场景不能真实运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>Running %n real process(es)...</source>
        <translation>
            <numerusform>正在运行 %n 个真实进程...</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean completion error %1 ms; same order as the simulation: %2; the same process ran %3% of the time.</source>
        <translation>平均完成时间误差 %1 毫秒；与模拟顺序相同：%2；%3% 的时间运行的是同一个进程。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::RunPage</name>
    <message>
        <source>Show the CPU &amp;utilization chart</source>
        <translation>显示 CPU 利用率图(&amp;U)</translation>
    </message>
    <message>
        <source>Hide it to give the Gantt chart the whole tab</source>
        <translation>隐藏它，让甘特图占满整个标签页</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::ScenarioEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>CPU/I/O 区间</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>设置：%1</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a process after the selected one</source>
        <translation>在选中的进程后添加一个进程</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected processes (Delete)</source>
        <translation>删除选中的进程（Delete）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected processes below them</source>
        <translation>在选中的进程下方复制它们</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected processes up (earlier in file order)</source>
        <translation>上移选中的进程（在文件中更靠前）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected processes down (later in file order)</source>
        <translation>下移选中的进程（在文件中更靠后）</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>……还有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schedlab::ui::StaleBanner</name>
    <message>
        <source>The scenario has problems: these charts show the last valid scenario. Fix the marked problems in the Scenario panel to run it again.</source>
        <translation>场景有问题：这些图表显示的是上一个有效的场景。请修正场景面板中标出的问题，以便重新运行。</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::StateDiagram</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>admit</source>
        <translation>接纳</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>timeout / preempt</source>
        <translation>超时 / 抢占</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation>等待 I/O</translation>
    </message>
    <message>
        <source>I/O done</source>
        <translation>I/O 完成</translation>
    </message>
    <message>
        <source>Run a scenario to see its process states</source>
        <translation>运行一个场景以查看进程状态</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::StatesChart</name>
    <message>
        <source>%1 at t = %2</source>
        <translation>%1，t = %2</translation>
    </message>
    <message>
        <source>%1 — %2 at t = %3</source>
        <translation>%1 — %2，t = %3</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::TickSuffix</name>
    <message numerus="yes">
        <source> tick(s)</source>
        <comment>the unit after a number of ticks in a spin box</comment>
        <translation>
            <numerusform> 个时钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schedlab::ui::TimeCursor</name>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
</context>
<context>
    <name>schedlab::ui::UtilizationChart</name>
    <message>
        <source>Fold the utilization chart to give the Gantt chart its height</source>
        <translation>折叠利用率图，把高度让给甘特图</translation>
    </message>
    <message>
        <source>Show the utilization chart</source>
        <translation>显示利用率图</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Moving window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>Cumulative: busy so far ÷ time so far. Moving window: busy ÷ time over the last window of ticks.</source>
        <translation>累计：至今忙碌时间 ÷ 至今总时间。滑动窗口：最近一个窗口内的忙碌时间 ÷ 窗口时长。</translation>
    </message>
    <message>
        <source>Utilization:</source>
        <translation>利用率：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Time (ticks)</source>
        <translation>时间（时钟）</translation>
    </message>
    <message>
        <source>Busy (%)</source>
        <translation>忙碌（%）</translation>
    </message>
    <message>
        <source>Blocked on I/O</source>
        <translation>因 I/O 阻塞</translation>
    </message>
    <message>
        <source>CPU utilization · cumulative</source>
        <translation>CPU 利用率 · 累计</translation>
    </message>
    <message>
        <source>CPU utilization · last %1</source>
        <translation>CPU 利用率 · 最近 %1</translation>
    </message>
    <message>
        <source>On I/O</source>
        <translation>I/O 中</translation>
    </message>
    <message>
        <source>All CPUs</source>
        <translation>所有 CPU</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>t = %1 · %2 % busy</source>
        <translation>t = %1 · %2% 忙碌</translation>
    </message>
</context>
</TS>
