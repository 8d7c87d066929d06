<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CodeBrowser</name>
    <message>
        <source>%1: no SIP response in RFC 3398</source>
        <translation>%1：RFC 3398 中没有对应的 SIP 响应</translation>
    </message>
    <message>
        <source>%1: RFC 3398, section 7.2.4.1</source>
        <translation>%1：RFC 3398，第 7.2.4.1 节</translation>
    </message>
    <message>
        <source>%1 is not a registered code; a UAC treats it as %2</source>
        <translation>%1 不是已注册的状态码；UAC 将其视为 %2</translation>
    </message>
    <message numerus="yes">
        <source>show %n more that mention it only in the description</source>
        <translation>
            <numerusform>显示另外 %n 个仅在描述中提到的状态码</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配结果</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as %1: %2</source>
        <comment>copied as FORMAT: WHAT</comment>
        <translation>已复制为%1：%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason：%1</translation>
    </message>
    <message>
        <source>Not in the catalog: %1</source>
        <translation>目录中没有：%1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.

Try a number such as 486, a prefix such as 48, a class such as 4xx, words from a name or description, a PBX cause name such as USER_BUSY, or a line from a trace such as a Reason header.</source>
        <translation>没有与“%1”匹配的结果。

可以试试数字（如 486）、前缀（如 48）、类别（如 4xx）、名称或描述中的词语、PBX 原因值名称（如 USER_BUSY），或跟踪中的一行（如 Reason 头域）。</translation>
    </message>
    <message>
        <source>Search codes (486, 4xx), words, USER_BUSY, or paste a line</source>
        <translation>搜索代码（486、4xx）、词语、USER_BUSY，或粘贴一行</translation>
    </message>
    <message>
        <source>Type a code, a prefix such as 48, a class such as 4xx, words, or a PBX cause name; or paste a status line, a Reason or Warning header, or a log line. Esc clears the search; Down moves into the results.</source>
        <translation>输入代码、前缀（如 48）、类别（如 4xx）、词语或 PBX 原因值名称；也可以粘贴状态行、Reason 或 Warning 头域，或一行日志。Esc 清除搜索；向下键进入结果。</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>SIP response codes, warning codes and ISDN causes, each grouped by class; the selected entry is described in the detail pane</source>
        <translation>SIP 响应码、告警码和 ISDN 原因值，各按类别分组；所选条目的说明显示在详情面板中</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning：%1</translation>
    </message>
</context>
<context>
    <name>CodeModel</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 个状态码</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>已弃用：%1</translation>
    </message>
    <message>
        <source>Not registered with IANA: %1</source>
        <translation>未在 IANA 注册：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>状态说明</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s)</source>
        <translation>
            <numerusform>%1 / %n 个状态码</numerusform>
        </translation>
    </message>
    <message>
        <source>Defined by a PBX, not by Q.850: %1</source>
        <translation>由 PBX 定义，并非 Q.850 所定义：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>CodeSheet</name>
    <message>
        <source>English; not yet translated</source>
        <translation>英文；尚未翻译</translation>
    </message>
    <message>
        <source> (</source>
        <comment>opening bracket before a reference</comment>
        <translation>（</translation>
    </message>
    <message>
        <source>)</source>
        <comment>closing bracket after a reference</comment>
        <translation>）</translation>
    </message>
    <message>
        <source>Registered with IANA</source>
        <translation>已在 IANA 注册</translation>
    </message>
    <message>
        <source>Deprecated (still in the IANA registry)</source>
        <translation>已弃用（仍在 IANA 注册表中）</translation>
    </message>
    <message>
        <source>Not registered with IANA (historical)</source>
        <translation>未在 IANA 注册（历史状态码）</translation>
    </message>
    <message>
        <source>creates or confirms the dialog</source>
        <translation>创建或确认对话</translation>
    </message>
    <message>
        <source>ends only the transaction; the dialog goes on</source>
        <translation>只结束事务；对话继续</translation>
    </message>
    <message>
        <source>ends the usage the request belongs to (the call or the subscription)</source>
        <translation>结束请求所属的用法（呼叫或订阅）</translation>
    </message>
    <message>
        <source>ends the dialog and every usage in it</source>
        <translation>结束对话及其中的所有用法</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>final response: ends the transaction</source>
        <translation>最终响应：结束事务</translation>
    </message>
    <message>
        <source>provisional response: more follows</source>
        <translation>临时响应：后续还有响应</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two clauses</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>In a dialog</source>
        <translation>在对话中</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>never %1</source>
        <translation>从不 %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>响应的请求</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Produced locally</source>
        <translation>本地产生</translation>
    </message>
    <message>
        <source>ISDN cause %1</source>
        <translation>ISDN 原因值 %1</translation>
    </message>
    <message>
        <source>ISDN cause %1 (%2)</source>
        <translation>ISDN 原因值 %1（%2）</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定义于</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>相关状态码</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>头域</translation>
    </message>
    <message>
        <source>ISDN (Q.850) causes</source>
        <translation>ISDN（Q.850）原因值</translation>
    </message>
    <message>
        <source>What usually causes it</source>
        <translation>常见原因</translation>
    </message>
    <message>
        <source>From field experience, not from the RFC.</source>
        <translation>来自现场经验，而非 RFC 原文。</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>状态码数</translation>
    </message>
    <message>
        <source>%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an unknown provisional response as 183 (Session Progress), so %1 acts as %2 %3.</source>
        <translation>%1 不是已注册的状态码。RFC 3261 第 8.1.3.2 节：UAC 把未知的临时响应当作 183（Session Progress）处理，因此 %1 按 %2 %3 处理。</translation>
    </message>
    <message>
        <source>%1 is not a registered response code. RFC 3261, section 8.1.3.2: a UAC treats an unknown final response as the x00 response of its class, so %1 acts as %2 %3.</source>
        <translation>%1 不是已注册的状态码。RFC 3261 第 8.1.3.2 节：UAC 把未知的最终响应当作其类别的 x00 响应处理，因此 %1 按 %2 %3 处理。</translation>
    </message>
    <message>
        <source>%1 Unknown code</source>
        <translation>%1 未知状态码</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no mapping</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>SIP responses</source>
        <translation>SIP 响应</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Becomes cause</source>
        <translation>映射为原因值</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>发送为</translation>
    </message>
    <message>
        <source>Made from causes</source>
        <translation>由原因值得出</translation>
    </message>
    <message>
        <source>Made from responses</source>
        <translation>由响应得出</translation>
    </message>
    <message>
        <source>≠ differs from %1. PBX rows are read from their source code.</source>
        <translation>≠ 表示与 %1 不同。PBX 各行的数据读取自其源码。</translation>
    </message>
    <message>
        <source>Read in: </source>
        <translation>数据取自：</translation>
    </message>
    <message>
        <source>Rules of the mapping</source>
        <translation>映射规则</translation>
    </message>
    <message>
        <source> cause %1</source>
        <translation> 原因值 %1</translation>
    </message>
    <message>
        <source>, location %1</source>
        <translation>，位置 %1</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>，来自 %1</translation>
    </message>
    <message>
        <source>Response codes</source>
        <translation>响应码</translation>
    </message>
    <message>
        <source>Warning codes</source>
        <translation>告警码</translation>
    </message>
    <message>
        <source>ISDN causes (Q.850)</source>
        <translation>ISDN 原因值（Q.850）</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>告警码 %1</translation>
    </message>
    <message>
        <source>Cause %1</source>
        <translation>原因值 %1</translation>
    </message>
    <message>
        <source>the source code of %1; not a Q.850 cause</source>
        <translation>%1 的源码；不是 Q.850 原因值</translation>
    </message>
    <message>
        <source>%1 (printed %2)</source>
        <comment>identifier (how the PBX prints it)</comment>
        <translation>%1（输出为 %2）</translation>
    </message>
    <message>
        <source>%1 (alias)</source>
        <translation>%1（别名）</translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation>%1 名称</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>检查要点</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>注册表</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Mappings between causes and responses</source>
        <translation>原因值与响应之间的映射</translation>
    </message>
    <message>
        <source>cause to response</source>
        <translation>原因值到响应</translation>
    </message>
    <message>
        <source>response to cause</source>
        <translation>响应到原因值</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>, %1</source>
        <comment>a cause value, then its name</comment>
        <translation>，%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Qt options (for the window):
  -platform &lt;name&gt;         Platform plugin: xcb, wayland, offscreen.
  -style &lt;style&gt;           Widget style, such as Fusion.
  -stylesheet &lt;file&gt;       Qt style sheet to apply.
  -reverse                 Right-to-left layout.
  -display &lt;display&gt;       X display to use (xcb).
  -qwindowgeometry &lt;geom&gt;  Geometry of the first window, such as 900x600+0+0.
  -qwindowtitle &lt;title&gt;    Title of the first window.
</source>
        <translation>Qt 选项（用于窗口）：
  -platform &lt;name&gt;         平台插件：xcb、wayland、offscreen。
  -style &lt;style&gt;           控件样式，例如 Fusion。
  -stylesheet &lt;file&gt;       要应用的 Qt 样式表。
  -reverse                 从右到左布局。
  -display &lt;display&gt;       要使用的 X 显示（xcb）。
  -qwindowgeometry &lt;geom&gt;  第一个窗口的几何尺寸，例如 900x600+0+0。
  -qwindowtitle &lt;title&gt;    第一个窗口的标题。
</translation>
    </message>
    <message>
        <source>%1: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).
To answer in this terminal, give a query, such as: %1 486
See %1 --help for everything it can do without a display.</source>
        <translation>%1：没有可打开窗口的显示（未设置 DISPLAY 和 WAYLAND_DISPLAY）。
要在此终端中查询，请给出查询内容，例如：%1 486
运行 %1 --help 查看无需显示即可使用的全部功能。</translation>
    </message>
    <message>
        <source>Language of the interface and the data: %1.</source>
        <translation>界面和数据的语言：%1。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Terminal output format: text, markdown or json.</source>
        <translation>终端输出格式：text、markdown 或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因值</translation>
    </message>
    <message>
        <source>Read the catalog from this JSON file instead of the built-in one, to check edits.</source>
        <translation>从此 JSON 文件读取目录而不使用内置目录，用于检查修改。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Also list codes that mention the words only in their description.</source>
        <translation>同时列出仅在描述中提到这些词的状态码。</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; choose one of %2</source>
        <translation>未知语言“%1”；请选择 %2 之一</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose text, markdown or json</source>
        <translation>未知格式“%1”；请选择 text、markdown 或 json</translation>
    </message>
    <message>
        <source>--q850 takes no query and no --list</source>
        <translation>--q850 不能与查询或 --list 同时使用</translation>
    </message>
    <message>
        <source>nothing to look up; give a query or --list</source>
        <translation>没有要查询的内容；请给出查询或 --list</translation>
    </message>
    <message>
        <source>Explain a SIP trace or log, call by call; - reads standard input.</source>
        <translation>逐个呼叫解释 SIP 跟踪或日志；- 表示读取标准输入。</translation>
    </message>
    <message>
        <source>--explain takes a file and no query, --list, --q850 or --all</source>
        <translation>--explain 需要一个文件，不能与查询、--list、--q850 或 --all 同时使用</translation>
    </message>
    <message>
        <source>Print the whole catalog, the class given (4xx), or one registry: response, warning or cause.</source>
        <translation>打印整个目录、指定的类别（4xx），或某一个注册表：response、warning 或 cause。</translation>
    </message>
    <message>
        <source>Print this ISDN (Q.850) cause, and the SIP responses RFC 3398 maps it to.</source>
        <translation>打印此 ISDN（Q.850）原因值，以及 RFC 3398 将其映射到的 SIP 响应。</translation>
    </message>
    <message>
        <source>--list takes a class such as 4xx, or response, warning or cause, not &quot;%1&quot;</source>
        <translation>--list 需要 4xx 这样的类别，或 response、warning、cause 之一，而不是“%1”</translation>
    </message>
    <message>
        <source>--q850 takes a cause value from 0 to %1, not &quot;%2&quot;</source>
        <translation>--q850 需要 0 到 %1 之间的原因值，而不是“%2”</translation>
    </message>
    <message>
        <source>Offline reference of SIP response codes, warning codes and ISDN causes. With a query, prints what matches and exits; with no arguments, opens the window.</source>
        <translation>SIP 响应码、告警码和 ISDN 原因值的离线参考。给出查询时打印匹配项后退出；不带参数时打开窗口。</translation>
    </message>
    <message>
        <source>A code (486), a prefix (48), a class (4xx), words, a PBX cause name (USER_BUSY), or a line from a trace or log.</source>
        <translation>状态码（486）、前缀（48）、类别（4xx）、词语、PBX 原因名（USER_BUSY），或跟踪与日志中的一行。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Show %1 %2</source>
        <translation>显示 %1 %2</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1</source>
        <translation>无法打开网页浏览器访问 %1</translation>
    </message>
    <message>
        <source>Everything known about the selected entry</source>
        <translation>所选条目的全部已知信息</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Search at once: 486, 48, 4xx, words, a trace line, cause 17</source>
        <translation>即时搜索：486、48、4xx、词语、跟踪行、cause 17</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>向下键</translation>
    </message>
    <message>
        <source>From the search field into the results</source>
        <translation>从搜索框进入结果</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search; in the results, back to the search field</source>
        <translation>清除搜索；在结果中时返回搜索框</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Shift+上, Shift+下</translation>
    </message>
    <message>
        <source>Select several codes to copy</source>
        <translation>选择多个状态码进行复制</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Search field, results, detail pane, Copy button</source>
        <translation>搜索框、结果、详情面板、复制按钮</translation>
    </message>
    <message>
        <source>SIP Codes</source>
        <translation>SIP 状态码</translation>
    </message>
    <message>
        <source>An offline reference of SIP response codes for support engineers.</source>
        <translation>面向技术支持工程师的 SIP 状态码离线参考。</translation>
    </message>
    <message>
        <source>Codes and reason phrases: %1, checked %2. Descriptions: the RFC that defines each code; RFC text is quoted under the IETF Trust&apos;s licence. Q.850 mappings: RFC 3398.</source>
        <translation>状态码和原因短语：%1，核对于 %2。描述：定义各状态码的 RFC；RFC 文本依 IETF Trust 许可引用。Q.850 映射：RFC 3398。</translation>
    </message>
    <message numerus="yes">
        <source>%n codes in 4 languages. No network connection is ever made.</source>
        <translation>
            <numerusform>%n 个状态码，4 种语言。从不建立任何网络连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence: MIT.</source>
        <translation>许可证：MIT。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIP Codes</source>
        <translation>SIP 状态码</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as a ticket line: code, phrase, summary and RFC</source>
        <translation>复制为工单行：状态码、短语、概要和 RFC</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy Code and &amp;Phrase Only</source>
        <translation>仅复制状态码和短语(&amp;P)</translation>
    </message>
    <message>
        <source>Copy Full &amp;Description</source>
        <translation>复制完整描述(&amp;D)</translation>
    </message>
    <message>
        <source>Data: %1, checked %2</source>
        <translation>数据：%1，核对于 %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>全部折叠(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SIP Codes</source>
        <translation>关于 SIP 状态码(&amp;A)</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>打开跟踪(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a SIP trace or log</source>
        <translation>打开 SIP 跟踪或日志</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>RFC %1, %2</source>
        <comment>RFC number, section</comment>
        <translation>RFC %1，%2</translation>
    </message>
    <message>
        <source>RFC %1, section %2</source>
        <translation>RFC %1，第 %2 节</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>document, section</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <comment>document, section</comment>
        <translation>%1，第 %2 节</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings cannot be saved: %1 is not a writable file. This session&apos;s choices will be forgotten.</source>
        <translation>无法保存设置：%1 不是可写文件。本次会话中的选择将不会被记住。</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>is a folder, not a trace</source>
        <translation>是文件夹，不是跟踪文件</translation>
    </message>
    <message>
        <source>larger than %1 MiB, more than a trace this program reads; cut out the calls you need</source>
        <translation>大于 %1 MiB，超出本程序读取跟踪的上限；请截取所需的呼叫</translation>
    </message>
    <message>
        <source>only the first %1 MiB were read</source>
        <translation>只读取了前 %1 MiB</translation>
    </message>
    <message>
        <source>no SIP message found</source>
        <translation>未找到 SIP 消息</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的条目。</translation>
    </message>
</context>
<context>
    <name>TicketFormatter</name>
    <message>
        <source>%1 (%2)</source>
        <comment>translated phrase (English phrase)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <comment>ticket line: SIP 486, phrase, summary, reference</comment>
        <translation>%1 %2：%3（%4）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>rich ticket line: code and phrase, summary, reference</comment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>not registered, handled as %1 %2</source>
        <translation>未注册，按 %1 %2 处理</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>状态说明</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>ticket line</source>
        <translation>工单行</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>code and phrase</source>
        <translation>状态码和短语</translation>
    </message>
    <message>
        <source>full description</source>
        <translation>完整描述</translation>
    </message>
    <message>
        <source>Nothing is selected to copy</source>
        <translation>没有选中可复制的内容</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <source>no final response</source>
        <translation>没有最终响应</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>answered, then ended</source>
        <translation>已应答，随后结束</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>rejected with %1</source>
        <translation>以 %1 拒绝</translation>
    </message>
    <message>
        <source>redirected with %1</source>
        <translation>以 %1 重定向</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Call, time</source>
        <translation>呼叫，时间</translation>
    </message>
    <message>
        <source>Outcome, way</source>
        <translation>结果，方向</translation>
    </message>
    <message>
        <source>Story, message</source>
        <translation>经过，消息</translation>
    </message>
</context>
<context>
    <name>TraceStory</name>
    <message>
        <source>Reason: %1</source>
        <translation>Reason：%1</translation>
    </message>
    <message>
        <source>no final response (a client treats it as 408, RFC 3261 section 8.1.3.1)</source>
        <translation>没有最终响应（客户端按 408 处理，RFC 3261 第 8.1.3.1 节）</translation>
    </message>
    <message>
        <source>%1: the registry&apos;s phrase is “%2”</source>
        <translation>%1：注册表中的短语是“%2”</translation>
    </message>
    <message>
        <source>%1: not a registered code; a client treats it as %2 (RFC 3261 section 8.1.3.2)</source>
        <translation>%1：不是已注册的状态码；客户端按 %2 处理（RFC 3261 第 8.1.3.2 节）</translation>
    </message>
    <message>
        <source>%1 sent again (retransmission)</source>
        <translation>%1 再次发送（重传）</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to retry after %n second(s)</source>
        <translation>
            <numerusform>%1 要求 %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 again, after credentials were sent: check the user name, password and realm</source>
        <translation>发送认证信息后再次收到 %1：请检查用户名、密码和 realm</translation>
    </message>
    <message>
        <source>%1 got no final response</source>
        <translation>%1 没有收到最终响应</translation>
    </message>
    <message>
        <source>%1 inside an established dialog: the other side has lost the dialog</source>
        <translation>已建立的对话中出现 %1：对端已丢失该对话</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>呼叫 %1</translation>
    </message>
    <message>
        <source>Responses: %1</source>
        <translation>响应：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning：%1</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>%1 is larger than %2 MiB; cut out the calls you need</source>
        <translation>%1 大于 %2 MiB；请截取所需的呼叫</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled</source>
        <translation>已取消读取 %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Copied the story of call %1 as %2</source>
        <translation>已将呼叫 %1 的经过复制为%2</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1：%n 个呼叫</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s)</source>
        <translation>
            <numerusform>，%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls of the trace</source>
        <translation>跟踪中的呼叫</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SIP Codes</source>
        <translation>SIP 状态码</translation>
    </message>
    <message>
        <source>The code catalog could not be loaded.

%1</source>
        <translation>无法加载状态码目录。

%1</translation>
    </message>
</context>
</TS>
