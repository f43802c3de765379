#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Jiaokan::Core {

struct PageGeometry;

// 1-based line of the loaded file; never mixed with character offsets.
struct SourceLine {
    int value = 0;
    friend bool operator==(SourceLine, SourceLine) = default;
    friend auto operator<=>(SourceLine, SourceLine) = default;
};

// Source lines first to last, both included.
struct LineRange {
    SourceLine first;
    SourceLine last;
    // "12" or "12–15" (the CLI's plain text uses '-').
    QString text(QChar dash = QChar(0x2013)) const;
    friend bool operator==(const LineRange &, const LineRange &) = default;
};

// A position in the source: 1-based line, 0-based UTF-16 column within that line.
struct SourcePos {
    SourceLine line;
    int column = 0;
    friend bool operator==(const SourcePos &, const SourcePos &) = default;
};

// What a page's source says of itself (HTML <meta>, Markdown front matter): only what it
// gives, the rest empty.
struct PageMetadata {
    QString paper;     // the paper or site: 人民日报
    QString date;      // as given: 2026-04-27
    QString section;   // 版次: 第01版
    QString sectionName;   // 版名: 要闻
    QString title;
    QString url;
    QString author;

    bool isEmpty() const
    {
        return paper.isEmpty() && date.isEmpty() && section.isEmpty() && sectionName.isEmpty() && title.isEmpty()
            && url.isEmpty() && author.isEmpty();
    }
    friend bool operator==(const PageMetadata &, const PageMetadata &) = default;
};

// A page as loaded: decoded text split into lines (line ends removed).
struct PageText {
    QString path;          // as given by the caller
    QString encoding;      // what was detected: UTF-8, UTF-16LE, GB18030, Big5…
    QStringList lines;     // lines[0] is source line 1
    QString digest;        // SHA-256 of the bytes read (of the text as UTF-8 when pasted), hex;
                           // empty when the loader was told to skip it
    // For a page read from a PDF: where each line was printed, and the blocks and
    // stories its layout gave (text/pagegeometry.h). Null for page text.
    std::shared_ptr<const PageGeometry> geometry;
    PageMetadata metadata;
    QString label;         // the name the user gave the page ("新华社通稿"), if any

    QString fileName() const;
    // How the page is named where versions are told apart (titles, sigla, reports): what
    // the user named it, or what its source says — paper, date, page (人民日报
    // 2026-04-27 第01版) — or, when it names no paper, its file's name.
    QString displayName() const;
    int lineCount() const { return int(lines.size()); }
    const QString &line(SourceLine l) const { return lines.at(l.value - 1); }

    // Splits on CRLF, CR and LF.
    static QStringList splitLines(QStringView text);
};

} // namespace Jiaokan::Core
