#pragma once

#include <QString>
#include <QStringView>

namespace Jiaokan::Core {

// What a single line of page text is, judged from its own words: the conventions of
// Chinese newspapers (see shared/spec/page-text.md). Layout evidence is the Reflower's.
class LineClassifier final
{
public:
    struct Span {
        qsizetype start = 0;
        qsizetype length = 0;
        bool isValid() const { return length > 0; }
    };

    // Page furniture that a line is by itself: 要闻 is not here (that needs its position),
    // but ·广告·, 第3版, 2025年5月9日 星期五, 责任编辑：, URLs and continuation markers are.
    static bool isFurnitureLine(QStringView line);
    // A row of a slogan block: 富强 民主 文明 和谐, or a romanised banner WEN MING GUI YANG.
    static bool isSloganRow(QStringView line);
    // A short section name, 要闻 or 国际, furniture when it heads or foots a page.
    static bool isSectionName(QStringView line);
    // A credit or byline standing alone: 据新华社, 据新重庆-重庆日报, 本报记者 张三.
    static bool isCreditLine(QStringView line);
    // The opening of a lead paragraph: 新华社莫斯科5月8日电, 本报讯, 据新华社电, 中新社…电.
    static bool startsWithDateline(QStringView line);
    // Where that opening is in text, with the reporters' names that follow it in brackets:
    // 新华社莫斯科5月8日电（记者 郝薇薇 黄河）. Invalid when text does not open with one.
    static Span datelineSpan(QStringView text);
    // A caption's typical opening (图为, ①) or close (记者 某某 摄, 新华社发, 资料图片, …现场).
    static bool startsCaption(QStringView line);
    static bool endsCaption(QStringView text);
    // （上接第1版）, （下转第2版）: furniture even where it shares a line with body text.
    static Span continuationMarker(QStringView line);
    // A speaker's tag alone: 郭嘉昆说。, 他表示。 — what follows a closing quote within its
    // paragraph, never a paragraph of its own.
    static bool isSpeakerTag(QStringView line);
    // True when the text has marks that headlines do not use (。；！？ and their ASCII forms).
    static bool hasSentenceMarks(QStringView text);
};

} // namespace Jiaokan::Core
