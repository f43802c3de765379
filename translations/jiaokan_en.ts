<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Jiaokan::App::AnnotationListView</name>
    <message numerus="yes">
        <source>%n annotation(s), %1 orphaned (what they were made on is no longer there; they are kept).</source>
        <translation>
            <numerusform>%n annotation, %1 orphaned (what they were made on is no longer there; they are kept).</numerusform>
            <numerusform>%n annotations, %1 orphaned (what they were made on is no longer there; they are kept).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CollationController</name>
    <message numerus="yes">
        <source>Collating %n version(s)…</source>
        <translation>
            <numerusform>Collating %n version…</numerusform>
            <numerusform>Collating %n versions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant locations: %1, among %n version(s)</source>
        <translation>
            <numerusform>Variant locations: %1, among %n version</numerusform>
            <numerusform>Variant locations: %1, among %n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::CollationView</name>
    <message numerus="yes">
        <source>Readings (of %n version(s))</source>
        <translation>
            <numerusform>Readings (of %n version)</numerusform>
            <numerusform>Readings (of %n versions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n other(s)</source>
        <translation>
            <numerusform>and %n other</numerusform>
            <numerusform>and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::LibraryPane</name>
    <message numerus="yes">
        <source>%1 of %n page(s)</source>
        <translation>
            <numerusform>%1 of %n page</numerusform>
            <numerusform>%1 of %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::MainWindow</name>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::PageLibraryModel</name>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ProjectController</name>
    <message numerus="yes">
        <source>The project %1 opens %n file(s) outside its folder. A project from someone else could name any file on this computer. Open them?</source>
        <translation>
            <numerusform>The project %1 opens %n file outside its folder. A project from someone else could name any file on this computer. Open it?</numerusform>
            <numerusform>The project %1 opens %n files outside its folder. A project from someone else could name any file on this computer. Open them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted page(s), whose text is kept nowhere else</source>
        <translation>
            <numerusform>%n pasted page, whose text is kept nowhere else</numerusform>
            <numerusform>%n pasted pages, whose text is kept nowhere else</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n annotation(s)</source>
        <translation>
            <numerusform>Opened %1: %n annotation</numerusform>
            <numerusform>Opened %1: %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReportActions</name>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exported %1 (%n page)</numerusform>
            <numerusform>Exported %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::ReviewController</name>
    <message numerus="yes">
        <source>Mark %n difference(s) as %1</source>
        <translation>
            <numerusform>Mark %n difference as %1</numerusform>
            <numerusform>Mark %n differences as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comment on %n difference(s)</source>
        <translation>
            <numerusform>Comment on %n difference</numerusform>
            <numerusform>Comment on %n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::SharedStoriesList</name>
    <message numerus="yes">
        <source>%1 — %n printing(s): %2</source>
        <translation>
            <numerusform>%1 — %n printing: %2</numerusform>
            <numerusform>%1 — %n printings: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of printings: open the story to list them</source>
        <translation>
            <numerusform>%n pair of printings: open the story to list them</numerusform>
            <numerusform>%n pairs of printings: open the story to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::SpreadView</name>
    <message numerus="yes">
        <source>+%n more reading(s)</source>
        <translation>
            <numerusform>+%n more reading</numerusform>
            <numerusform>+%n more readings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::App::Workspace</name>
    <message numerus="yes">
        <source>%n file(s) not read, named as no page (pages end in .txt, .pdf, .html or .md): %1</source>
        <translation>
            <numerusform>%n file not read, named as no page (pages end in .txt, .pdf, .html or .md): %1</numerusform>
            <numerusform>%n files not read, named as no page (pages end in .txt, .pdf, .html or .md): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jiaokan::Core</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n anchor(s), not %2</source>
        <translation>
            <numerusform>%1 has %n anchor, not %2</numerusform>
            <numerusform>%1 has %n anchors, not %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: is a scan: its %n page(s) hold images with no text layer, so there is nothing to read</source>
        <translation>
            <numerusform>%1: is a scan: its %n page holds an image with no text layer, so there is nothing to read</numerusform>
            <numerusform>%1: is a scan: its %n pages hold images with no text layer, so there is nothing to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printing(s)</source>
        <translation>
            <numerusform>%n printing</numerusform>
            <numerusform>%n printings</numerusform>
        </translation>
    </message>
</context>
</TS>
