<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Jiaokan::App::AnnotationListView</name>
    <message>
        <source>Every annotation of the project</source>
        <translation>本项目的全部批注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>异文</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>No annotations yet: select a difference and give it a status (Alt+1 … Alt+4) or a comment (F2).</source>
        <translation>尚无批注：选中一处差异，标出状态（Alt+1 … Alt+4）或写备注（F2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s), %1 orphaned (what they were made on is no longer there; they are kept).</source>
        <translation>
            <numerusform>共 %n 条批注，其中 %1 条失去依附（所批的文字已不在，批注仍保留）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::BusyIndicator</name>
    <message>
        <source>Comparison progress</source>
        <translation>比对进度</translation>
    </message>
    <message>
        <source>Opening… %p%</source>
        <translation>正在打开… %p%</translation>
    </message>
    <message>
        <source>Comparing… %p%</source>
        <translation>正在比对… %p%</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ChoiceController</name>
    <message>
        <source>Choose two pages or stories in the library (Ctrl+click), then Compare the two chosen.</source>
        <translation>请在版面列表中选两个版面或稿件（Ctrl+单击），再选“对照所选的两项”。</translation>
    </message>
    <message>
        <source>Open a comparison first.</source>
        <translation>请先打开一组对照。</translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Select some text in the Reader first.</source>
        <translation>请先在“阅读”中选中文字。</translation>
    </message>
    <message>
        <source>Chosen as A: %1. Select other text and Compare selection with A.</source>
        <translation>已选作 A 本：%1。请选中另一段文字，再选“选中文字与 A 本对照”。</translation>
    </message>
    <message>
        <source>Select the text to compare with A (%1) in the Reader.</source>
        <translation>请在“阅读”中选中要与 A 本（%1）对照的文字。</translation>
    </message>
    <message>
        <source>Choose a selection as A first.</source>
        <translation>请先把一段选中的文字作为 A 本。</translation>
    </message>
    <message>
        <source>Compared %1 with %2.</source>
        <translation>已对照 %1 与 %2。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CollationController</name>
    <message numerus="yes">
        <source>Collating %n version(s)…</source>
        <translation>
            <numerusform>正在汇校 %n 个版本…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant locations: %1, among %n version(s)</source>
        <translation>
            <numerusform>异文处：%1，共 %n 个版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CollationView</name>
    <message>
        <source>Base text of the collation</source>
        <translation>汇校所用底本</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>底本(&amp;B)：</translation>
    </message>
    <message>
        <source>Base text with the variant locations marked and numbered</source>
        <translation>底本正文，异文处已标出并编号</translation>
    </message>
    <message>
        <source>Variant locations with every version&apos;s reading</source>
        <translation>各异文处及各本文字</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Base lines</source>
        <translation>底本行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(omitted)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1（不全）</translation>
    </message>
    <message>
        <source>%1 — versions: %2 — variant locations: %3</source>
        <translation>%1 — 版本：%2 — 异文处：%3</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1[…]%2</source>
        <translation>%1[…]%2</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1（底本）</translation>
    </message>
    <message>
        <source>(lacking)</source>
        <translation>（缺文）</translation>
    </message>
    <message>
        <source>Choose a story (its row in bold) under Shared stories to collate every version that prints it.</source>
        <translation>在“共有稿件”中选一篇稿件（粗体一行），即可汇校刊登它的所有版本。</translation>
    </message>
    <message numerus="yes">
        <source>Readings (of %n version(s))</source>
        <translation>
            <numerusform>异文（共 %n 个版本）</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3)</source>
        <translation>%1 ×%2（%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>lacking ×%1</source>
        <translation>缺 ×%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n other(s)</source>
        <translation>
            <numerusform>及另外 %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>moved, see %1: %2</source>
        <translation>移位，见 %1：%2</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>对“%1”的备注：</translation>
    </message>
    <message>
        <source>Enter starts a new line; %1 keeps the comment.</source>
        <translation>回车换行；%1 保存备注。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CompareActions</name>
    <message>
        <source>&amp;Compare</source>
        <translation>对照(&amp;C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>&amp;Next difference</source>
        <translation>下一处差异(&amp;N)</translation>
    </message>
    <message>
        <source>Next difference (F7, Alt+Down)</source>
        <translation>下一处差异（F7、Alt+下）</translation>
    </message>
    <message>
        <source>&amp;Previous difference</source>
        <translation>上一处差异(&amp;P)</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F7, Alt+Up)</source>
        <translation>上一处差异（Shift+F7、Alt+上）</translation>
    </message>
    <message>
        <source>Compare the two c&amp;hosen</source>
        <translation>对照所选的两项(&amp;H)</translation>
    </message>
    <message>
        <source>Swap &amp;A and B</source>
        <translation>交换 A 本与 B 本(&amp;A)</translation>
    </message>
    <message>
        <source>Ignore punctuation &amp;width (，/ ,)</source>
        <translation>忽略标点全半角（，/ ,）(&amp;W)</translation>
    </message>
    <message>
        <source>Ignore p&amp;unctuation</source>
        <translation>忽略标点(&amp;U)</translation>
    </message>
    <message>
        <source>Ignore white &amp;space</source>
        <translation>忽略空白(&amp;S)</translation>
    </message>
    <message>
        <source>Ignore simplified/&amp;traditional</source>
        <translation>忽略简繁(&amp;T)</translation>
    </message>
    <message>
        <source>Mark whole wo&amp;rds</source>
        <translation>按整词标出(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel opening or comparing</source>
        <translation>取消打开或比对(&amp;C)</translation>
    </message>
    <message>
        <source>Choose se&amp;lection as A</source>
        <translation>选中文字作为 A 本(&amp;L)</translation>
    </message>
    <message>
        <source>Compare s&amp;election with A</source>
        <translation>选中文字与 A 本对照(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ComparisonView</name>
    <message>
        <source>Version A</source>
        <translation>A 本</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>B 本</translation>
    </message>
    <message>
        <source>%1: %2, lines %3–%4</source>
        <translation>%1：%2，第 %3–%4 行</translation>
    </message>
    <message>
        <source>Printed elsewhere in B: not compared</source>
        <translation>B 本印在别处：不作比较</translation>
    </message>
    <message>
        <source>Printed elsewhere in A: not compared</source>
        <translation>A 本印在别处：不作比较</translation>
    </message>
    <message>
        <source>(lines %1 greyed: printed elsewhere in B)</source>
        <translation>（第 %1 行为灰色：B 本印在别处）</translation>
    </message>
    <message>
        <source>(lines %1 greyed: printed elsewhere in A)</source>
        <translation>（第 %1 行为灰色：A 本印在别处）</translation>
    </message>
    <message>
        <source>Choose a pair of printings under Shared stories, or two pages or stories in the library (Ctrl+click) and then Compare ▸ Compare the two chosen.</source>
        <translation>在“共有稿件”中选一组版面对照；或在版面列表中选两个版面或稿件（Ctrl+单击），再选“对照 ▸ 对照所选的两项”。</translation>
    </message>
    <message>
        <source>Go to Where It Moved</source>
        <translation>转到移位之处</translation>
    </message>
    <message>
        <source>Moved: B prints this at line %1 (difference %2)</source>
        <translation>移位：B 本印于第 %1 行（差异 %2）</translation>
    </message>
    <message>
        <source>Moved: A prints this at line %1 (difference %2)</source>
        <translation>移位：A 本印于第 %1 行（差异 %2）</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::DifferenceLegend</name>
    <message>
        <source>the other side has text here</source>
        <translation>另一本此处有文字</translation>
    </message>
    <message>
        <source>Legend of the difference marks</source>
        <translation>差异标记图例</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::DifferenceTableModel</name>
    <message>
        <source>Wording</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>全半角</translation>
    </message>
    <message>
        <source>Simplified/traditional</source>
        <translation>简繁</translation>
    </message>
    <message>
        <source>White space</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reading A</source>
        <translation>A 本文字</translation>
    </message>
    <message>
        <source>Reading B</source>
        <translation>B 本文字</translation>
    </message>
    <message>
        <source>Lines A</source>
        <translation>A 本行</translation>
    </message>
    <message>
        <source>Lines B</source>
        <translation>B 本行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Difference %1 of %2 (%3) · similarity %4% · A lines %5–%6 · B lines %7–%8</source>
        <translation>第 %1 处差异，共 %2 处（%3）· 相似度 %4% · A 本第 %5–%6 行 · B 本第 %7–%8 行</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, moved (see %2)</source>
        <translation>%1，移位（见 %2）</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::DifferencesDock</name>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Differences of the passage</source>
        <translation>本段差异</translation>
    </message>
    <message>
        <source>Show the differences with this review status</source>
        <translation>只显示此审校状态的差异</translation>
    </message>
    <message>
        <source>All differences</source>
        <translation>全部差异</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>已批注</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Paste as &amp;new page</source>
        <translation>粘贴为新版面(&amp;N)</translation>
    </message>
    <message>
        <source>Open pro&amp;ject…</source>
        <translation>打开项目(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>打开版面</translation>
    </message>
    <message>
        <source>Pages (*.txt *.pdf *.html *.htm *.md);;Page text (*.txt);;PDF (*.pdf);;Web articles (*.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
        <translation>版面 (*.txt *.pdf *.html *.htm *.md);;版面文本 (*.txt);;PDF (*.pdf);;网页文章 (*.html *.htm *.xhtml *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a folder of pages</source>
        <translation>打开存放版面的文件夹</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::FindBar</name>
    <message>
        <source>Find in the text</source>
        <translation>在文中查找</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 of over %2</source>
        <translation>第 %1 处，共 %2 处以上</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Sample pages</source>
        <translation>示例版面(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;F7, Alt+Down&lt;/td&gt;&lt;td&gt;Next difference&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shift+F7, Alt+Up&lt;/td&gt;&lt;td&gt;Previous difference&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;Library, shared stories, text, differences table&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Tab&lt;/td&gt;&lt;td&gt;Reader or comparison&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+L&lt;/td&gt;&lt;td&gt;Original lines in the reader&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;Compare the two chosen in the library&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+A, Ctrl+Shift+D&lt;/td&gt;&lt;td&gt;Choose the selection as A, compare a selection with it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+0 … Alt+4&lt;/td&gt;&lt;td&gt;Unreviewed, accepted, error in A, error in B, query&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2&lt;/td&gt;&lt;td&gt;Comment on the difference&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z, Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;Undo, redo an annotation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+S, Ctrl+Shift+O&lt;/td&gt;&lt;td&gt;Save, open a project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O, Ctrl+Alt+O, Ctrl+V&lt;/td&gt;&lt;td&gt;Open pages, a folder, paste a page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;Cancel comparing&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;F7、Alt+下&lt;/td&gt;&lt;td&gt;下一处差异&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shift+F7、Alt+上&lt;/td&gt;&lt;td&gt;上一处差异&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;版面列表、共有稿件、正文、差异表&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Tab&lt;/td&gt;&lt;td&gt;阅读 / 对照切换&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+L&lt;/td&gt;&lt;td&gt;阅读时显示原始分行&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;对照版面列表中所选的两项&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+A, Ctrl+Shift+D&lt;/td&gt;&lt;td&gt;选中文字作为 A 本，另一段选中文字与之对照&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+0 … Alt+4&lt;/td&gt;&lt;td&gt;未审、无误、A 本有误、B 本有误、存疑&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2&lt;/td&gt;&lt;td&gt;给差异写备注&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z、Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;撤销、重做批注&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+S、Ctrl+Shift+O&lt;/td&gt;&lt;td&gt;保存、打开项目&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O、Ctrl+Alt+O、Ctrl+V&lt;/td&gt;&lt;td&gt;打开版面、打开文件夹、粘贴版面&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;取消比对&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::LanguageMenu</name>
    <message>
        <source>The interface stays in English: %1</source>
        <translation>界面仍为英文：%1</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::LibraryPane</name>
    <message>
        <source>Filter pages: headline, text, paper, date</source>
        <translation>筛选版面：标题、正文、报纸、日期</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>筛选版面列表</translation>
    </message>
    <message>
        <source>Open pages and their stories</source>
        <translation>已打开的版面及其稿件</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s)</source>
        <translation>
            <numerusform>%1 / 共 %n 个版面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::MainWindow</name>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Jiaokan did not close normally. Restore the annotations saved automatically at %1?</source>
        <translation>校勘上次未正常关闭。是否恢复 %1 自动保存的批注？</translation>
    </message>
    <message>
        <source>Co&amp;llation</source>
        <translation>汇校(&amp;L)</translation>
    </message>
    <message>
        <source>Open newspaper pages with File ▸ Open, drop them here, or Help ▸ Sample pages.</source>
        <translation>用“文件 ▸ 打开”载入报纸版面，或把文件拖到这里，也可以打开“帮助 ▸ 示例版面”。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Dropped %1</source>
        <translation>拖入文本 %1</translation>
    </message>
    <message>
        <source>The dropped text could not be opened</source>
        <translation>无法打开拖入的文本</translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>粘贴文本 %1</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>没有可粘贴的内容：%1</translation>
    </message>
    <message>
        <source>Reader, comparison, collation and annotations</source>
        <translation>阅读、对照、汇校与批注</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4</source>
        <translation>%1 — %2 — %3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n 个文本块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>Rea&amp;der</source>
        <translation>阅读(&amp;D)</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>对照(&amp;P)</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>未保存的工作</translation>
    </message>
    <message>
        <source>Not saved in a project: %1. Save them?</source>
        <translation>以下内容尚未保存到项目中：%1。要保存吗？</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::OpenedFile</name>
    <message>
        <source>The index of %1 could not be used (%2); its pages were read again.</source>
        <translation>无法使用 %1 的索引（%2）；已重新读取其中的版面。</translation>
    </message>
    <message>
        <source>The index of %1 could not be written (%2).</source>
        <translation>无法写入 %1 的索引（%2）。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::OverviewRuler</name>
    <message>
        <source>Where the differences are in the whole passage</source>
        <translation>差异在整段中的位置</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::PageImageView</name>
    <message>
        <source>The printed page</source>
        <translation>印刷版面</translation>
    </message>
    <message>
        <source>Rendering the page…</source>
        <translation>正在渲染版面…</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::PageLibraryModel</name>
    <message>
        <source>Page or story</source>
        <translation>版面或稿件</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>另见于</translation>
    </message>
    <message>
        <source>(no headline) %1…</source>
        <translation>（无标题）%1…</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (continuation)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 及 %2</translation>
    </message>
    <message>
        <source>This story also appears in %1</source>
        <translation>这篇稿件也见于 %1</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>%1
Encoding: %2
Double-click to name the page.</source>
        <translation>%1
编码：%2
双击可为版面命名。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 及另外 %n 家</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::PdfTextLayer</name>
    <message>
        <source>cannot write the PDF&apos;s text layer: %1</source>
        <translation>无法写入 PDF 的文字层：%1</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::PrintedComparison</name>
    <message>
        <source>The printed page of A</source>
        <translation>A 的印刷版面</translation>
    </message>
    <message>
        <source>The printed page of B</source>
        <translation>B 的印刷版面</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ProjectController</name>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message numerus="yes">
        <source>The project %1 opens %n file(s) outside its folder. A project from someone else could name any file on this computer. Open them?</source>
        <translation>
            <numerusform>项目 %1 要打开其文件夹以外的 %n 个文件。别人发来的项目可以指向这台电脑上的任何文件。是否打开这些文件？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open them</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Leave them closed</source>
        <translation>不打开(&amp;L)</translation>
    </message>
    <message>
        <source>the annotations</source>
        <translation>批注</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted page(s), whose text is kept nowhere else</source>
        <translation>
            <numerusform>%n 个粘贴的版面（其文字别处没有保存）</numerusform>
        </translation>
    </message>
    <message>
        <source>the names given to pages</source>
        <translation>为版面取的名称</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Jiaokan — %1[*]</source>
        <translation>校勘 — %1[*]</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>%1

The file has not been changed.</source>
        <translation>%1

文件未作任何改动。</translation>
    </message>
    <message>
        <source>Some pages of the project were not opened or have changed</source>
        <translation>项目中有些版面未打开或已改动</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n annotation(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Jiaokan projects (*.jiaokan);;All files (*)</source>
        <translation>校勘项目 (*.jiaokan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The open work has unsaved changes, which opening a project discards. Go on?</source>
        <translation>当前工作有未保存的改动，打开项目会将其丢弃。是否继续？</translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>无法写入恢复副本：%1</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReaderView</name>
    <message>
        <source>Reflowed text</source>
        <translation>重排后的正文</translation>
    </message>
    <message>
        <source>Original lines</source>
        <translation>原始分行</translation>
    </message>
    <message>
        <source>[Caption] </source>
        <translation>［图片说明］</translation>
    </message>
    <message>
        <source>[Furniture] </source>
        <translation>［版面杂项］</translation>
    </message>
    <message>
        <source>Open newspaper pages (File ▸ Open, or drop them here), then choose a page or a story in the library.</source>
        <translation>打开报纸版面（文件 ▸ 打开，或拖放到这里），再在版面列表中选一个版面或一篇稿件。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReportActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>Page set&amp;up…</source>
        <translation>页面设置(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;All differences</source>
        <translation>全部差异(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;nnotated differences only</source>
        <translation>仅已批注的差异(&amp;N)</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>仅“%1”</translation>
    </message>
    <message>
        <source>&amp;Printed pages with the differences marked</source>
        <translation>印刷版面及差异标记(&amp;P)</translation>
    </message>
    <message>
        <source>Report &amp;contents</source>
        <translation>报告内容(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a comparison or a collation to print.</source>
        <translation>请选择要打印的对照或汇校。</translation>
    </message>
    <message>
        <source>Choose a comparison or a collation to export.</source>
        <translation>请选择要导出的对照或汇校。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>已导出 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The report could not be exported</source>
        <translation>无法导出报告</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReportFigures</name>
    <message>
        <source>Jiaokan&apos;s PDF reader is not installed (looked in %1)</source>
        <translation>未安装校勘的 PDF 读取模块（查找位置：%1）</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReviewController</name>
    <message>
        <source>&amp;Review</source>
        <translation>审校(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>备注(&amp;C)…</translation>
    </message>
    <message>
        <source>Show all &amp;annotations</source>
        <translation>显示全部批注(&amp;A)</translation>
    </message>
    <message>
        <source>Select a difference or a variant location first.</source>
        <translation>请先选中一处差异或异文处。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n difference(s) as %1</source>
        <translation>
            <numerusform>将 %n 处差异标为“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comment on %n difference(s)</source>
        <translation>
            <numerusform>给 %n 处差异写备注</numerusform>
        </translation>
    </message>
    <message>
        <source>Variant location %1 of the collation</source>
        <translation>汇校第 %1 处异文</translation>
    </message>
    <message>
        <source>Difference %1, lines %2 / %3</source>
        <translation>第 %1 处差异，第 %2 / %3 行</translation>
    </message>
    <message>
        <source>Not shown: collate the story on %1</source>
        <translation>未显示：请汇校 %1 上的这篇稿件</translation>
    </message>
    <message>
        <source>Not shown: the options hide it</source>
        <translation>未显示：当前选项将其隐去</translation>
    </message>
    <message>
        <source>Orphaned: its text is gone from the page</source>
        <translation>失去依附：所批文字已不在版面上</translation>
    </message>
    <message>
        <source>Orphaned: %1 not open</source>
        <translation>失去依附：%1 未打开</translation>
    </message>
    <message>
        <source>&amp;Annotations (%1, %2 orphaned)</source>
        <translation>批注(&amp;A)（%1，%2 条失去依附）</translation>
    </message>
    <message>
        <source>&amp;Annotations (%1)</source>
        <translation>批注(&amp;A)（%1）</translation>
    </message>
    <message>
        <source>This annotation&apos;s difference is not shown with the current options or pages.</source>
        <translation>在当前选项或版面下，这条批注所批的差异未显示。</translation>
    </message>
    <message>
        <source>This annotation is orphaned: what it was made on is gone.</source>
        <translation>这条批注已失去依附：所批的内容已不在。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReviewStyle</name>
    <message>
        <source>Unreviewed</source>
        <translation>未审</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>无误</translation>
    </message>
    <message>
        <source>Error in A</source>
        <translation>A 本有误</translation>
    </message>
    <message>
        <source>Error in B</source>
        <translation>B 本有误</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>存疑</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::SharedStoriesList</name>
    <message>
        <source>Stories the open pages share, and each pair of printings</source>
        <translation>各版面共有的稿件，及每两个刊本的对照</translation>
    </message>
    <message>
        <source>Shared story / pair of pages</source>
        <translation>共有稿件 / 版面对照</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n printing(s): %2</source>
        <translation>
            <numerusform>%1 — 刊于 %n 个版面：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
appears in %2
(continuation: printed from （上接…） on, its start elsewhere)</source>
        <translation>%1
见于 %2
（续：从“（上接…）”起刊出，开头在别处）</translation>
    </message>
    <message>
        <source>%1, lines %2–%3
%4, lines %5–%6</source>
        <translation>%1，第 %2–%3 行
%4，第 %5–%6 行</translation>
    </message>
    <message>
        <source>Compared by your choice</source>
        <translation>自选对照</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of printings: open the story to list them</source>
        <translation>
            <numerusform>共 %n 组版面对照：展开本稿件即可列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::SpreadView</name>
    <message>
        <source>(omitted)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Collate a story to see where each reading is printed.</source>
        <translation>校勘一篇稿件，即可看到每种异文印在哪些报纸上。</translation>
    </message>
    <message>
        <source>The versions agree: no variant location.</source>
        <translation>各版本一致：没有异文。</translation>
    </message>
    <message>
        <source>Location %1:</source>
        <translation>第 %1 处：</translation>
    </message>
    <message>
        <source>lacking ×%1</source>
        <translation>缺 ×%1</translation>
    </message>
    <message>
        <source>(lacking)</source>
        <translation>（缺文）</translation>
    </message>
    <message>
        <source>%1 %2 %3
%4
Click to compare it with the base.</source>
        <translation>%1 %2 %3
%4
点击即与底本对照。</translation>
    </message>
    <message numerus="yes">
        <source>+%n more reading(s)</source>
        <translation>
            <numerusform>另有 %n 种异文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::TextTools</name>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>查找下一处(&amp;X)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>查找上一处(&amp;V)</translation>
    </message>
    <message>
        <source>Larger te&amp;xt</source>
        <translation>放大文字(&amp;X)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show page &amp;furniture</source>
        <translation>显示版面杂项(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;original lines</source>
        <translation>显示原始分行(&amp;O)</translation>
    </message>
    <message>
        <source>Show li&amp;brary</source>
        <translation>显示版面列表(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>转到版面列表(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;shared stories</source>
        <translation>转到共有稿件(&amp;S)</translation>
    </message>
    <message>
        <source>Go to the &amp;text</source>
        <translation>转到正文(&amp;T)</translation>
    </message>
    <message>
        <source>Go to the &amp;differences table</source>
        <translation>转到差异表(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reader or comparison</source>
        <translation>阅读 / 对照切换(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::Workspace</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>……</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not read, named as no page (pages end in .txt, .pdf, .html or .md): %1</source>
        <translation>
            <numerusform>%n 个文件未读：文件名不像版面（版面以 .txt、.pdf、.html 或 .md 结尾）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>没有可打开的版面</translation>
    </message>
    <message>
        <source>No page in %1.</source>
        <translation>%1 中没有版面。</translation>
    </message>
    <message>
        <source>Some files could not be opened</source>
        <translation>部分文件无法打开</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
    <message>
        <source>Comparing cancelled: the list shows the last complete comparison.</source>
        <translation>已取消比对：列表显示的是上一次完整比对的结果。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::Core</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message>
        <source>only in %1: lines %2</source>
        <translation>仅见于 %1：第 %2 行</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>, partial</source>
        <translation>，不全</translation>
    </message>
    <message>
        <source>base: %1</source>
        <translation>底本：%1</translation>
    </message>
    <message>
        <source>lacking — %1</source>
        <translation>缺 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot ignore &apos;%1&apos;: choose from width, punctuation, script, space</source>
        <translation>无法忽略“%1”：可选 width（全半角）、punctuation（标点）、script（简繁）、space（空白）</translation>
    </message>
    <message>
        <source>the translations (jiaokan_%1.qm) were not found beside the program</source>
        <translation>程序旁找不到翻译文件（jiaokan_%1.qm）</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 缺少“%2”</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not %3</source>
        <translation>%1 的“%2”不是%3</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is %3, not a whole number from %4 to %5</source>
        <translation>%1 的“%2”为 %3，不是 %4 到 %5 之间的整数</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>%1 names a page that is not in the project</source>
        <translation>%1 指向的版面不在项目中</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>有效值</translation>
    </message>
    <message>
        <source>the file is damaged: %1 at byte %2 of %3</source>
        <translation>文件已损坏：第 %2 字节（共 %3 字节）处%1</translation>
    </message>
    <message>
        <source>this is not a Jiaokan project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>这不是校勘项目文件（没有 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>the file is damaged: its schema version is missing or not a whole number</source>
        <translation>文件已损坏：缺少格式版本号，或版本号不是整数</translation>
    </message>
    <message>
        <source>the project was saved by a newer version of Jiaokan (schema version %1; this version reads up to %2)</source>
        <translation>此项目由较新版本的校勘保存（格式版本 %1；本版本最高只能读取 %2）</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 个版面</translation>
    </message>
    <message>
        <source>%1 has an empty path</source>
        <translation>%1 的路径为空</translation>
    </message>
    <message>
        <source>the options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>the options are damaged: %1</source>
        <translation>选项已损坏：%1</translation>
    </message>
    <message>
        <source>the options are damaged: no granularity &quot;%1&quot;</source>
        <translation>选项已损坏：没有“%1”这种标出粒度</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>%1 does not name two pages</source>
        <translation>%1 没有指定两个版面</translation>
    </message>
    <message>
        <source>the collation</source>
        <translation>汇校</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>第 %1 条批注</translation>
    </message>
    <message>
        <source>%1 has an unknown target &quot;%2&quot;</source>
        <translation>%1 的对象“%2”无法识别</translation>
    </message>
    <message>
        <source>%1 has an unknown status &quot;%2&quot;</source>
        <translation>%1 的状态“%2”无法识别</translation>
    </message>
    <message>
        <source>an anchor of %1</source>
        <translation>%1 的一个锚点</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (the file on disk is unchanged)</source>
        <translation>无法写入 %1：%2（磁盘上的文件未改动）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a project (%2 MB; the limit is %3 MB)</source>
        <translation>%1 太大，不像项目文件（%2 MB；上限为 %3 MB）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not opened, because it lies outside the project&apos;s folder</source>
        <translation>%1：位于项目文件夹以外，未打开</translation>
    </message>
    <message>
        <source>%1: the file is missing (moved or deleted since the project was saved)</source>
        <translation>%1：文件不见了（保存项目后被移动或删除）</translation>
    </message>
    <message>
        <source>%1: is a folder, not a page</source>
        <translation>%1：这是文件夹，不是版面</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket), so it is not read</source>
        <translation>%1：不是普通文件（而是设备、管道或套接字），不予读取</translation>
    </message>
    <message>
        <source>%1: the file has changed since the project was saved; annotations are placed by their text</source>
        <translation>%1：保存项目后文件已改动；批注按文字重新定位</translation>
    </message>
    <message>
        <source>Collation</source>
        <translation>汇校</translation>
    </message>
    <message>
        <source>%1 — %2 — lines %3</source>
        <translation>%1 — %2 — 第 %3 行</translation>
    </message>
    <message>
        <source> — base</source>
        <translation> — 底本</translation>
    </message>
    <message>
        <source> — partial (lacks part of the story)</source>
        <translation> — 不全（缺稿件的一部分）</translation>
    </message>
    <message>
        <source>%1 (base %2)</source>
        <translation>%1（底本 %2）</translation>
    </message>
    <message>
        <source>Base text: %1</source>
        <translation>底本：%1</translation>
    </message>
    <message>
        <source>Apparatus</source>
        <translation>校勘记</translation>
    </message>
    <message>
        <source>None to show.</source>
        <translation>无可显示的内容。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>异文</translation>
    </message>
    <message>
        <source>Lacking</source>
        <translation>缺文版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 %2, lines %3</source>
        <translation>%1 %2，第 %3 行</translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <translation>第 %1 段：%2</translation>
    </message>
    <message>
        <source>Only in %1 (not compared): lines %2</source>
        <translation>仅见于 %1（未对照）：第 %2 行</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>%1 本</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source>punctuation width</source>
        <translation>标点全半角</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <source>white space</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>simplified/traditional</source>
        <translation>简繁</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>ignoring %1; marking %2</source>
        <translation>忽略：%1；标出单位：%2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>whole words</source>
        <translation>整词</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>单字</translation>
    </message>
    <message>
        <source>all differences</source>
        <translation>全部差异</translation>
    </message>
    <message>
        <source>annotated differences only</source>
        <translation>仅已批注的差异</translation>
    </message>
    <message>
        <source>differences marked “%1” only</source>
        <translation>仅标为“%1”的差异</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>未审</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>无误</translation>
    </message>
    <message>
        <source>error in A</source>
        <translation>A 本有误</translation>
    </message>
    <message>
        <source>error in B</source>
        <translation>B 本有误</translation>
    </message>
    <message>
        <source>query</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>width</source>
        <translation>全半角</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>line %1, byte %2 of the line (file offset %3)</source>
        <translation>第 %1 行，行内第 %2 字节（文件偏移 %3）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a page (the limit is %3 MB)</source>
        <translation>%1：%2 MB，作为版面太大（上限为 %3 MB）</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: read error (%2)</source>
        <translation>%1：读取出错（%2）</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件是空的</translation>
    </message>
    <message>
        <source>%1: too large for a page (the limit is %2 MB)</source>
        <translation>%1：作为版面太大（上限为 %2 MB）</translation>
    </message>
    <message>
        <source>%1: invalid %2 at byte offset %3 (bytes %4)</source>
        <translation>%1：字节偏移 %3 处不是有效的 %2（字节 %4）</translation>
    </message>
    <message>
        <source>%1: this is binary data, not page text (control byte 0x%2 at offset %3)</source>
        <translation>%1：这是二进制数据，不是版面文本（偏移 %3 处有控制字节 0x%2）</translation>
    </message>
    <message>
        <source>%1: invalid UTF-8 at %2 (bytes %3); the file may mix encodings</source>
        <translation>%1：%2 处不是有效的 UTF-8（字节 %3）；文件可能混用了多种编码</translation>
    </message>
    <message>
        <source>%1: not valid text in UTF-8, GB18030 or Big5; as UTF-8 the first invalid bytes are %2 at %3</source>
        <translation>%1：不是有效的 UTF-8、GB18030 或 Big5 文本；按 UTF-8 解读，第一处无效字节是 %3 处的 %2</translation>
    </message>
    <message>
        <source>%1: not valid text in UTF-8, GB18030 or Big5; as %2 the first invalid bytes are %3 at %4</source>
        <translation>%1：不是有效的 UTF-8、GB18030 或 Big5 文本；按 %2 解读，第一处无效字节是 %4 处的 %3</translation>
    </message>
    <message>
        <source>%1: this is binary data, not page text (NUL character at offset %2)</source>
        <translation>%1：这是二进制数据，不是版面文本（偏移 %2 处有 NUL 字符）</translation>
    </message>
    <message>
        <source>%1: the file has no text, only white space</source>
        <translation>%1：文件只有空白，没有文字</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n anchor(s), not %2</source>
        <translation>
            <numerusform>%1 有 %n 个锚点，应为 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a PDF (the limit is %3 MB)</source>
        <translation>%1：%2 MB，PDF 文件过大（上限为 %3 MB）</translation>
    </message>
    <message>
        <source>%1: is a damaged PDF (Poppler cannot open it)</source>
        <translation>%1：PDF 文件已损坏（Poppler 无法打开）</translation>
    </message>
    <message>
        <source>%1: is an encrypted PDF; remove its password in a PDF reader first</source>
        <translation>%1：PDF 已加密，请先在 PDF 阅读器中去除密码</translation>
    </message>
    <message>
        <source>%1: is a PDF with no pages</source>
        <translation>%1：PDF 中没有页面</translation>
    </message>
    <message>
        <source>%1: page %2 is set in a font with no usable Unicode map, so its text cannot be read</source>
        <translation>%1：第 %2 页所用字体没有可用的 Unicode 映射，无法读取文字</translation>
    </message>
    <message numerus="yes">
        <source>%1: is a scan: its %n page(s) hold images with no text layer, so there is nothing to read</source>
        <translation>
            <numerusform>%1：这是扫描件，%n 页都只有图像、没有文字层，无可读取</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: is a PDF, and Jiaokan&apos;s PDF reader is not installed (looked in %2)</source>
        <translation>%1：这是 PDF 文件，但未安装校勘的 PDF 读取模块（查找位置：%2）</translation>
    </message>
    <message>
        <source>%1: has no page %2</source>
        <translation>%1：没有第 %2 页</translation>
    </message>
    <message>
        <source>%1, printed page %2</source>
        <translation>%1，印刷版面第 %2 页</translation>
    </message>
    <message>
        <source>the matcher pairs no passage of them</source>
        <translation>匹配未找到两者共有的段落</translation>
    </message>
    <message>
        <source>the matcher pairs only part of two texts of one story each</source>
        <translation>两者各为一篇稿件，匹配只配上了其中一部分</translation>
    </message>
    <message>
        <source>the matcher pairs only a little of two versions of one text</source>
        <translation>两者是同一文本的两个版本，匹配只配上了一小部分</translation>
    </message>
    <message>
        <source>%1: is an HTML page with no article text in it</source>
        <translation>%1：该 HTML 页面中没有正文</translation>
    </message>
    <message>
        <source>%1: is a Markdown file with no text in it</source>
        <translation>%1：该 Markdown 文件中没有文字</translation>
    </message>
    <message numerus="yes">
        <source>%n printing(s)</source>
        <translation>
            <numerusform>%n 家刊载</numerusform>
        </translation>
    </message>
    <message>
        <source>differs</source>
        <translation>有差异</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>仅见于 A 本</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>仅见于 B 本</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The index %1 is damaged: %2</source>
        <translation>索引 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>moved: %1 | %2</source>
        <translation>移位：%1 | %2</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移位</translation>
    </message>
    <message>
        <source>%1; %2; %3; %4; %5 the other version has text here; a line above: annotated (✓ accepted, ✗A/✗B error in A/B, ? query)</source>
        <translation>%1；%2；%3；%4；%5 另一本此处有文字；上划线：已批注（✓ 无误，✗A/✗B A 本/B 本有误，? 存疑）</translation>
    </message>
    <message>
        <source>%1, moved (see %2)</source>
        <translation>%1，移位（见 %2）</translation>
    </message>
    <message>
        <source>%1 moved, see %2</source>
        <translation>%1 移位，见 %2</translation>
    </message>
    <message>
        <source>chosen comparison %1</source>
        <translation>自选对照 %1</translation>
    </message>
    <message>
        <source>%1 does not name two sides</source>
        <translation>%1 未指明两方</translation>
    </message>
</context>
</TS>
