<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Jiaokan::App::AnnotationListView</name>
    <message>
        <source>Every annotation of the project</source>
        <translation>本專案的全部批註</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>異文</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
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
        <translation>修改時間</translation>
    </message>
    <message>
        <source>No annotations yet: select a difference and give it a status (Alt+1 … Alt+4) or a comment (F2).</source>
        <translation>尚無批註：選取一處差異，標示狀態（Alt+1 … Alt+4）或寫備註（F2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s), %1 orphaned (what they were made on is no longer there; they are kept).</source>
        <translation>
            <numerusform>共 %n 條批註，其中 %1 條失去依附（所批的文字已不在，批註仍保留）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::BusyIndicator</name>
    <message>
        <source>Comparison progress</source>
        <translation>比對進度</translation>
    </message>
    <message>
        <source>Opening… %p%</source>
        <translation>正在開啟… %p%</translation>
    </message>
    <message>
        <source>Comparing… %p%</source>
        <translation>正在比對… %p%</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ChoiceController</name>
    <message>
        <source>Choose two pages or stories in the library (Ctrl+click), then Compare the two chosen.</source>
        <translation>請在版面清單中選兩個版面或稿件（Ctrl+按一下），再選「對照所選的兩項」。</translation>
    </message>
    <message>
        <source>Open a comparison first.</source>
        <translation>請先開啟一組對照。</translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Select some text in the Reader first.</source>
        <translation>請先在「閱讀」中選取文字。</translation>
    </message>
    <message>
        <source>Chosen as A: %1. Select other text and Compare selection with A.</source>
        <translation>已選作 A 本：%1。請選取另一段文字，再選「選取文字與 A 本對照」。</translation>
    </message>
    <message>
        <source>Select the text to compare with A (%1) in the Reader.</source>
        <translation>請在「閱讀」中選取要與 A 本（%1）對照的文字。</translation>
    </message>
    <message>
        <source>Choose a selection as A first.</source>
        <translation>請先把一段選取的文字作為 A 本。</translation>
    </message>
    <message>
        <source>Compared %1 with %2.</source>
        <translation>已對照 %1 與 %2。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CollationController</name>
    <message numerus="yes">
        <source>Collating %n version(s)…</source>
        <translation>
            <numerusform>正在彙校 %n 個版本…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant locations: %1, among %n version(s)</source>
        <translation>
            <numerusform>異文處：%1，共 %n 個版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CollationView</name>
    <message>
        <source>Base text of the collation</source>
        <translation>彙校所用底本</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>底本(&amp;B)：</translation>
    </message>
    <message>
        <source>Base text with the variant locations marked and numbered</source>
        <translation>底本正文，異文處已標示並編號</translation>
    </message>
    <message>
        <source>Variant locations with every version&apos;s reading</source>
        <translation>各異文處及各本文字</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Base lines</source>
        <translation>底本行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>(omitted)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1（不全）</translation>
    </message>
    <message>
        <source>%1 — versions: %2 — variant locations: %3</source>
        <translation>%1 — 版本：%2 — 異文處：%3</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（無標題）</translation>
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
        <translation>在「共有稿件」中選一篇稿件（粗體一列），即可彙校刊登它的所有版本。</translation>
    </message>
    <message numerus="yes">
        <source>Readings (of %n version(s))</source>
        <translation>
            <numerusform>異文（共 %n 個版本）</numerusform>
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
            <numerusform>及另外 %n 個版本</numerusform>
        </translation>
    </message>
    <message>
        <source>moved, see %1: %2</source>
        <translation>移位，見 %1：%2</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>對「%1」的備註：</translation>
    </message>
    <message>
        <source>Enter starts a new line; %1 keeps the comment.</source>
        <translation>Enter 換行；%1 儲存備註。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CompareActions</name>
    <message>
        <source>&amp;Compare</source>
        <translation>對照(&amp;C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>對照</translation>
    </message>
    <message>
        <source>&amp;Next difference</source>
        <translation>下一處差異(&amp;N)</translation>
    </message>
    <message>
        <source>Next difference (F7, Alt+Down)</source>
        <translation>下一處差異（F7、Alt+下）</translation>
    </message>
    <message>
        <source>&amp;Previous difference</source>
        <translation>上一處差異(&amp;P)</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F7, Alt+Up)</source>
        <translation>上一處差異（Shift+F7、Alt+上）</translation>
    </message>
    <message>
        <source>Compare the two c&amp;hosen</source>
        <translation>對照所選的兩項(&amp;H)</translation>
    </message>
    <message>
        <source>Swap &amp;A and B</source>
        <translation>交換 A 本與 B 本(&amp;A)</translation>
    </message>
    <message>
        <source>Ignore punctuation &amp;width (，/ ,)</source>
        <translation>忽略標點全半形（，/ ,）(&amp;W)</translation>
    </message>
    <message>
        <source>Ignore p&amp;unctuation</source>
        <translation>忽略標點(&amp;U)</translation>
    </message>
    <message>
        <source>Ignore white &amp;space</source>
        <translation>忽略空白(&amp;S)</translation>
    </message>
    <message>
        <source>Ignore simplified/&amp;traditional</source>
        <translation>忽略簡繁(&amp;T)</translation>
    </message>
    <message>
        <source>Mark whole wo&amp;rds</source>
        <translation>按整詞標示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel opening or comparing</source>
        <translation>取消開啟或比對(&amp;C)</translation>
    </message>
    <message>
        <source>Choose se&amp;lection as A</source>
        <translation>選取文字作為 A 本(&amp;L)</translation>
    </message>
    <message>
        <source>Compare s&amp;election with A</source>
        <translation>選取文字與 A 本對照(&amp;E)</translation>
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
        <translation>B 本印在別處：不作比較</translation>
    </message>
    <message>
        <source>Printed elsewhere in A: not compared</source>
        <translation>A 本印在別處：不作比較</translation>
    </message>
    <message>
        <source>(lines %1 greyed: printed elsewhere in B)</source>
        <translation>（第 %1 行為灰色：B 本印在別處）</translation>
    </message>
    <message>
        <source>(lines %1 greyed: printed elsewhere in A)</source>
        <translation>（第 %1 行為灰色：A 本印在別處）</translation>
    </message>
    <message>
        <source>Choose a pair of printings under Shared stories, or two pages or stories in the library (Ctrl+click) and then Compare ▸ Compare the two chosen.</source>
        <translation>在「共有稿件」中選一組版面對照；或在版面清單中選兩個版面或稿件（Ctrl+按一下），再選「對照 ▸ 對照所選的兩項」。</translation>
    </message>
    <message>
        <source>Go to Where It Moved</source>
        <translation>轉到移位之處</translation>
    </message>
    <message>
        <source>Moved: B prints this at line %1 (difference %2)</source>
        <translation>移位：B 本印於第 %1 行（差異 %2）</translation>
    </message>
    <message>
        <source>Moved: A prints this at line %1 (difference %2)</source>
        <translation>移位：A 本印於第 %1 行（差異 %2）</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::DifferenceLegend</name>
    <message>
        <source>the other side has text here</source>
        <translation>另一本此處有文字</translation>
    </message>
    <message>
        <source>Legend of the difference marks</source>
        <translation>差異標記圖例</translation>
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
        <translation>標點</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>全半形</translation>
    </message>
    <message>
        <source>Simplified/traditional</source>
        <translation>簡繁</translation>
    </message>
    <message>
        <source>White space</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>電頭</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Difference %1 of %2 (%3) · similarity %4% · A lines %5–%6 · B lines %7–%8</source>
        <translation>第 %1 處差異，共 %2 處（%3）· 相似度 %4% · A 本第 %5–%6 行 · B 本第 %7–%8 行</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1, moved (see %2)</source>
        <translation>%1，移位（見 %2）</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::DifferencesDock</name>
    <message>
        <source>Differences</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Differences of the passage</source>
        <translation>本段差異</translation>
    </message>
    <message>
        <source>Show the differences with this review status</source>
        <translation>只顯示此審校狀態的差異</translation>
    </message>
    <message>
        <source>All differences</source>
        <translation>全部差異</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>已批註</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>顯示(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>開啟資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Paste as &amp;new page</source>
        <translation>貼上為新版面(&amp;N)</translation>
    </message>
    <message>
        <source>Open pro&amp;ject…</source>
        <translation>開啟專案(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>儲存專案(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>專案另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>開啟版面</translation>
    </message>
    <message>
        <source>Pages (*.txt *.pdf *.html *.htm *.md);;Page text (*.txt);;PDF (*.pdf);;Web articles (*.html *.htm *.xhtml *.md *.markdown);;All files (*)</source>
        <translation>版面 (*.txt *.pdf *.html *.htm *.md);;版面文字 (*.txt);;PDF (*.pdf);;網頁文章 (*.html *.htm *.xhtml *.md *.markdown);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open a folder of pages</source>
        <translation>開啟存放版面的資料夾</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::FindBar</name>
    <message>
        <source>Find in the text</source>
        <translation>在文中尋找</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一處（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一處</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一處（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一處</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>關閉尋找列</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>%1 of over %2</source>
        <translation>第 %1 處，共 %2 處以上</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 處，共 %2 處</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Sample pages</source>
        <translation>範例版面(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;F7, Alt+Down&lt;/td&gt;&lt;td&gt;Next difference&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shift+F7, Alt+Up&lt;/td&gt;&lt;td&gt;Previous difference&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;Library, shared stories, text, differences table&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Tab&lt;/td&gt;&lt;td&gt;Reader or comparison&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+L&lt;/td&gt;&lt;td&gt;Original lines in the reader&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;Compare the two chosen in the library&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+A, Ctrl+Shift+D&lt;/td&gt;&lt;td&gt;Choose the selection as A, compare a selection with it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+0 … Alt+4&lt;/td&gt;&lt;td&gt;Unreviewed, accepted, error in A, error in B, query&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2&lt;/td&gt;&lt;td&gt;Comment on the difference&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z, Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;Undo, redo an annotation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+S, Ctrl+Shift+O&lt;/td&gt;&lt;td&gt;Save, open a project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O, Ctrl+Alt+O, Ctrl+V&lt;/td&gt;&lt;td&gt;Open pages, a folder, paste a page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;Cancel comparing&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;F7、Alt+下&lt;/td&gt;&lt;td&gt;下一處差異&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shift+F7、Alt+上&lt;/td&gt;&lt;td&gt;上一處差異&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;版面清單、共有稿件、正文、差異表&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Tab&lt;/td&gt;&lt;td&gt;閱讀 / 對照切換&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+L&lt;/td&gt;&lt;td&gt;閱讀時顯示原始分行&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+D&lt;/td&gt;&lt;td&gt;對照版面清單中所選的兩項&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+A, Ctrl+Shift+D&lt;/td&gt;&lt;td&gt;選取文字作為 A 本，另一段選取文字與之對照&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+0 … Alt+4&lt;/td&gt;&lt;td&gt;未審、無誤、A 本有誤、B 本有誤、存疑&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2&lt;/td&gt;&lt;td&gt;給差異寫備註&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z、Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;復原、重做批註&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+S、Ctrl+Shift+O&lt;/td&gt;&lt;td&gt;儲存、開啟專案&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O、Ctrl+Alt+O、Ctrl+V&lt;/td&gt;&lt;td&gt;開啟版面、開啟資料夾、貼上版面&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;取消比對&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::LanguageMenu</name>
    <message>
        <source>The interface stays in English: %1</source>
        <translation>介面仍為英文：%1</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>依系統設定(&amp;S)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>語言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::LibraryPane</name>
    <message>
        <source>Filter pages: headline, text, paper, date</source>
        <translation>篩選版面：標題、正文、報紙、日期</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>篩選版面清單</translation>
    </message>
    <message>
        <source>Open pages and their stories</source>
        <translation>已開啟的版面及其稿件</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s)</source>
        <translation>
            <numerusform>%1 / 共 %n 個版面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::MainWindow</name>
    <message>
        <source>Restore unsaved work</source>
        <translation>還原未儲存的工作</translation>
    </message>
    <message>
        <source>Jiaokan did not close normally. Restore the annotations saved automatically at %1?</source>
        <translation>校勘上次未正常關閉。是否還原 %1 自動儲存的批註？</translation>
    </message>
    <message>
        <source>Co&amp;llation</source>
        <translation>彙校(&amp;L)</translation>
    </message>
    <message>
        <source>Open newspaper pages with File ▸ Open, drop them here, or Help ▸ Sample pages.</source>
        <translation>用「檔案 ▸ 開啟」載入報紙版面，或把檔案拖到這裡，也可以開啟「說明 ▸ 範例版面」。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Dropped %1</source>
        <translation>拖入文字 %1</translation>
    </message>
    <message>
        <source>The dropped text could not be opened</source>
        <translation>無法開啟拖入的文字</translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>貼上文字 %1</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>沒有可貼上的內容：%1</translation>
    </message>
    <message>
        <source>Reader, comparison, collation and annotations</source>
        <translation>閱讀、對照、彙校與批註</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4</source>
        <translation>%1 — %2 — %3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n 個文字區塊</numerusform>
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
        <translation>閱讀(&amp;D)</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>對照(&amp;P)</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>未儲存的工作</translation>
    </message>
    <message>
        <source>Not saved in a project: %1. Save them?</source>
        <translation>以下內容尚未儲存到專案中：%1。要儲存嗎？</translation>
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
        <translation>無法使用 %1 的索引（%2）；已重新讀取其中的版面。</translation>
    </message>
    <message>
        <source>The index of %1 could not be written (%2).</source>
        <translation>無法寫入 %1 的索引（%2）。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::OverviewRuler</name>
    <message>
        <source>Where the differences are in the whole passage</source>
        <translation>差異在整段中的位置</translation>
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
        <translation>正在繪製版面…</translation>
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
        <translation>行數</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字數</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>另見於</translation>
    </message>
    <message>
        <source>(no headline) %1…</source>
        <translation>（無標題）%1…</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (continuation)</source>
        <translation>%1（續）</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 及 %2</translation>
    </message>
    <message>
        <source>This story also appears in %1</source>
        <translation>這篇稿件也見於 %1</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>報紙</translation>
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
編碼：%2
按兩下可為版面命名。</translation>
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
        <translation>無法寫入 PDF 的文字層：%1</translation>
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
        <translation>開啟專案</translation>
    </message>
    <message numerus="yes">
        <source>The project %1 opens %n file(s) outside its folder. A project from someone else could name any file on this computer. Open them?</source>
        <translation>
            <numerusform>專案 %1 要開啟其資料夾以外的 %n 個檔案。別人傳來的專案可以指向這台電腦上的任何檔案。是否開啟這些檔案？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open them</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Leave them closed</source>
        <translation>不開啟(&amp;L)</translation>
    </message>
    <message>
        <source>the annotations</source>
        <translation>批註</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted page(s), whose text is kept nowhere else</source>
        <translation>
            <numerusform>%n 個貼上的版面（其文字別處沒有儲存）</numerusform>
        </translation>
    </message>
    <message>
        <source>the names given to pages</source>
        <translation>為版面取的名稱</translation>
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
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <source>%1

The file has not been changed.</source>
        <translation>%1

檔案未作任何改動。</translation>
    </message>
    <message>
        <source>Some pages of the project were not opened or have changed</source>
        <translation>專案中有些版面未開啟或已改動</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n annotation(s)</source>
        <translation>
            <numerusform>已開啟 %1：%n 條批註</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>無法儲存專案</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>儲存專案</translation>
    </message>
    <message>
        <source>Jiaokan projects (*.jiaokan);;All files (*)</source>
        <translation>校勘專案 (*.jiaokan);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The open work has unsaved changes, which opening a project discards. Go on?</source>
        <translation>目前工作有未儲存的改動，開啟專案會將其丟棄。是否繼續？</translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>無法寫入還原副本：%1</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReaderView</name>
    <message>
        <source>Reflowed text</source>
        <translation>重排後的正文</translation>
    </message>
    <message>
        <source>Original lines</source>
        <translation>原始分行</translation>
    </message>
    <message>
        <source>[Caption] </source>
        <translation>［圖說］</translation>
    </message>
    <message>
        <source>[Furniture] </source>
        <translation>［版面雜項］</translation>
    </message>
    <message>
        <source>Open newspaper pages (File ▸ Open, or drop them here), then choose a page or a story in the library.</source>
        <translation>開啟報紙版面（檔案 ▸ 開啟，或拖放到這裡），再在版面清單中選一個版面或一篇稿件。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReportActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>匯出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>匯出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>Page set&amp;up…</source>
        <translation>頁面設定(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;All differences</source>
        <translation>全部差異(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;nnotated differences only</source>
        <translation>僅已批註的差異(&amp;N)</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>僅「%1」</translation>
    </message>
    <message>
        <source>&amp;Printed pages with the differences marked</source>
        <translation>印刷版面及差異標記(&amp;P)</translation>
    </message>
    <message>
        <source>Report &amp;contents</source>
        <translation>報告內容(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a comparison or a collation to print.</source>
        <translation>請選擇要列印的對照或彙校。</translation>
    </message>
    <message>
        <source>Choose a comparison or a collation to export.</source>
        <translation>請選擇要匯出的對照或彙校。</translation>
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
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>匯出 HTML</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>已匯出 %1（%n 頁）</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The report could not be exported</source>
        <translation>無法匯出報告</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReportFigures</name>
    <message>
        <source>Jiaokan&apos;s PDF reader is not installed (looked in %1)</source>
        <translation>未安裝校勘的 PDF 讀取模組（尋找位置：%1）</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReviewController</name>
    <message>
        <source>&amp;Review</source>
        <translation>審校(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>備註(&amp;C)…</translation>
    </message>
    <message>
        <source>Show all &amp;annotations</source>
        <translation>顯示全部批註(&amp;A)</translation>
    </message>
    <message>
        <source>Select a difference or a variant location first.</source>
        <translation>請先選取一處差異或異文處。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n difference(s) as %1</source>
        <translation>
            <numerusform>將 %n 處差異標為「%1」</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comment on %n difference(s)</source>
        <translation>
            <numerusform>給 %n 處差異寫備註</numerusform>
        </translation>
    </message>
    <message>
        <source>Variant location %1 of the collation</source>
        <translation>彙校第 %1 處異文</translation>
    </message>
    <message>
        <source>Difference %1, lines %2 / %3</source>
        <translation>第 %1 處差異，第 %2 / %3 行</translation>
    </message>
    <message>
        <source>Not shown: collate the story on %1</source>
        <translation>未顯示：請彙校 %1 上的這篇稿件</translation>
    </message>
    <message>
        <source>Not shown: the options hide it</source>
        <translation>未顯示：目前選項將其隱去</translation>
    </message>
    <message>
        <source>Orphaned: its text is gone from the page</source>
        <translation>失去依附：所批文字已不在版面上</translation>
    </message>
    <message>
        <source>Orphaned: %1 not open</source>
        <translation>失去依附：%1 未開啟</translation>
    </message>
    <message>
        <source>&amp;Annotations (%1, %2 orphaned)</source>
        <translation>批註(&amp;A)（%1，%2 條失去依附）</translation>
    </message>
    <message>
        <source>&amp;Annotations (%1)</source>
        <translation>批註(&amp;A)（%1）</translation>
    </message>
    <message>
        <source>This annotation&apos;s difference is not shown with the current options or pages.</source>
        <translation>在目前選項或版面下，這條批註所批的差異未顯示。</translation>
    </message>
    <message>
        <source>This annotation is orphaned: what it was made on is gone.</source>
        <translation>這條批註已失去依附：所批的內容已不在。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原「%1」(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做「%1」(&amp;R)</translation>
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
        <translation>未審</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>無誤</translation>
    </message>
    <message>
        <source>Error in A</source>
        <translation>A 本有誤</translation>
    </message>
    <message>
        <source>Error in B</source>
        <translation>B 本有誤</translation>
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
        <translation>各版面共有的稿件，及每兩個刊本的對照</translation>
    </message>
    <message>
        <source>Shared story / pair of pages</source>
        <translation>共有稿件 / 版面對照</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（無標題）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n printing(s): %2</source>
        <translation>
            <numerusform>%1 — 刊於 %n 個版面：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
appears in %2
(continuation: printed from （上接…） on, its start elsewhere)</source>
        <translation>%1
見於 %2
（續：從「（上接…）」起刊出，開頭在別處）</translation>
    </message>
    <message>
        <source>%1, lines %2–%3
%4, lines %5–%6</source>
        <translation>%1，第 %2–%3 行
%4，第 %5–%6 行</translation>
    </message>
    <message>
        <source>Compared by your choice</source>
        <translation>自選對照</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of printings: open the story to list them</source>
        <translation>
            <numerusform>共 %n 組版面對照：展開本稿件即可列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::SpreadView</name>
    <message>
        <source>(omitted)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Collate a story to see where each reading is printed.</source>
        <translation>校勘一篇稿件，即可看到每種異文印在哪些報紙上。</translation>
    </message>
    <message>
        <source>The versions agree: no variant location.</source>
        <translation>各版本一致：沒有異文。</translation>
    </message>
    <message>
        <source>Location %1:</source>
        <translation>第 %1 處：</translation>
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
點擊即與底本對照。</translation>
    </message>
    <message numerus="yes">
        <source>+%n more reading(s)</source>
        <translation>
            <numerusform>另有 %n 種異文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::TextTools</name>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>尋找下一處(&amp;X)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>尋找上一處(&amp;V)</translation>
    </message>
    <message>
        <source>Larger te&amp;xt</source>
        <translation>放大文字(&amp;X)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>縮小文字(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Show page &amp;furniture</source>
        <translation>顯示版面雜項(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;original lines</source>
        <translation>顯示原始分行(&amp;O)</translation>
    </message>
    <message>
        <source>Show li&amp;brary</source>
        <translation>顯示版面清單(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>前往版面清單(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;shared stories</source>
        <translation>前往共有稿件(&amp;S)</translation>
    </message>
    <message>
        <source>Go to the &amp;text</source>
        <translation>前往正文(&amp;T)</translation>
    </message>
    <message>
        <source>Go to the &amp;differences table</source>
        <translation>前往差異表(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reader or comparison</source>
        <translation>閱讀 / 對照切換(&amp;R)</translation>
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
            <numerusform>%n 個檔案未讀：檔名不像版面（版面以 .txt、.pdf、.html 或 .md 結尾）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>沒有可開啟的版面</translation>
    </message>
    <message>
        <source>No page in %1.</source>
        <translation>%1 中沒有版面。</translation>
    </message>
    <message>
        <source>Some files could not be opened</source>
        <translation>部分檔案無法開啟</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>已取消開啟。</translation>
    </message>
    <message>
        <source>Comparing cancelled: the list shows the last complete comparison.</source>
        <translation>已取消比對：清單顯示的是上一次完整比對的結果。</translation>
    </message>
</context>
<context>
    <name>Jiaokan::Core</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 處差異</numerusform>
        </translation>
    </message>
    <message>
        <source>only in %1: lines %2</source>
        <translation>僅見於 %1：第 %2 行</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（無標題）</translation>
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
            <numerusform>%1：%n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot ignore &apos;%1&apos;: choose from width, punctuation, script, space</source>
        <translation>無法忽略「%1」：可選 width（全半形）、punctuation（標點）、script（簡繁）、space（空白）</translation>
    </message>
    <message>
        <source>the translations (jiaokan_%1.qm) were not found beside the program</source>
        <translation>程式旁找不到翻譯檔案（jiaokan_%1.qm）</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 缺少「%2」</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not %3</source>
        <translation>%1 的「%2」不是%3</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is %3, not a whole number from %4 to %5</source>
        <translation>%1 的「%2」為 %3，不是 %4 到 %5 之間的整數</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是物件</translation>
    </message>
    <message>
        <source>%1 names a page that is not in the project</source>
        <translation>%1 指向的版面不在專案中</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布林值</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>有效值</translation>
    </message>
    <message>
        <source>the file is damaged: %1 at byte %2 of %3</source>
        <translation>檔案已損壞：第 %2 位元組（共 %3 位元組）處%1</translation>
    </message>
    <message>
        <source>this is not a Jiaokan project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>這不是校勘專案檔案（沒有 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>the file is damaged: its schema version is missing or not a whole number</source>
        <translation>檔案已損壞：缺少格式版本號，或版本號不是整數</translation>
    </message>
    <message>
        <source>the project was saved by a newer version of Jiaokan (schema version %1; this version reads up to %2)</source>
        <translation>此專案由較新版本的校勘儲存（格式版本 %1；本版本最高只能讀取 %2）</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 個版面</translation>
    </message>
    <message>
        <source>%1 has an empty path</source>
        <translation>%1 的路徑為空</translation>
    </message>
    <message>
        <source>the options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>the options are damaged: %1</source>
        <translation>選項已損壞：%1</translation>
    </message>
    <message>
        <source>the options are damaged: no granularity &quot;%1&quot;</source>
        <translation>選項已損壞：沒有「%1」這種標示粒度</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>對照</translation>
    </message>
    <message>
        <source>%1 does not name two pages</source>
        <translation>%1 沒有指定兩個版面</translation>
    </message>
    <message>
        <source>the collation</source>
        <translation>彙校</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>第 %1 條批註</translation>
    </message>
    <message>
        <source>%1 has an unknown target &quot;%2&quot;</source>
        <translation>%1 的物件「%2」無法識別</translation>
    </message>
    <message>
        <source>%1 has an unknown status &quot;%2&quot;</source>
        <translation>%1 的狀態「%2」無法識別</translation>
    </message>
    <message>
        <source>an anchor of %1</source>
        <translation>%1 的一個錨點</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>檔案已損壞：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (the file on disk is unchanged)</source>
        <translation>無法寫入 %1：%2（磁碟上的檔案未改動）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a project (%2 MB; the limit is %3 MB)</source>
        <translation>%1 太大，不像專案檔案（%2 MB；上限為 %3 MB）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not opened, because it lies outside the project&apos;s folder</source>
        <translation>%1：位於專案資料夾以外，未開啟</translation>
    </message>
    <message>
        <source>%1: the file is missing (moved or deleted since the project was saved)</source>
        <translation>%1：檔案不見了（儲存專案後被移動或刪除）</translation>
    </message>
    <message>
        <source>%1: is a folder, not a page</source>
        <translation>%1：這是資料夾，不是版面</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket), so it is not read</source>
        <translation>%1：不是一般檔案（而是裝置、管道或socket），不予讀取</translation>
    </message>
    <message>
        <source>%1: the file has changed since the project was saved; annotations are placed by their text</source>
        <translation>%1：儲存專案後檔案已改動；批註按文字重新定位</translation>
    </message>
    <message>
        <source>Collation</source>
        <translation>彙校</translation>
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
        <translation>校勘記</translation>
    </message>
    <message>
        <source>None to show.</source>
        <translation>無可顯示的內容。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>異文</translation>
    </message>
    <message>
        <source>Lacking</source>
        <translation>缺文版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
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
        <translation>僅見於 %1（未對照）：第 %2 行</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>對照</translation>
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
        <translation>標點全半形</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>標點</translation>
    </message>
    <message>
        <source>white space</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>simplified/traditional</source>
        <translation>簡繁</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>ignoring %1; marking %2</source>
        <translation>忽略：%1；標示單位：%2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>whole words</source>
        <translation>整詞</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>單字</translation>
    </message>
    <message>
        <source>all differences</source>
        <translation>全部差異</translation>
    </message>
    <message>
        <source>annotated differences only</source>
        <translation>僅已批註的差異</translation>
    </message>
    <message>
        <source>differences marked “%1” only</source>
        <translation>僅標為「%1」的差異</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>列印時間</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>圖例</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>未審</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>無誤</translation>
    </message>
    <message>
        <source>error in A</source>
        <translation>A 本有誤</translation>
    </message>
    <message>
        <source>error in B</source>
        <translation>B 本有誤</translation>
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
        <translation>全半形</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>電頭</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>line %1, byte %2 of the line (file offset %3)</source>
        <translation>第 %1 行，行內第 %2 位元組（檔案偏移 %3）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：檔案不存在</translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a page (the limit is %3 MB)</source>
        <translation>%1：%2 MB，作為版面太大（上限為 %3 MB）</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：無法讀取（%2）</translation>
    </message>
    <message>
        <source>%1: read error (%2)</source>
        <translation>%1：讀取錯誤（%2）</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：檔案是空的</translation>
    </message>
    <message>
        <source>%1: too large for a page (the limit is %2 MB)</source>
        <translation>%1：作為版面太大（上限為 %2 MB）</translation>
    </message>
    <message>
        <source>%1: invalid %2 at byte offset %3 (bytes %4)</source>
        <translation>%1：位元組偏移 %3 處不是有效的 %2（位元組 %4）</translation>
    </message>
    <message>
        <source>%1: this is binary data, not page text (control byte 0x%2 at offset %3)</source>
        <translation>%1：這是二進位資料，不是版面文字（偏移 %3 處有控制位元組 0x%2）</translation>
    </message>
    <message>
        <source>%1: invalid UTF-8 at %2 (bytes %3); the file may mix encodings</source>
        <translation>%1：%2 處不是有效的 UTF-8（位元組 %3）；檔案可能混用了多種編碼</translation>
    </message>
    <message>
        <source>%1: not valid text in UTF-8, GB18030 or Big5; as UTF-8 the first invalid bytes are %2 at %3</source>
        <translation>%1：不是有效的 UTF-8、GB18030 或 Big5 文字；按 UTF-8 解讀，第一處無效位元組是 %3 處的 %2</translation>
    </message>
    <message>
        <source>%1: not valid text in UTF-8, GB18030 or Big5; as %2 the first invalid bytes are %3 at %4</source>
        <translation>%1：不是有效的 UTF-8、GB18030 或 Big5 文字；按 %2 解讀，第一處無效位元組是 %4 處的 %3</translation>
    </message>
    <message>
        <source>%1: this is binary data, not page text (NUL character at offset %2)</source>
        <translation>%1：這是二進位資料，不是版面文字（偏移 %2 處有 NUL 字元）</translation>
    </message>
    <message>
        <source>%1: the file has no text, only white space</source>
        <translation>%1：檔案只有空白，沒有文字</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n anchor(s), not %2</source>
        <translation>
            <numerusform>%1 有 %n 個錨點，應為 %2 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a PDF (the limit is %3 MB)</source>
        <translation>%1：%2 MB，PDF 檔案過大（上限為 %3 MB）</translation>
    </message>
    <message>
        <source>%1: is a damaged PDF (Poppler cannot open it)</source>
        <translation>%1：PDF 檔案已損壞（Poppler 無法開啟）</translation>
    </message>
    <message>
        <source>%1: is an encrypted PDF; remove its password in a PDF reader first</source>
        <translation>%1：PDF 已加密，請先在 PDF 閱讀器中移除密碼</translation>
    </message>
    <message>
        <source>%1: is a PDF with no pages</source>
        <translation>%1：PDF 中沒有頁面</translation>
    </message>
    <message>
        <source>%1: page %2 is set in a font with no usable Unicode map, so its text cannot be read</source>
        <translation>%1：第 %2 頁所用字型沒有可用的 Unicode 對應，無法讀取文字</translation>
    </message>
    <message numerus="yes">
        <source>%1: is a scan: its %n page(s) hold images with no text layer, so there is nothing to read</source>
        <translation>
            <numerusform>%1：這是掃描檔，%n 頁都只有影像、沒有文字層，無可讀取</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: is a PDF, and Jiaokan&apos;s PDF reader is not installed (looked in %2)</source>
        <translation>%1：這是 PDF 檔案，但未安裝校勘的 PDF 讀取模組（尋找位置：%2）</translation>
    </message>
    <message>
        <source>%1: has no page %2</source>
        <translation>%1：沒有第 %2 頁</translation>
    </message>
    <message>
        <source>%1, printed page %2</source>
        <translation>%1，印刷版面第 %2 頁</translation>
    </message>
    <message>
        <source>the matcher pairs no passage of them</source>
        <translation>比對未找到兩者共有的段落</translation>
    </message>
    <message>
        <source>the matcher pairs only part of two texts of one story each</source>
        <translation>兩者各為一篇稿件，比對只配上了其中一部分</translation>
    </message>
    <message>
        <source>the matcher pairs only a little of two versions of one text</source>
        <translation>兩者是同一文本的兩個版本，比對只配上了一小部分</translation>
    </message>
    <message>
        <source>%1: is an HTML page with no article text in it</source>
        <translation>%1：該 HTML 頁面中沒有正文</translation>
    </message>
    <message>
        <source>%1: is a Markdown file with no text in it</source>
        <translation>%1：該 Markdown 檔案中沒有文字</translation>
    </message>
    <message numerus="yes">
        <source>%n printing(s)</source>
        <translation>
            <numerusform>%n 家刊載</numerusform>
        </translation>
    </message>
    <message>
        <source>differs</source>
        <translation>有差異</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>僅見於 A 本</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>僅見於 B 本</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The index %1 is damaged: %2</source>
        <translation>索引 %1 已損壞：%2</translation>
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
        <translation>%1；%2；%3；%4；%5 另一本此處有文字；上橫線：已批註（✓ 無誤，✗A/✗B A 本/B 本有誤，? 存疑）</translation>
    </message>
    <message>
        <source>%1, moved (see %2)</source>
        <translation>%1，移位（見 %2）</translation>
    </message>
    <message>
        <source>%1 moved, see %2</source>
        <translation>%1 移位，見 %2</translation>
    </message>
    <message>
        <source>chosen comparison %1</source>
        <translation>自選對照 %1</translation>
    </message>
    <message>
        <source>%1 does not name two sides</source>
        <translation>%1 未指明兩方</translation>
    </message>
</context>
</TS>
