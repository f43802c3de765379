#pragma once

#include <QString>

#include <string>
#include <utility>

// Character classes that reading Chinese newspaper text depends on.
namespace Jiaokan::Core::CharClass {

bool isHan(char32_t c);
// The CJK Unified Ideographs block: most of any Chinese text, so worth a fast path.
// Such a character is not space or punctuation, and NFKC leaves it as it is.
inline bool isCommonHan(char32_t c)
{
    return c >= 0x4E00 && c <= 0x9FFF;
}
bool isLatinLetter(char32_t c);
bool isDigit(char32_t c);                // ASCII and full-width digits
bool isSpace(char32_t c);
bool isPunctuation(char32_t c);          // any Unicode punctuation or symbol mark

// Marks that may not start a line (clreq): a line that starts with one continues the line before.
bool mayNotStartLine(char32_t c);
// Marks that may not end a line: a line that ends with one continues on the next.
bool mayNotEndLine(char32_t c);
// 。！？… and their ASCII forms: a sentence ends here.
bool isSentenceFinal(char32_t c);
// Closing quotes and brackets, which may follow a sentence-final mark.
bool isClosingMark(char32_t c);
// Marks that occur inside running sentences but hardly ever in headlines.
bool isClauseMark(char32_t c);
// CJK punctuation that mainland papers often set at half an em.
bool isCompressibleCjkPunctuation(char32_t c);

// Width on the page in em: Han and full-width forms 1, ASCII 0.5; East Asian Width
// "ambiguous" counts as wide, as it does in Chinese text.
double emWidth(char32_t c, bool compressPunctuation);
// Both widths of the text, {full, compressed}, in one pass.
std::pair<double, double> emWidths(QStringView text);

// True when the text ends a sentence: a final mark, possibly followed by closing marks.
bool endsSentence(QStringView text);

// 。 as the ASCII full stop that papers with ASCII punctuation set for it: a width
// variant in practice, though NFKC keeps the two apart. Anything else is returned as is.
inline char32_t narrowStop(char32_t c)
{
    return c == U'。' || c == U'｡' ? U'.' : c;
}

// NFKC of one code point (ICU), appended to out: ，becomes , and ㈠ becomes (一).
void appendNfkc(char32_t c, std::u32string &out);
// The same where it gives one code point; otherwise c as it is.
char32_t foldWidth(char32_t c);

char32_t firstCodePoint(QStringView text);
char32_t lastCodePoint(QStringView text);

} // namespace Jiaokan::Core::CharClass
