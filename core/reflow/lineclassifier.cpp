#include "reflow/lineclassifier.h"

#include "text/scriptfolder.h"

#include "text/charclass.h"
#include "text/codeunitset.h"

#include <QRegularExpression>

#include <algorithm>
#include <string_view>

namespace Jiaokan::Core {

namespace {

// Digits and brackets come full- or half-width.
constexpr auto D = u"[0-9０-９]";
constexpr auto N = u"[0-9０-９一二三四五六七八九十〇零]";

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// Every rule below needs one of a few characters. Most lines of a page have none of
// them, and this test is far cheaper than a regular expression match; it is made for
// every line of every page, so it looks each character up in a table.
bool containsAny(QStringView text, const CodeUnitSet &chars)
{
    return std::any_of(text.begin(), text.end(), [&](QChar c) { return chars.contains(c.unicode()); });
}

} // namespace

bool LineClassifier::isFurnitureLine(QStringView line)
{
    static const QRegularExpression furniture = re(QStringLiteral(
        "^(?:"
        "[·•・\\-—\\s]*[广廣]\\s*告[·•・\\-—\\s]*"                                   // ·广告·
        "|第\\s*%1+\\s*版"                                                       // 第3版
        "|%2{4}\\s*年\\s*%2{1,2}\\s*月\\s*%2{1,2}\\s*日\\s*[，,]?\\s*(?:星期|周|礼拜)[一二三四五六日天].*"   // date line
        "|(?:(?:本版)?(?:责任编辑|責任編輯)|版式(?:设计|設計)|美(?:术编辑|術編輯|编|編)|校(?:对|對)|(?:组|組)版"
        "|(?:审读|審讀)|(?:图片编辑|圖片編輯)|版面(?:设计|設計)|本版(?:编辑|編輯)|(?:编辑|編輯))\\s*[：:].*"
        "|(?:https?://|www\\.)\\S+"
        "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
        "|[（(]\\s*[上下]?\\s*(?:接|转|轉|续|續)\\s*第?\\s*%1+\\s*版\\s*[）)]"
        ")$").arg(QString::fromUtf16(N), QString::fromUtf16(D)));
    const QStringView t = line.trimmed();
    if (t.isEmpty())
        return false;
    // 广告, 第…版 and markers, 年 of the date line, ： of the credits, @ of an address;
    // and every kind but the address opens with one of a few characters (the address
    // has its @).
    static constexpr CodeUnitSet cues(u"广廣版年：:@");
    static constexpr CodeUnitSet openings(u"·•・-—广廣第0123456789０１２３４５６７８９责責版美校组組审審图圖本编編（(");
    const bool mayMatch = (containsAny(t, cues) && (openings.contains(t.front().unicode()) || t.contains(u'@')))
        || t.startsWith(u"http") || t.startsWith(u"www.");
    return mayMatch && furniture.match(t).hasMatch();
}

bool LineClassifier::isSloganRow(QStringView line)
{
    static const QRegularExpression hanRow = re(QStringLiteral("^\\p{Han}{1,4}(?:[\\s　]+\\p{Han}{1,4}){2,}$"));
    static const QRegularExpression romanised = re(QStringLiteral("^[A-Z]{1,8}(?:\\s+[A-Z]{1,8}){1,}$"));
    const QStringView t = line.trimmed();
    // Both kinds are words set apart by white space.
    if (std::none_of(t.begin(), t.end(), [](QChar c) { return !CharClass::isCommonHan(c.unicode()) && c.isSpace(); }))
        return false;
    return hanRow.match(t).hasMatch() || romanised.match(t).hasMatch();
}

bool LineClassifier::isSpeakerTag(QStringView line)
{
    // A name or pronoun (no mark inside), a verb of saying, the full stop; in either script.
    static const QRegularExpression tag = re(QStringLiteral(
        "^[^\\s，。、；：“”‘’,.;:!?！？]{1,10}(?:说|說|表示|指出|强调|強調|介绍|介紹|称|稱|回答|答道)[。.]$"));
    return tag.match(line.trimmed()).hasMatch();
}

bool LineClassifier::isSectionName(QStringView line)
{
    static const QRegularExpression name = re(QStringLiteral("^\\p{Han}{2,4}$"));
    return name.match(line.trimmed()).hasMatch();
}

bool LineClassifier::isCreditLine(QStringView line)
{
    static const QRegularExpression credit = re(QStringLiteral(
        "^[（(]?(?:"
        "据[^\\s，。、；,;]{2,20}"                                              // 据新华社, 据《人民日报》
        "|[^，。；,;]{0,20}(?:记者|通讯员|特约撰稿人)[\\s　]+[^\\s，。、;；]{1,4}(?:[\\s　、]+[^\\s，。、;；]{1,4})*"  // bylines
        "|(?:来源|稿件来源|文|图)[：:]\\s*[^，。；]{2,30}"
        ")[）)]?$"));
    static const QRegularExpression newsAgencyWire = re(QStringLiteral("电\\s"));
    const QStringView t = line.trimmed();
    // 据…, 记者/通讯员/特约撰稿人, or a label with a colon.
    static constexpr CodeUnitSet cues(u"据记通特：:");
    if (t.size() > 40 || !containsAny(t, cues) || newsAgencyWire.match(t).hasMatch())
        return false;
    return credit.match(t).hasMatch() && !startsWithDateline(t);
}

namespace {

const QRegularExpression &datelinePattern()
{
    static const QRegularExpression dateline = re(QStringLiteral(
        "^\\s*[（(]?(?:"
        // Any agency or site (新华社, 中新社, 路透社, 人民网…): its name is not the mark of a
        // dateline, the …社/网 place date 电 that follows the name is.
        "(?:\\p{Han}{1,3}[社网]|央视)[^，。]{0,16}?%1{1,2}\\s*月\\s*%1{1,2}\\s*日\\s*(?:专|综合|急)?电"
        "|据\\p{Han}{1,3}社[^，。]{0,12}电"
        "|本报[^，。]{0,16}?(?:讯|电)"
        // 本报记者 as a byline: the reporters' names set apart after it (本报记者 张三
        // 李四 报道), not 本报记者从外交部获悉, which is a sentence of the story.
        "|本报记者[\\s\u3000]+\\p{Han}{2,4}(?:[\\s\u3000·]+\\p{Han}{2,4})*(?:[\\s\u3000]*报道)?(?=[\\s\u3000：:]|$)"
        "|央视网消息|新华网消息|新华社消息"
        ")"
        // The reporters' names in brackets belong to the dateline: 电（记者 郝薇薇 黄河）
        "(?:\\s*[（(](?:记者|通讯员|实习生)[^）)]{1,30}[）)])?").arg(QString::fromUtf16(D)));
    return dateline;
}

} // namespace

bool LineClassifier::startsWithDateline(QStringView line)
{
    return datelineSpan(line).isValid();
}

LineClassifier::Span LineClassifier::datelineSpan(QStringView text)
{
    // Every dateline opens with 央, 据 (據) or 本, or names an agency or site (…社, …网)
    // within its first few characters, after a bracket at most.
    QStringView s = text.trimmed();
    if (s.startsWith(u'（') || s.startsWith(u'('))
        s = s.sliced(1).trimmed();
    if (s.isEmpty())
        return {};
    const QStringView opening = s.first(std::min<qsizetype>(s.size(), 5));
    if (std::u16string_view(u"央据據本").find(s.front().unicode()) == std::u16string_view::npos
        && !opening.contains(u'社') && !opening.contains(u'网') && !opening.contains(u'網'))
        return {};
    // A paper in traditional script prints 新華社…電: read as simplified, character for
    // character, so that the span's offsets are the text's.
    // Only the opening can be a dateline: the longest is far shorter than this.
    constexpr qsizetype LongestDateline = 160;
    std::u32string codePoints = text.first(std::min(text.size(), LongestDateline)).toString().toStdU32String();
    ScriptFolder::foldInPlace(codePoints);
    const QString folded = QString::fromStdU32String(codePoints);
    s = folded;
    const auto m = datelinePattern().match(s);
    if (!m.hasMatch())
        return {};
    // Leading white space and bracket are not part of it.
    qsizetype start = 0;
    while (start < m.capturedEnd() && s.at(start).isSpace())
        ++start;
    return {start, m.capturedEnd() - start};
}

bool LineClassifier::startsCaption(QStringView line)
{
    static const QRegularExpression start = re(QStringLiteral("^(?:图为|上图|下图|左图|右图|图[：:]|图片[：:]|[①-⑳])"));
    return start.match(line.trimmed()).hasMatch();
}

bool LineClassifier::endsCaption(QStringView text)
{
    static const QRegularExpression end = re(QStringLiteral(
        "(?:[\\s　]摄|\\p{Han}{2,3}\\s*摄|供图|新华社发|资料图片|视觉中国|图片来源[^。]*|现场|一景|瞬间|掠影|剪影)[）)。]?$"));
    return end.match(text.trimmed()).hasMatch();
}

LineClassifier::Span LineClassifier::continuationMarker(QStringView line)
{
    static const QRegularExpression marker = re(QStringLiteral(
        "[（(]\\s*[上下]?\\s*(?:接|转|轉|续|續)\\s*第?\\s*%1+\\s*版\\s*[）)]").arg(QString::fromUtf16(N)));
    if (!line.contains(u'版'))
        return {};
    const QStringView s = line;
    const auto m = marker.match(s);
    if (!m.hasMatch())
        return {};
    // Only at the start or the end of a line: that is where papers set them.
    const QStringView before = QStringView(s).first(m.capturedStart()).trimmed();
    const QStringView after = QStringView(s).sliced(m.capturedEnd()).trimmed();
    if (!before.isEmpty() && !after.isEmpty())
        return {};
    return {m.capturedStart(), m.capturedLength()};
}

bool LineClassifier::hasSentenceMarks(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'。' || c == u'；' || c == u'！' || c == u'？' || c == u';' || c == u'!' || c == u'?')
            return true;
        // An ASCII full stop after Chinese text, not in 457.4.
        if (c == u'.' && i > 0 && CharClass::isHan(text.at(i - 1).unicode()))
            return true;
    }
    return false;
}

} // namespace Jiaokan::Core
